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

    /**
     * {@return the great-circle distance to {@code other} in kilometres}: haversine on a spherical earth of the mean
     *     radius (IUGG, 6,371.0088 km), close enough to rank locations by distance and to add distances up
     *
     * @param other the other point
     */
    public double kilometresTo(Coordinates other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(Require.nonNull(other, "other").latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
