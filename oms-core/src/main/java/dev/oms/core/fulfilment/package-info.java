// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** Fulfilment: pick lists, packing with handling and gift-wrap instructions, labels, shipping and delivery. */
package dev.oms.core.fulfilment;
