// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The payment port: authorise, capture, void and refund through the host's payment provider. */
package dev.oms.spi.payment;
