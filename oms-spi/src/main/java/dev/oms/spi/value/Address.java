// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address: where an order ships to, or where a location is. Personal data: {@link #toString()}
 * redacts everything but the country, so an address never lands in a log by accident.
 */
@Value.Immutable
public abstract class Address {

    /** {@return the recipient's name} */
    @Value.Redacted
    public abstract String recipient();

    /** {@return the street lines, first line first; at least one} */
    @Value.Redacted
    public abstract List<String> lines();

    /** {@return the city} */
    @Value.Redacted
    public abstract String city();

    /** {@return the postal code, in the country's own format} */
    @Value.Redacted
    public abstract String postalCode();

    /** {@return the ISO 3166-1 alpha-2 country code, upper case} */
    public abstract String countryCode();

    /** {@return the latitude and longitude, when the host geocoded the address; routing by distance needs them} */
    @Value.Redacted
    public abstract Optional<Coordinates> coordinates();

    /**
     * Rejects an address without a recipient, a non-blank street line, a city, a postal code or a two-letter
     * upper-case country code; Immutables calls it on {@code build()}.
     */
    @Value.Check
    protected void check() {
        Require.nonBlank(recipient(), "recipient");
        if (lines().isEmpty() || lines().stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("address needs at least one non-blank street line");
        }
        Require.nonBlank(city(), "city");
        Require.nonBlank(postalCode(), "postalCode");
        if (!countryCode().matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be ISO 3166-1 alpha-2, was " + countryCode());
        }
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Address}; {@code build()} checks it. */
    public static final class Builder extends ImmutableAddress.Builder {}
}
