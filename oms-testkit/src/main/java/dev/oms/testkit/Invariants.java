// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.AuthorizationVoided;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.EditEvent;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.event.ShipmentVoidEvent;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.AllocationEvent.DropshipAllocated;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Checkers for the invariants of design.md §4 that a host can assert from its own properties: each
 * returns the list of violations it found, empty when the invariant holds, so a failing property says
 * what broke ({@code assertThat(Invariants.conservation(order)).isEmpty()}).
 *
 * <p>They read what storage holds (the order's events, stock levels), not the core's state, so they are
 * an independent check of the core's bookkeeping and of any adapter's stored data.
 */
public final class Invariants {
    private Invariants() {}

    /**
     * Conservation: replaying the stored events, every unit of every line is in exactly one bucket, the
     * buckets add up to the ordered quantity and no bucket ever goes negative.
     *
     * @param order the order as storage holds it
     * @return one line per violation, naming the line and the event; empty when the order conserves its units
     */
    public static List<String> conservation(StoredOrder order) {
        List<String> violations = new ArrayList<>();
        Map<LineId, EnumMap<Bucket, Long>> buckets = new LinkedHashMap<>();
        Map<LineId, Long> ordered = new HashMap<>();
        Map<PickListId, List<PickItem>> pickLists = new HashMap<>();
        Map<PackageId, List<PackageItem>> packages = new HashMap<>();
        for (OrderEvent event : events(order)) {
            if (event instanceof OrderPlaced e) {
                e.lines().forEach(line -> {
                    ordered.put(line.lineId(), line.quantity());
                    buckets.computeIfAbsent(line.lineId(), id -> new EnumMap<>(Bucket.class)).put(Bucket.PENDING, line.quantity());
                });
            } else if (event instanceof ClaimEvent.ReplacementAdded e) {
                linesAdded(e.lines(), ordered, buckets, violations, event);
            } else if (event instanceof EditEvent.OrderEdited e) {
                linesAdded(e.added(), ordered, buckets, violations, event);
            } else if (event instanceof dev.oms.spi.event.ExchangeEvent.ExchangeOpened e) {
                linesAdded(e.replacements(), ordered, buckets, violations, event);
            } else if (event instanceof ClaimEvent.ClaimSettled e) {
                e.items().forEach(item -> move(buckets, violations, item.lineId(), Bucket.DELIVERED, Bucket.CLAIMED, item.quantity(), event));
            } else if (event instanceof ReturnEvent.ReturnReceived e) {
                e.items().forEach(item -> move(buckets, violations, item.lineId(), Bucket.DELIVERED, Bucket.RETURNED, item.quantity(), event));
            } else if (event instanceof UnitsAllocated e) {
                move(buckets, violations, e.lineId(), Bucket.PENDING, Bucket.ALLOCATED, e.quantity(), event);
            } else if (event instanceof DropshipAllocated e) {
                move(buckets, violations, e.lineId(), Bucket.PENDING, Bucket.ALLOCATED, e.quantity(), event);
            } else if (event instanceof UnitsDeallocated e) {
                move(buckets, violations, e.lineId(), Bucket.ALLOCATED, Bucket.PENDING, e.quantity(), event);
            } else if (event instanceof PickListCreated e) {
                pickLists.put(e.pickListId(), e.items());
            } else if (event instanceof PickListPicked e) {
                pickLists.getOrDefault(e.pickListId(), List.of()).forEach(item ->
                        move(buckets, violations, item.lineId(), Bucket.ALLOCATED, Bucket.PICKED, item.quantity(), event));
            } else if (event instanceof PackagePacked e) {
                packages.put(e.packageId(), e.contents());
                e.contents().forEach(item ->
                        move(buckets, violations, item.lineId(), Bucket.PICKED, Bucket.PACKED, item.quantity(), event));
            } else if (event instanceof PackageOpened e) {
                packages.getOrDefault(e.packageId(), List.of()).forEach(item ->
                        move(buckets, violations, item.lineId(), Bucket.PACKED, Bucket.PICKED, item.quantity(), event));
            } else if (event instanceof PackageShipped e) {
                packages.getOrDefault(e.packageId(), List.of()).forEach(item ->
                        move(buckets, violations, item.lineId(), Bucket.PACKED, Bucket.SHIPPED, item.quantity(), event));
            } else if (event instanceof PackageDelivered e) {
                packages.getOrDefault(e.packageId(), List.of()).forEach(item ->
                        move(buckets, violations, item.lineId(), Bucket.SHIPPED, Bucket.DELIVERED, item.quantity(), event));
            } else if (event instanceof UnitsCancelled e) {
                move(buckets, violations, e.lineId(), e.from(), Bucket.CANCELLED, e.quantity(), event);
            } else if (event instanceof ShipmentVoidEvent.ShipmentVoided e) {
                // Back to the location: packed again in the new package, or onto the shelf.
                List<PackageItem> contents = packages.getOrDefault(e.packageId(), List.of());
                Bucket to = e.repackedAs().isPresent() ? Bucket.PACKED : Bucket.ALLOCATED;
                contents.forEach(item -> move(buckets, violations, item.lineId(), Bucket.SHIPPED, to, item.quantity(), event));
                e.repackedAs().ifPresent(repacked -> packages.put(repacked, contents));
            }
        }
        buckets.forEach((line, counts) -> {
            long sum = counts.values().stream().mapToLong(Long::longValue).sum();
            if (sum != ordered.get(line)) {
                violations.add("line " + line + ": buckets add up to " + sum + ", ordered " + ordered.get(line));
            }
        });
        return violations;
    }

    /** Lines joining an order after placement (a reship's, an edit's) start with every unit pending, under new ids. */
    private static void linesAdded(List<PlacedLine> lines, Map<LineId, Long> ordered, Map<LineId, EnumMap<Bucket, Long>> buckets,
            List<String> violations, OrderEvent event) {
        lines.forEach(line -> {
            if (ordered.putIfAbsent(line.lineId(), line.quantity()) != null) {
                violations.add(event.getClass().getSimpleName() + " adds line " + line.lineId() + ", which the order already has");
            }
            buckets.computeIfAbsent(line.lineId(), id -> new EnumMap<>(Bucket.class)).put(Bucket.PENDING, line.quantity());
        });
    }

    /**
     * No oversell: at every stock record, reserved plus ring-fenced units never exceed those on hand.
     *
     * @param stock the stock levels to check
     * @return one line per oversold stock level; empty when none is
     */
    public static List<String> noOversell(Collection<StockLevel> stock) {
        List<String> violations = new ArrayList<>();
        for (StockLevel level : stock) {
            if (level.reserved() + level.ringFenced() > level.onHand()) {
                violations.add(level.sku() + " at " + level.locationId() + ": " + level.reserved() + " reserved + "
                        + level.ringFenced() + " ring-fenced > " + level.onHand() + " on hand");
            }
        }
        return violations;
    }

    /**
     * Money: every amount is in the order's currency; per authorisation, captured (for packages or as a
     * prepayment) plus voided never exceeds what was authorised; nothing is captured from an authorisation
     * that was never granted; per capture, refunds never exceed what it took.
     *
     * @param order the order as storage holds it
     * @return one line per violation, or the one line that the order does not start with
     *     {@code OrderPlaced}; empty when its money adds up
     */
    public static List<String> money(StoredOrder order) {
        List<String> violations = new ArrayList<>();
        List<OrderEvent> events = events(order);
        if (events.isEmpty() || !(events.get(0) instanceof OrderPlaced placed)) {
            return List.of("order " + order.orderId() + " does not start with OrderPlaced");
        }
        CurrencyUnit currency = placed.currency();
        Map<AuthorizationId, Money> authorized = new HashMap<>();
        Map<AuthorizationId, Money> used = new HashMap<>();
        Map<CaptureId, Money> captured = new HashMap<>();
        Map<CaptureId, Money> refunded = new HashMap<>();
        for (OrderEvent event : events) {
            if (event instanceof PaymentAuthorized e) {
                sameCurrency(violations, currency, e.amount(), event);
                authorized.merge(e.authorizationId(), e.amount(), Money::plus);
            } else if (event instanceof PaymentCaptured e) {
                sameCurrency(violations, currency, e.amount(), event);
                draw(violations, authorized, used, e.authorizationId(), e.amount(), "captured");
                captured.merge(e.captureId(), e.amount(), Money::plus);
            } else if (event instanceof PreorderPrepaid e) {
                sameCurrency(violations, currency, e.amount(), event);
                draw(violations, authorized, used, e.authorizationId(), e.amount(), "prepaid");
                captured.merge(e.captureId(), e.amount(), Money::plus);
            } else if (event instanceof PaymentRefunded e) {
                sameCurrency(violations, currency, e.amount(), event);
                refund(violations, captured, refunded, e);
            } else if (event instanceof AuthorizationVoided e) {
                sameCurrency(violations, currency, e.amount(), event);
                draw(violations, authorized, used, e.authorizationId(), e.amount(), "voided");
            } else if (event instanceof CashCollected e) {
                sameCurrency(violations, currency, e.amount(), event);
            }
        }
        return violations;
    }

    private static List<OrderEvent> events(StoredOrder order) {
        return order.commits().stream().flatMap(commit -> commit.events().stream()).toList();
    }

    private static void move(Map<LineId, EnumMap<Bucket, Long>> buckets, List<String> violations, LineId line,
            Bucket from, Bucket to, long quantity, OrderEvent cause) {
        EnumMap<Bucket, Long> counts = buckets.get(line);
        if (counts == null) {
            violations.add(cause.getClass().getSimpleName() + " names unknown line " + line);
            return;
        }
        long left = counts.getOrDefault(from, 0L) - quantity;
        if (left < 0) {
            violations.add(cause.getClass().getSimpleName() + " takes " + quantity + " units of line " + line
                    + " from " + from + ", which holds " + counts.getOrDefault(from, 0L));
        }
        counts.put(from, left);
        counts.merge(to, quantity, Long::sum);
    }

    private static void sameCurrency(List<String> violations, CurrencyUnit currency, Money amount, OrderEvent cause) {
        if (!amount.getCurrencyUnit().equals(currency)) {
            violations.add(cause.getClass().getSimpleName() + " in " + amount.getCurrencyUnit() + ", order is in " + currency);
        }
    }

    private static void refund(List<String> violations, Map<CaptureId, Money> captured, Map<CaptureId, Money> refunded,
            PaymentRefunded e) {
        Money taken = captured.get(e.captureId());
        if (taken == null) {
            violations.add("refunded " + e.amount() + " of capture " + e.captureId() + ", which was never captured");
            return;
        }
        if (!taken.getCurrencyUnit().equals(e.amount().getCurrencyUnit())) {
            return; // reported by sameCurrency already
        }
        Money total = refunded.merge(e.captureId(), e.amount(), Money::plus);
        if (total.isGreaterThan(taken)) {
            violations.add("refunded " + total + " of capture " + e.captureId() + ", which took " + taken);
        }
    }

    private static void draw(List<String> violations, Map<AuthorizationId, Money> authorized, Map<AuthorizationId, Money> used,
            AuthorizationId authorizationId, Money amount, String how) {
        Money granted = authorized.get(authorizationId);
        if (granted == null) {
            violations.add(how + " " + amount + " from authorisation " + authorizationId + ", which was never granted");
            return;
        }
        if (!granted.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
            return; // reported by sameCurrency already
        }
        Money total = used.merge(authorizationId, amount, Money::plus);
        if (total.isGreaterThan(granted)) {
            violations.add("authorisation " + authorizationId + ": captured and voided " + total + " > authorised " + granted);
        }
    }
}
