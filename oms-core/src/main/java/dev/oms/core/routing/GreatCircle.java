// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.Coordinates;

/** Great-circle distance on a spherical earth (haversine): close enough to rank locations by distance. */
final class GreatCircle {
    private static final double EARTH_RADIUS_KM = 6371.0088; // mean radius (IUGG)

    private GreatCircle() {}

    static double kilometres(Coordinates from, Coordinates to) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
