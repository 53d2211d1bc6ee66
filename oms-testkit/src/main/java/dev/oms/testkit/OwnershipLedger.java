// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one-owner-per-reserved-unit check of {@link Reconciliation}: a ledger per location of one SKU. */
final class OwnershipLedger {
    private OwnershipLedger() {}

    /**
     * The reserved and ring-fenced ledgers of one SKU: what the owners (orders and live holds) account for
     * against what the inventory says, one line per location where the two differ.
     */
    static List<String> violations(Sku sku, List<StockLevel> stock, List<Order> orders, List<Hold> live) {
        Map<LocationId, Ledger> ledgers = new TreeMap<>();
        for (StockLevel level : stock) {
            Ledger ledger = ledgers.computeIfAbsent(level.locationId(), l -> new Ledger());
            ledger.reserved += level.reserved();
            ledger.ringFenced += level.ringFenced();
        }
        for (Order order : orders) {
            // An untracked line owns no stock, nor a dropship line at its supplier: allocated without a reservation.
            for (Line line : order.lines().values().filter(l -> l.sku().equals(sku))) {
                for (Bucket bucket : List.of(Bucket.ALLOCATED, Bucket.PICKED, Bucket.PACKED)) {
                    line.slots(bucket).filter(slot -> line.holdsStockAt(slot.location().get())).forEach(slot -> ledger(ledgers, slot.location().get())
                            .owe(order.id() + " " + bucket.name().toLowerCase(), line.count(slot)));
                }
            }
            for (OrderPackage pkg : order.packages().values().filter(p -> p.isShipped() && !p.stockConsumed())) {
                for (PackageItem item : pkg.contents()) {
                    if (order.line(item.lineId()).exists(l -> l.sku().equals(sku) && l.holdsStockAt(pkg.location()))) {
                        ledger(ledgers, pkg.location()).owe(order.id() + " shipped unconsumed", item.quantity());
                    }
                }
            }
            // A voided shipment's units hold their slots again, but until the inventory takes them back it reserves none.
            for (OrderPackage pkg : order.packages().values().filter(OrderPackage::owesStockReturn)) {
                for (PackageItem item : pkg.contents()) {
                    if (order.line(item.lineId()).exists(l -> l.sku().equals(sku) && l.holdsStockAt(pkg.location()))) {
                        ledger(ledgers, pkg.location()).owe(order.id() + " voided, stock owed back", -item.quantity());
                    }
                }
            }
            order.releasesOwed().forEach((cancellation, movements) -> movements.filter(m -> m.sku().equals(sku))
                    .forEach(m -> ledger(ledgers, m.locationId()).owe(order.id() + " release owed", m.quantity())));
            for (Reservation r : order.reservationInFlight().getOrElse(io.vavr.collection.List.empty())) {
                if (r.sku().equals(sku)) {
                    ledger(ledgers, r.locationId()).owe(order.id() + " reservation in flight", r.quantity());
                }
            }
            // A move's target reservation, requested and not yet settled, is the move's until it lands on the lines.
            order.moveInFlight().forEach(move -> move.units().stream()
                    .filter(u -> u.sku().equals(sku) && order.line(u.lineId()).exists(Line::stockTracked))
                    .forEach(u -> ledger(ledgers, move.target()).owe(order.id() + " move in flight", u.quantity())));
            order.ringFencesOwed().values().filter(m -> m.sku().equals(sku)).forEach(m -> {
                Ledger ledger = ledger(ledgers, m.locationId());
                ledger.owe(order.id() + " ring-fence owed (still fenced, not reserved)", -m.quantity());
                ledger.fence(order.id() + " ring-fence owed", m.quantity());
            });
        }
        for (Hold hold : live) {
            for (StockMovement m : hold.movements()) {
                if (m.sku().equals(sku)) {
                    ledger(ledgers, m.locationId()).owe("hold " + hold.id(), m.quantity());
                }
            }
        }
        List<String> violations = new ArrayList<>();
        ledgers.forEach((location, ledger) -> {
            if (ledger.reserved != ledger.owned) {
                long gap = ledger.reserved - ledger.owned;
                violations.add(sku + " at " + location + ": inventory reserves " + ledger.reserved + ", owners account for "
                        + ledger.owned + " " + ledger.owners + " — " + (gap > 0
                        ? gap + " reserved units have no owner (leaked stock)"
                        : -gap + " owned units are not reserved (they may be sold twice)"));
            }
            if (ledger.ringFenced != ledger.fenced) {
                violations.add(sku + " at " + location + ": inventory ring-fences " + ledger.ringFenced
                        + ", orders are owed ring-fences of " + ledger.fenced + " " + ledger.fences);
            }
        });
        return violations;
    }

    private static Ledger ledger(Map<LocationId, Ledger> ledgers, LocationId location) {
        return ledgers.computeIfAbsent(location, l -> new Ledger());
    }

    /** One SKU at one location: the inventory's counts and the owners' claims on them. */
    private static final class Ledger {
        long reserved;
        long ringFenced;
        long owned;
        long fenced;
        final Map<String, Long> owners = new TreeMap<>();
        final Map<String, Long> fences = new TreeMap<>();

        void owe(String owner, long units) {
            owned += units;
            owners.merge(owner, units, Long::sum);
        }

        void fence(String owner, long units) {
            fenced += units;
            fences.merge(owner, units, Long::sum);
        }
    }
}
