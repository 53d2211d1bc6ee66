// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The external fulfilment port: requests to a 3PL or marketplace fulfilment service, and what it answers. */
package dev.oms.spi.fulfilment;
