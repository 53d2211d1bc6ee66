// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The invoice numbers port: gapless, sequential invoice numbers per series, as tax rules require, issued once per
 * idempotency key. {@link dev.oms.spi.invoice.InvoiceNumbers} is the port, {@link dev.oms.spi.invoice.InvoiceNumber}
 * the number it issues.
 */
package dev.oms.spi.invoice;
