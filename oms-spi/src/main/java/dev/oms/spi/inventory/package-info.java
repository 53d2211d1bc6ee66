// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The inventory port: locations, stock levels and atomic reservations. */
package dev.oms.spi.inventory;
