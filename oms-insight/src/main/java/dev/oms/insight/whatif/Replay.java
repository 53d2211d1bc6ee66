// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays a period's history again on a fresh copy of the state: in-memory adapters holding the period's locations,
 * products and starting stock, a facade built with the candidate policies, and a clock set to each happening's instant.
 *
 * <p>Happenings are played in instant order; at one instant, stock arrivals first (in the order given), then
 * placements (in placement order), then the host's cancellations (in placement order of their orders, then log order).
 * Each order is placed under its stored id, so the replay's orders line up with the stored ones one to one.
 */
final class Replay {
    private static final int ARRIVAL = 0;
    private static final int PLACEMENT = 1;
    private static final int CANCELLATION = 2;

    private final WhatIfHistory history;
    private final SettableClock clock;
    private final StoredIds ids = new StoredIds();
    private final OrderManagement oms;
    private int cancellationsRefused;

    private Replay(WhatIfHistory history, PolicySet policies) {
        this.history = history;
        this.clock = new SettableClock(history.period().from());
        InMemoryAdapters adapters = InMemoryAdapters.create();
        history.locations().forEach(adapters.inventory()::addLocation);
        adapters.catalog().add(history.products().toArray(Product[]::new));
        for (StockLevel level : history.startingStock()) {
            adapters.inventory().setStock(level.sku(), level.locationId(), level.available(), level.bin());
        }
        oms = policies.applyTo(OrderManagement.builder().ports(adapters.ports(clock)).ids(ids)).build();
    }

    /** {@return the outcome of replaying the history under the policies} */
    static WhatIfOutcome run(WhatIfHistory history, PolicySet policies) {
        return new Replay(history, policies).play();
    }

    private record Happening(Instant at, int kind, Runnable play) {}

    private WhatIfOutcome play() {
        List<Happening> happenings = new ArrayList<>();
        int receipts = 0;
        for (StockArrival arrival : history.arrivals()) {
            if (history.period().contains(arrival.at())) {
                StockReceipt receipt = new StockReceipt("what-if-arrival-" + (++receipts), arrival.sku(), arrival.location(), arrival.units());
                happenings.add(new Happening(arrival.at(), ARRIVAL, () -> oms.inbound().receiveStock(receipt)));
            }
        }
        Map<OrderId, Boolean> placed = new LinkedHashMap<>();
        for (PastOrder order : history.orders()) {
            happenings.add(new Happening(order.placed().placedAt(), PLACEMENT, () -> placed.put(order.placed().orderId(), place(order.placed()))));
            for (PastOrder.Cancellation cancellation : order.cancellations()) {
                happenings.add(new Happening(cancellation.at(), CANCELLATION, () -> cancel(order.placed().orderId(), cancellation)));
            }
        }
        // A stable sort: equal instants and kinds keep the order they were listed in.
        happenings.sort(Comparator.comparing(Happening::at).thenComparingInt(Happening::kind));
        for (Happening happening : happenings) {
            clock.set(happening.at());
            happening.play().run();
        }
        Map<LocationId, Location> locations = WhatIf.locations(history);
        List<OrderOutcome> outcomes = new ArrayList<>();
        for (PastOrder order : history.orders()) {
            OrderId id = order.placed().orderId();
            outcomes.add(placed.get(id)
                    ? OrderOutcome.of(oms.queries().find(id).orElseThrow(), locations, history.period().to())
                    : OrderOutcome.refused(order.placed()));
        }
        return new WhatIfOutcome(outcomes, cancellationsRefused);
    }

    // The stored placement request, given back: shipping, later warehouse steps and payment outcomes are not replayed.
    private boolean place(OrderPlaced placed) {
        PlaceOrder.Builder request = PlaceOrder.builder().channel(placed.channel()).externalId(placed.externalId())
                .customer(placed.customer()).paymentMethod(placed.paymentMethod());
        if (placed.pickup().isPresent()) {
            request.pickup(placed.pickup().get());
        } else {
            request.shipTo(placed.shipTo());
        }
        placed.lines().forEach(line -> request.addLines(new LineRequest(line.sku(), line.quantity(), line.unitPrice())));
        ids.next = placed.orderId();
        return oms.orders().place(request.build()).isRight();
    }

    private void cancel(OrderId order, PastOrder.Cancellation cancellation) {
        if (cancellation.wholeOrder()) {
            refusedUnless(oms.orders().cancel(order, CancelRequest.wholeOrder(cancellation.idempotencyKey(), cancellation.reason())).isRight());
            return;
        }
        cancellation.units().forEach((line, units) -> {
            CancelRequest request = CancelRequest.units(cancellation.idempotencyKey() + "#" + line.value(), line, units, cancellation.reason());
            // The units the real run took, where it took them: what it could not take there (shipped, picked, on a
            // pick list) the replay, which does no warehouse work, would otherwise give up at the least preferred location.
            for (Map.Entry<LocationId, Long> at : cancellation.heldAt().getOrDefault(line, Map.of()).entrySet()) {
                request = request.firstAt(at.getKey(), at.getValue());
            }
            refusedUnless(oms.orders().cancel(order, request).isRight());
        });
    }

    private void refusedUnless(boolean done) {
        if (!done) {
            cancellationsRefused++;
        }
    }

    /** Hands the next placement the stored order's id, so a replayed order keeps its name. */
    private static final class StoredIds implements IdGenerator {
        private OrderId next;
        private long keys;

        @Override
        public OrderId newOrderId() {
            if (next == null) {
                throw new IllegalStateException("the replay asked for an order id no stored order gave it");
            }
            OrderId id = next;
            next = null;
            return id;
        }

        @Override
        public String newOperationKey() {
            return "what-if-K" + (++keys);
        }
    }
}
