// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.List;
import java.util.Optional;

/**
 * Picked units packed into one package at one location, for {@link Warehouse#confirmPacked}.
 *
 * @param idempotencyKey the host's key for this packing: repeating it packs nothing twice; the key again
 *     with other contents is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param location where the units were picked and packed
 * @param contents how many units of which lines the package holds
 * @param specialHandling e.g. "fragile", carried through to the package
 * @param giftMessage gift-wrap instructions and message, carried through to the package
 */
public record PackRequest(String idempotencyKey, LocationId location, List<PackageItem> contents,
        Optional<String> specialHandling, Optional<String> giftMessage) {
    /**
     * Refuses a blank key and null components.
     *
     * @param idempotencyKey the host's key for this packing: repeating it packs nothing twice; the key again with
     *     other contents is refused ({@code IDEMPOTENCY_KEY_REUSED})
     * @param location where the units were picked and packed
     * @param contents how many units of which lines the package holds
     * @param specialHandling e.g. "fragile", carried through to the package
     * @param giftMessage gift-wrap instructions and message, carried through to the package
     */
    public PackRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(location, "location");
        contents = List.copyOf(Require.nonNull(contents, "contents"));
        Require.nonNull(specialHandling, "specialHandling");
        Require.nonNull(giftMessage, "giftMessage");
    }

    /**
     * {@return a plain package: no handling or gift instructions}
     *
     * @param idempotencyKey the host's key for this packing
     * @param location where the units were packed
     * @param contents how many units of which lines the package holds
     */
    public static PackRequest of(String idempotencyKey, LocationId location, List<PackageItem> contents) {
        return new PackRequest(idempotencyKey, location, contents, Optional.empty(), Optional.empty());
    }
}
