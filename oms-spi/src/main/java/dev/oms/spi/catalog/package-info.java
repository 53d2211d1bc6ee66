// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The catalogue port: which SKUs exist and may be sold. */
package dev.oms.spi.catalog;
