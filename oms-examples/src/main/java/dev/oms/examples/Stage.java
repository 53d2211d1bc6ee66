// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

/** How far the warehouse takes an order before the simulated day ends, in fulfilment order. */
enum Stage {
    /** Reserved and paid for; no pick list yet. */
    ALLOCATED,
    /** A pick list is out on the floor. */
    PICK_LIST_OUT,
    PICKED,
    PACKED,
    SHIPPED,
    DELIVERED;

    boolean reaches(Stage stage) {
        return compareTo(stage) >= 0;
    }
}
