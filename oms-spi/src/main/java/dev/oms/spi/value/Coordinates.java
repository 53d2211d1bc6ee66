// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * A point on the earth in decimal degrees (WGS 84), for routing by distance.
 *
 * @param latitude degrees north of the equator, from -90 to 90
 * @param longitude degrees east of Greenwich, from -180 to 180
 */
public record Coordinates(double latitude, double longitude) {
    /**
     * Checks both degrees are in range.
     *
     * @param latitude degrees north of the equator, from -90 to 90
     * @param longitude degrees east of Greenwich, from -180 to 180
     * @throws IllegalArgumentException if either is out of range, or NaN
     */
    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }
}
