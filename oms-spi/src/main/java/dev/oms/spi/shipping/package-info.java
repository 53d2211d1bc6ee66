// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The shipping port: carrier labels and tracking numbers. */
package dev.oms.spi.shipping;
