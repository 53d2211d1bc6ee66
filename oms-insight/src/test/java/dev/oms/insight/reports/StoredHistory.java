// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.event.ReturnEvent.ReturnRejected;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.ReturnId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One order as its stored events tell it, tallied by hand from the event log and nothing of the order model: what the
 * reports' properties recompute each report from.
 */
final class StoredHistory {
    final OrderPlaced placed;
    final Map<LineId, Long> cancelled = new HashMap<>();
    final Map<String, Long> cancelledFor = new HashMap<>();
    final Map<LineId, Long> preordered = new HashMap<>();
    final Map<LineId, Long> backordered = new HashMap<>();
    final Map<PackageId, Long> packed = new HashMap<>();
    final Map<PackageId, Instant> shippedAt = new HashMap<>();
    final Set<PackageId> delivered = new HashSet<>();
    final Map<ReturnId, List<ReturnItem>> returnsAsked = new HashMap<>();
    final Set<ReturnId> returnsRejected = new HashSet<>();
    long receivedBack;

    private StoredHistory(List<OrderEvent> events) {
        placed = (OrderPlaced) events.get(0);
        for (OrderEvent event : events) {
            if (event instanceof UnitsCancelled e) {
                cancelled.merge(e.lineId(), e.quantity(), Long::sum);
                cancelledFor.merge(e.reason(), e.quantity(), Long::sum);
                waitingLeft(e.from(), e.lineId(), e.quantity());
            } else if (event instanceof UnitsPreordered e) {
                preordered.merge(e.lineId(), e.quantity(), Long::sum);
            } else if (event instanceof UnitsBackordered e) {
                backordered.merge(e.lineId(), e.quantity(), Long::sum);
            } else if (event instanceof WaitingUnitsFilled e) {
                waitingLeft(e.from(), e.lineId(), e.quantity());
            } else if (event instanceof PackagePacked e) {
                packed.put(e.packageId(), e.contents().stream().mapToLong(i -> i.quantity()).sum());
            } else if (event instanceof PackageShipped e) {
                shippedAt.put(e.packageId(), e.shippedAt());
            } else if (event instanceof PackageDelivered e) {
                delivered.add(e.packageId());
            } else if (event instanceof ReturnRequested e) {
                returnsAsked.put(e.returnId(), e.items());
            } else if (event instanceof ReturnRejected e) {
                returnsRejected.add(e.returnId());
            } else if (event instanceof ReturnReceived e) {
                receivedBack += e.items().stream().mapToLong(ReceivedItem::quantity).sum();
            }
        }
    }

    static List<StoredHistory> of(ReportShop shop) {
        List<StoredHistory> histories = new ArrayList<>();
        for (var order : shop.orders()) {
            histories.add(new StoredHistory(shop.storedEvents(order.id())));
        }
        return histories;
    }

    private void waitingLeft(Bucket from, LineId line, long units) {
        if (from == Bucket.PREORDERED) {
            preordered.merge(line, -units, Long::sum);
        } else if (from == Bucket.BACKORDERED) {
            backordered.merge(line, -units, Long::sum);
        }
    }

    OrderId orderId() {
        return placed.orderId();
    }

    Instant placedAt() {
        return placed.placedAt();
    }

    long ordered() {
        return placed.lines().stream().mapToLong(PlacedLine::quantity).sum();
    }

    long notCancelled(PlacedLine line) {
        return line.quantity() - cancelled.getOrDefault(line.lineId(), 0L);
    }

    long unitsShipped() {
        return shippedAt.keySet().stream().mapToLong(packed::get).sum();
    }

    long unitsDelivered() {
        return delivered.stream().mapToLong(packed::get).sum();
    }

    long waiting(Map<LineId, Long> bucket) {
        return bucket.values().stream().mapToLong(Long::longValue).sum();
    }
}
