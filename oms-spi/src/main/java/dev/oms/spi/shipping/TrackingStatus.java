// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.shipping;

/** Where a carrier says a parcel is, as one of its tracking events reports it. */
public enum TrackingStatus {
    /** On its way between the carrier's depots. */
    IN_TRANSIT,
    /** On the van for delivery today. */
    OUT_FOR_DELIVERY,
    /** Handed to the recipient. */
    DELIVERED,
    /** Held up: address not found, recipient absent, damaged in transit...; the carrier's detail says what. */
    EXCEPTION,
    /** On its way back to the sender, undelivered. */
    RETURNED_TO_SENDER
}
