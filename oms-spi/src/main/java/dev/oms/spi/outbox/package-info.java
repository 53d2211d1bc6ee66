// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The outbox port: how a host hears of every stored order event, at least once and in order per order. */
package dev.oms.spi.outbox;
