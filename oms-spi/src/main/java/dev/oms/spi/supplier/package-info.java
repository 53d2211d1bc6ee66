// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The supplier port: purchase requests for indent orders and the suppliers' confirmations. */
package dev.oms.spi.supplier;
