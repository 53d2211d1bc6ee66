// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** A point on the earth in decimal degrees (WGS 84), for routing by distance. */
public record Coordinates(double latitude, double longitude) {
    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }
}
