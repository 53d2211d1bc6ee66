// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.oms.spi.value.Coordinates;
import org.junit.jupiter.api.Test;

/** The distance routing ranks locations by (and the policy what-if adds up): haversine on the mean earth radius. */
class DistanceTest {
    private static final Coordinates LONDON = new Coordinates(51.5074, -0.1278);
    private static final Coordinates PARIS = new Coordinates(48.8566, 2.3522);
    private static final Coordinates SYDNEY = new Coordinates(-33.8688, 151.2093);

    @Test
    void londonToParisIsAbout344KilometresEitherWayAndAPlaceIsNoDistanceFromItself() {
        assertThat(LONDON.kilometresTo(PARIS)).isCloseTo(343.6, within(0.5));
        assertThat(PARIS.kilometresTo(LONDON)).isEqualTo(LONDON.kilometresTo(PARIS));
        assertThat(LONDON.kilometresTo(LONDON)).isZero();
    }

    @Test
    void antipodesAreHalfTheEarthsCircumferenceAway() {
        assertThat(new Coordinates(0, 0).kilometresTo(new Coordinates(0, 180))).isCloseTo(Math.PI * 6371.0088, within(1e-6));
        assertThat(LONDON.kilometresTo(SYDNEY)).isCloseTo(16_994, within(10.0));
    }
}
