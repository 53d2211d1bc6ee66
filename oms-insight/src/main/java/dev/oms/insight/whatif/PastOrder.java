// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.order.Order;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.LineId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stored order of the period, as the replay needs it: how it was placed, what the host cancelled and when, and how
 * it stood at the period's end.
 *
 * @param placed the order's first event, which gives the placement request back
 * @param cancellations the host's cancellations recorded in the period, in log order, one per line they touched
 * @param atPeriodEnd the order as it stood at the period's last instant
 */
public record PastOrder(OrderPlaced placed, List<Cancellation> cancellations, Order atPeriodEnd) {
    /**
     * The commit key of a host's cancellation: {@code host/cancel:} and the host's key. Stored with every commit and
     * pinned by oms-core's {@code IdempotencyKeyShapesTest}, so it is a stored format, not an accident.
     */
    static final String HOST_CANCEL_KEY = "host/cancel:";

    /**
     * Units of one line the host cancelled by one request.
     *
     * @param at when the cancellation was recorded
     * @param idempotencyKey the host's key, made unique per line
     * @param line the line
     * @param units how many of its units were cancelled
     * @param reason the host's reason
     */
    public record Cancellation(Instant at, String idempotencyKey, LineId line, long units, String reason) {}

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
     * Reads the placement and the host's cancellations from an order's log. A cancellation request is replayed line by
     * line with the units it cancelled then, never as "the whole order": units shipped in the stored history are
     * allocated in a replay (shipping is not replayed), and a whole-order cancellation would take those too.
     *
     * @param log the order's commits, in log order; the first holds {@code OrderPlaced}
     * @param atPeriodEnd the order as it stood at the period's last instant
     * @param periodEnd the first instant after the period: later cancellations are left out
     * @return the order
     */
    static PastOrder read(List<OrderCommit> log, Order atPeriodEnd, Instant periodEnd) {
        OrderPlaced placed = (OrderPlaced) log.get(0).events().get(0);
        List<Cancellation> cancellations = new ArrayList<>();
        for (OrderCommit commit : log) {
            if (!commit.idempotencyKey().startsWith(HOST_CANCEL_KEY) || !commit.recordedAt().isBefore(periodEnd)) {
                continue;
            }
            Map<LineId, Long> units = new LinkedHashMap<>();
            String reason = "";
            for (OrderEvent event : commit.events()) {
                if (event instanceof UnitsCancelled cancelled) {
                    units.merge(cancelled.lineId(), cancelled.quantity(), Long::sum);
                    reason = cancelled.reason();
                }
            }
            for (Map.Entry<LineId, Long> line : units.entrySet()) {
                cancellations.add(new Cancellation(commit.recordedAt(),
                        commit.idempotencyKey().substring(HOST_CANCEL_KEY.length()) + "#" + line.getKey().value(),
                        line.getKey(), line.getValue(), reason));
            }
        }
        return new PastOrder(placed, cancellations, atPeriodEnd);
    }
}
