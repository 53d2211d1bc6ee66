// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import static dev.oms.testkit.ConcurrentHistories.PREORDER;
import static dev.oms.testkit.ConcurrentHistories.RELEASE;

import dev.oms.core.application.ApprovalRequest;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.MoveRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.application.EditRequest;
import dev.oms.core.edit.ChangeSet;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.Destination;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.ConcurrentHistories.AdvanceClock;
import dev.oms.testkit.ConcurrentHistories.Call;
import dev.oms.testkit.ConcurrentHistories.Cancel;
import dev.oms.testkit.ConcurrentHistories.Move;
import dev.oms.testkit.ConcurrentHistories.Edit;
import dev.oms.testkit.ConcurrentHistories.Count;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.testkit.ConcurrentHistories.Place;
import dev.oms.testkit.ConcurrentHistories.PlaceHold;
import dev.oms.testkit.ConcurrentHistories.Receive;
import dev.oms.testkit.ConcurrentHistories.ReleaseHold;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.joda.money.Money;

/** One history's facades and what its calls did: runs each {@link Call} on a facade and describes its answer. */
final class HistoryCalls {
    private static final Money PRICE = Money.parse("EUR 10.00");
    private static final Address ADDRESS = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row")
            .city("London").postalCode("N1 9GU").countryCode("GB").build();

    private final List<OrderManagement> facades;
    private final HoldStore holds;
    private final InventoryStore inventory;
    private final SettableClock clock;
    private final AtomicLong keys = new AtomicLong();
    final Set<String> features = java.util.concurrent.ConcurrentHashMap.newKeySet();

    HistoryCalls(List<OrderManagement> facades, HoldStore holds, InventoryStore inventory, SettableClock clock) {
        this.inventory = inventory;
        this.facades = facades;
        this.holds = holds;
        this.clock = clock;
    }

    /** Runs one call on facade {@code racer} (modulo their number) and describes its answer; never throws. */
    String call(int step, int racer, Call call) {
        OrderManagement oms = facades.get(racer % facades.size());
        try {
            return perform(oms, step, racer, call);
        } catch (RuntimeException e) {
            return "threw " + e;
        }
    }

    private String perform(OrderManagement oms, int step, int racer, Call call) {
        if (call instanceof Place p) {
            return place(oms, step, racer, p);
        } else if (call instanceof PlaceHold h) {
            features.add("hold placed");
            return describe(oms.storefront().placeHold(new HoldRequest(holdId(h.slot()), List.of(new HoldRequest.Units(h.sku(), h.quantity())),
                    new Destination.ShipTo(ADDRESS), Channel.WEB, Duration.ofMinutes(h.ttlMinutes()))), hold -> {
                        if (!hold.promised().isEmpty()) {
                            features.add("hold promised units");
                        }
                        return "hold " + hold.id() + " " + hold.state();
                    });
        } else if (call instanceof ReleaseHold r) {
            return describe(oms.storefront().releaseHold(holdId(r.slot())), hold -> "hold " + hold.id() + " " + hold.state());
        } else if (call instanceof AdvanceClock a) {
            clock.advance(Duration.ofMinutes(a.minutes()));
            int expired = oms.storefront().expireHolds();
            if (expired > 0) {
                features.add("hold expired");
            }
            String answer = expired + " holds expired";
            if (!clock.instant().isBefore(RELEASE)) {
                answer += "; " + describe(oms.inbound().release(PREORDER, "release-" + keys.incrementAndGet()),
                        orders -> PREORDER + " released, " + orders.size() + " orders changed");
            }
            return answer;
        } else if (call instanceof Receive r) {
            features.add("receipt");
            return describe(oms.inbound().receiveStock(new StockReceipt(r.key(), r.sku(), r.location(), r.quantity())),
                    orders -> "received, " + orders.size() + " orders filled or told");
        } else if (call instanceof Count c) {
            long onHand = stockOnHand(c);
            features.add("stock count");
            return describe(oms.stocktaking().adjust(StockAdjustment.counted(c.sku(), c.location(), Math.max(0, onHand - c.missing())),
                    c.key()), report -> {
                        if (!report.ordersShort().isEmpty()) {
                            features.add("count took units from orders");
                        }
                        return "counted, " + report.ordersShort().size() + " orders gave units up, " + report.unsettled() + " unsettled";
                    });
        } else if (call instanceof Cancel c) {
            List<OrderId> ids = Page.all(oms.queries()::orderIds);
            if (ids.isEmpty()) {
                return "no order to cancel";
            }
            OrderId id = ids.get(c.slot() % ids.size());
            features.add("cancel");
            if (c.slot() % 2 == 1) {
                // Through an approval hold and its rejection, which cancels what has not shipped.
                features.add("rejected in review");
                ApprovalRequest review = new ApprovalRequest("review-" + step + "-" + racer, ApprovalReason.FRAUD_REVIEW, "reviewer");
                return describe(oms.approvals().hold(id, review), order -> "held " + order.id()) + "; "
                        + describe(oms.approvals().reject(id, review), order -> "rejected " + order.id() + " (" + order.status() + ")");
            }
            return describe(oms.orders().cancel(id, CancelRequest.wholeOrder("cancel-" + step + "-" + racer, "changed mind")).map(Cancelled::order),
                    order -> "cancelled " + order.id());
        } else if (call instanceof Move m) {
            List<OrderId> ids = Page.all(oms.queries()::orderIds);
            if (ids.isEmpty()) {
                return "no order to move";
            }
            return describe(oms.warehouse().moveAllocation(ids.get(m.slot() % ids.size()), MoveRequest.everything(m.key(), m.target())),
                    order -> {
                        features.add("allocation moved");
                        return "moved " + order.id() + " (" + order.lines().values().map(l -> l.units().toString()).mkString(" ") + ")";
                    });
        } else if (call instanceof Edit e) {
            List<OrderId> ids = Page.all(oms.queries()::orderIds);
            if (ids.isEmpty()) {
                return "no order to edit";
            }
            ChangeSet changes = new ChangeSet(List.of(LineRequest.of(e.sku().code(), e.quantity(), PRICE)), List.of(),
                    Optional.empty(), "history");
            return describe(oms.edits().confirm(ids.get(e.slot() % ids.size()), new EditRequest(e.key(), changes)), order -> {
                features.add("order edited");
                return "edited " + order.id() + " (" + order.lines().values().map(l -> l.units().toString()).mkString(" ") + ")";
            });
        } else if (call instanceof ConcurrentHistories.Exchange x) {
            return HistoryExchange.run(oms, x, PRICE, features);
        }
        throw new IllegalArgumentException("unknown call " + call);
    }

    private String place(OrderManagement oms, int step, int racer, Place p) {
        String externalId = p.pair() > 0 ? "D" + step + "-" + p.pair() : "S" + step + "-" + racer;
        Optional<Hold> hold = p.holdSlot().flatMap(slot -> holds.find(holdId(slot)));
        Map<Sku, Long> units = new LinkedHashMap<>();
        if (hold.isPresent()) {
            hold.get().movements().forEach(m -> units.merge(m.sku(), m.quantity(), Long::sum));
            hold.get().promised().forEach(promise -> units.merge(promise.sku(), promise.quantity(), Long::sum));
        } else {
            units.put(p.sku(), (long) p.quantity());
        }
        PlaceOrder.Builder command = PlaceOrder.builder().channel(Channel.WEB).externalId(externalId)
                .customer(CustomerRef.of("C-" + externalId)).shipTo(ADDRESS).paymentMethod(PaymentMethod.card("tok_ok"));
        units.forEach((sku, n) -> command.addLines(LineRequest.of(sku.code(), n, PRICE)));
        hold.ifPresent(h -> command.hold(h.id()));
        Either<Rejection, Order> placed = oms.orders().place(command.build());
        if (placed.isLeft()) {
            return "rejected " + placed.getLeft().codes().mkString(",");
        }
        Order order = placed.get();
        // A hold is consumed by the placing order's id (of two placements of one checkout, only that one may undo it).
        String consumer = order.id().value();
        boolean tookOver = hold.flatMap(h -> holds.find(h.id()))
                .filter(h -> h.state() == HoldState.CONSUMED && h.consumedBy().equals(Optional.of(consumer))).isPresent();
        if (tookOver) {
            features.add("hold takeover");
            if (!hold.get().promised().isEmpty()) {
                features.add("order took over promised units");
            }
        }
        if (!order.externalId().equals(externalId)) {
            throw new IllegalStateException("placing " + externalId + " answered order " + order.id() + " of " + order.externalId());
        }
        features.add("placement");
        return "placed " + order.id() + (tookOver ? " taking over " + hold.get().id() : "") + " (" + order.status()
                + ", " + order.lines().values().map(l -> l.units().toString()).mkString(" ") + ")";
    }

    /** Units on hand of the counted stock, as the counter's books say just before counting. */
    private long stockOnHand(Count c) {
        return inventory.stockOf(c.sku()).stream().filter(l -> l.locationId().equals(c.location())).mapToLong(l -> l.onHand())
                .findFirst().orElse(0);
    }

    static String kind(Call call) {
        if (call instanceof Place p) {
            return "place " + (p.holdSlot().isPresent() ? "naming a hold" : p.sku().code());
        }
        return call.getClass().getSimpleName();
    }

    private static <T> String describe(Either<Rejection, T> answer, java.util.function.Function<T, String> success) {
        return answer.fold(r -> "rejected " + r.codes().mkString(","), success);
    }

    private static HoldId holdId(int slot) {
        return HoldId.of("H" + slot);
    }
}
