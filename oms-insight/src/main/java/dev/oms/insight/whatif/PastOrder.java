// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.order.Order;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One stored order of the period, as the replay needs it: how it was placed, what the host cancelled and when, and how
 * it stood at the period's end.
 *
 * <p>A cancellation request that cancelled units of several lines was a whole-order cancellation (a units request
 * names one line): it is replayed as one, all its lines at once, as long as nothing of the order had shipped before
 * it; released line by line, waiting orders could take the stock of the first line before the second is freed. Once
 * something has shipped, the replay (which ships nothing) would cancel those units too, so the request is replayed
 * line by line with the units it cancelled then: close, but no longer exact. A request of one line is replayed as a
 * units request of that line, giving up first the units at the locations it took held units from: in the real run
 * units shipped, picked or on pick lists were not its to take, and the replay, which does none of that warehouse work,
 * would otherwise give up units at the least preferred location instead.
 *
 * @param placed the order's first event, which gives the placement request back
 * @param cancellations the host's cancellations recorded in the period, in log order
 * @param atPeriodEnd the order as it stood at the period's last instant
 */
public record PastOrder(OrderPlaced placed, List<Cancellation> cancellations, Order atPeriodEnd) {
    /**
     * The commit key of a host's cancellation: {@code host/cancel:} and the host's key. Stored with every commit and
     * pinned by oms-core's {@code IdempotencyKeyShapesTest}, so it is a stored format, not an accident.
     */
    static final String HOST_CANCEL_KEY = "host/cancel:";

    /**
     * One cancellation request of the host's, as it is replayed.
     *
     * @param at when it was recorded
     * @param idempotencyKey the host's key
     * @param units the units it cancelled, per line, in line order
     * @param wholeOrder true to replay it as one whole-order request (see {@link PastOrder})
     * @param reason the host's reason
     * @param heldAt of the units it cancelled, those it took from stock held for the order, per line and location
     */
    public record Cancellation(Instant at, String idempotencyKey, Map<LineId, Long> units, boolean wholeOrder, String reason,
            Map<LineId, Map<LocationId, Long>> heldAt) {

        /**
         * Copies the units, refusing nulls.
         *
         * @param at when it was recorded
         * @param idempotencyKey the host's key
         * @param units the units it cancelled, per line
         * @param wholeOrder true to replay it as one whole-order request
         * @param reason the host's reason
         * @param heldAt of the units it cancelled, those held for the order, per line and location
         */
        public Cancellation {
            Objects.requireNonNull(at, "at is null");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
            units = Collections.unmodifiableMap(new TreeMap<>(units));
            Objects.requireNonNull(reason, "reason is null");
            TreeMap<LineId, Map<LocationId, Long>> copied = new TreeMap<>();
            heldAt.forEach((line, perLocation) -> copied.put(line, Collections.unmodifiableMap(new TreeMap<>(perLocation))));
            heldAt = Collections.unmodifiableMap(copied);
        }

        /**
         * A cancellation whose units are replayed at the least preferred locations first.
         *
         * @param at when it was recorded
         * @param idempotencyKey the host's key
         * @param units the units it cancelled, per line
         * @param wholeOrder true to replay it as one whole-order request
         * @param reason the host's reason
         */
        public Cancellation(Instant at, String idempotencyKey, Map<LineId, Long> units, boolean wholeOrder, String reason) {
            this(at, idempotencyKey, units, wholeOrder, reason, Map.of());
        }
    }

    /**
     * Copies the cancellations, refusing nulls.
     *
     * @param placed the order's first event
     * @param cancellations the host's cancellations, in log order
     * @param atPeriodEnd the order as it stood at the period's last instant
     */
    public PastOrder {
        Objects.requireNonNull(placed, "placed is null");
        Objects.requireNonNull(atPeriodEnd, "atPeriodEnd is null");
        cancellations = List.copyOf(cancellations);
    }

    /**
     * Reads the placement and the host's cancellations from an order's log.
     *
     * @param log the order's commits, in log order; the first holds {@code OrderPlaced}
     * @param atPeriodEnd the order as it stood at the period's last instant
     * @param periodEnd the first instant after the period: later cancellations are left out
     * @return the order
     */
    static PastOrder read(List<OrderCommit> log, Order atPeriodEnd, Instant periodEnd) {
        OrderPlaced placed = (OrderPlaced) log.get(0).events().get(0);
        List<Cancellation> cancellations = new ArrayList<>();
        boolean shipped = false;
        for (OrderCommit commit : log) {
            shipped |= commit.events().stream().anyMatch(event -> event instanceof PackageShipped);
            if (!commit.idempotencyKey().startsWith(HOST_CANCEL_KEY) || !commit.recordedAt().isBefore(periodEnd)) {
                continue;
            }
            Map<LineId, Long> units = new TreeMap<>();
            Map<LineId, Map<LocationId, Long>> heldAt = new TreeMap<>();
            String reason = "";
            for (OrderEvent event : commit.events()) {
                if (event instanceof UnitsCancelled cancelled) {
                    units.merge(cancelled.lineId(), cancelled.quantity(), Long::sum);
                    cancelled.locationId().ifPresent(location -> heldAt.computeIfAbsent(cancelled.lineId(), line -> new TreeMap<>())
                            .merge(location, cancelled.quantity(), Long::sum));
                    reason = cancelled.reason();
                }
            }
            cancellations.add(new Cancellation(commit.recordedAt(), commit.idempotencyKey().substring(HOST_CANCEL_KEY.length()),
                    units, units.size() > 1 && !shipped, reason, heldAt));
        }
        return new PastOrder(placed, cancellations, atPeriodEnd);
    }
}
