// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Allocated units to move to a named location, for {@link Warehouse#moveAllocation}.
 *
 * @param idempotencyKey the host's key for this move: repeating it answers as the first call did; the key again
 *     with another target or other units is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param target the location the units move to, where they will be picked
 * @param units how many units of which lines move; empty for every unit of the order allocated elsewhere that no
 *     open pick list covers and the target's stock can take
 */
public record MoveRequest(String idempotencyKey, LocationId target, Map<LineId, Long> units) {
    /**
     * Refuses a blank key and null components; keeps the units in the order given.
     *
     * @param idempotencyKey the host's key for this move
     * @param target the location the units move to
     * @param units how many units of which lines move; empty for all the target can take
     */
    public MoveRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(target, "target");
        units = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Require.nonNull(units, "units")));
    }

    /**
     * {@return a move of every unit allocated elsewhere, free to move, that the target's stock can take}
     *
     * @param idempotencyKey the host's key for this move
     * @param target the location the units move to
     */
    public static MoveRequest everything(String idempotencyKey, LocationId target) {
        return new MoveRequest(idempotencyKey, target, Map.of());
    }

    /**
     * {@return a move of {@code quantity} units of one line}
     *
     * @param idempotencyKey the host's key for this move
     * @param target the location the units move to
     * @param lineId the line
     * @param quantity how many of its units
     */
    public static MoveRequest units(String idempotencyKey, LocationId target, LineId lineId, long quantity) {
        return new MoveRequest(idempotencyKey, target, Map.of(lineId, quantity));
    }
}
