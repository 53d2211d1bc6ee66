// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import org.joda.money.CurrencyUnit;

/**
 * jqwik generators of commands for a host's {@code OrderManagement}: {@link PlaceOrder}s of every kind
 * over a catalogue, and {@link #chains command sequences} (place, pick, pack, ship, deliver, cancel,
 * receive stock, release, supplier answers, goods against purchases) that a property runs against the
 * host's own policies, checking {@link OmsWorld#violations()} after every step.
 */
public final class OmsCommandArbitraries {
    private static final long MOST_PER_LINE = 20;
    private static final long MOST_WAITING_PER_LINE = 6;

    private OmsCommandArbitraries() {}

    /** What a generated order line asks of oms. */
    public enum LineKind {
        /** No more than the stock shown as available. */
        IN_STOCK,
        /** A product not released yet. */
        PREORDER,
        /** More than the stock available, of a SKU the host lets be backordered. */
        BACKORDER,
        /** Any quantity of a product whose stock is not tracked: always available, never reserved. */
        UNTRACKED
    }

    /**
     * Orders of one to three lines of distinct SKUs, each line of a kind its SKU allows now: in stock
     * ({@code 1..available}), pre-ordered (an announced product unreleased at {@code now}) or backordered
     * ({@code available+1..available+6} of a backorderable SKU), or untracked ({@code 1..5} of a product whose
     * stock is not tracked, whatever the stock). SKUs that allow none are left out.
     * External ids are drawn at random; a command sequence gives each order a unique one instead.
     *
     * @param catalogue the products to order from
     * @param available units of each SKU a new order may take, as {@link OmsWorld#available()} tells
     * @param backorderable the SKUs the host's backorder policy lets wait for stock
     * @param now the time of placement, which decides what is still unreleased
     * @param currency the currency of every price
     * @return orders to place
     * @throws IllegalArgumentException when no SKU of the catalogue can be ordered now
     */
    public static Arbitrary<PlaceOrder> placeOrders(List<Product> catalogue, Map<Sku, Long> available,
            Set<Sku> backorderable, Instant now, CurrencyUnit currency) {
        Objects.requireNonNull(catalogue, "catalogue is null");
        Objects.requireNonNull(available, "available is null");
        Objects.requireNonNull(backorderable, "backorderable is null");
        Objects.requireNonNull(now, "now is null");
        Objects.requireNonNull(currency, "currency is null");
        List<Arbitrary<LineRequest>> lines = new ArrayList<>();
        for (Product product : catalogue) {
            List<LineKind> kinds = kinds(product, available.getOrDefault(product.sku(), 0L), backorderable, now);
            if (!kinds.isEmpty()) {
                long stock = available.getOrDefault(product.sku(), 0L);
                lines.add(Arbitraries.of(kinds).flatMap(kind -> Combinators.combine(quantities(kind, stock),
                        OmsArbitraries.money(currency)).as((quantity, price) -> new LineRequest(product.sku(), quantity, price))));
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no SKU of the catalogue can be ordered now: nothing in stock, announced or backorderable");
        }
        Arbitrary<List<LineRequest>> orderLines = Arbitraries.subsetOf(lines).ofMinSize(1).ofMaxSize(Math.min(3, lines.size()))
                .flatMap(chosen -> Combinators.combine(List.copyOf(chosen)).as(List::copyOf))
                .flatMap(chosen -> Arbitraries.integers().between(0, 4 * chosen.size()).map(at -> splitAt(chosen, at)));
        return Combinators.combine(Arbitraries.of(Channel.WEB, Channel.STORE, Channel.MARKETPLACE, Channel.PHONE),
                        OmsArbitraries.codes(), OmsArbitraries.codes().map(CustomerRef::of), OmsArbitraries.addresses(),
                        Arbitraries.oneOf(Arbitraries.just(PaymentMethod.card("tok_visa")), Arbitraries.just(PaymentMethod.cashOnDelivery())),
                        orderLines)
                .as((channel, externalId, customer, shipTo, payment, requested) -> PlaceOrder.builder().channel(channel)
                        .externalId(externalId).customer(customer).shipTo(shipTo).paymentMethod(payment).lines(requested).build());
    }

    /**
     * Splits the line at {@code at} (when there is one there with two units or more) into two lines of its SKU, the
     * second a cent cheaper (a promotion), as marketplaces send them; the units asked for stay the same.
     */
    private static List<LineRequest> splitAt(List<LineRequest> lines, int at) {
        if (at >= lines.size() || lines.get(at).quantity() < 2) {
            return lines;
        }
        LineRequest line = lines.get(at);
        long first = line.quantity() / 2;
        org.joda.money.Money cheaper = line.unitPrice().isPositive() ? line.unitPrice().minusMinor(1) : line.unitPrice();
        List<LineRequest> split = new ArrayList<>(lines.subList(0, at));
        split.add(new LineRequest(line.sku(), first, line.unitPrice()));
        split.add(new LineRequest(line.sku(), line.quantity() - first, cheaper));
        split.addAll(lines.subList(at + 1, lines.size()));
        return List.copyOf(split);
    }

    /**
     * {@link #placeOrders(List, Map, Set, Instant, CurrencyUnit)} over the world as it stands, in euros.
     *
     * @param world the world, read now
     * @return orders to place in it
     */
    public static Arbitrary<PlaceOrder> placeOrders(OmsWorld world) {
        return collectedSometimes(placeOrders(world.catalogue(), world.available(), world.backorderable(), world.clock().instant(),
                CurrencyUnit.EUR), world.pickupStores());
    }

    /**
     * The orders, about one in four collected at one of the stores instead (with or without transfer, equally often),
     * so with no ship-to address; the orders as they are when there is no store.
     *
     * @param orders orders shipped to an address
     * @param stores the stores where customers may collect, as {@link OmsWorld#pickupStores()} tells
     * @return the orders, some collected
     */
    public static Arbitrary<PlaceOrder> collectedSometimes(Arbitrary<PlaceOrder> orders, List<LocationId> stores) {
        Objects.requireNonNull(orders, "orders is null");
        Objects.requireNonNull(stores, "stores is null");
        if (stores.isEmpty()) {
            return orders;
        }
        Arbitrary<Optional<Pickup>> pickups = Arbitraries.oneOf(Arbitraries.just(Optional.<Pickup>empty()),
                Arbitraries.just(Optional.<Pickup>empty()), Arbitraries.just(Optional.<Pickup>empty()),
                Combinators.combine(Arbitraries.of(stores), Arbitraries.of(true, false)).as(Pickup::new).map(Optional::of));
        return Combinators.combine(orders, pickups).as((order, pickup) -> pickup.isEmpty() ? order
                : PlaceOrder.builder().from(order).shipTo(Optional.empty()).pickup(pickup).build());
    }

    /**
     * The kinds of line a product allows now: only an untracked line for a product whose stock is not
     * tracked (any quantity); only a pre-order before its release; after it, in stock when any unit is
     * available and backordered when the SKU is backorderable.
     *
     * @param product the product
     * @param available the units of its SKU a new order may take
     * @param backorderable the SKUs the host's backorder policy lets wait for stock
     * @param now the time the line would be ordered
     * @return the kinds allowed, none when the product cannot be ordered now
     */
    public static List<LineKind> kinds(Product product, long available, Set<Sku> backorderable, Instant now) {
        if (!product.stockTracked()) {
            return List.of(LineKind.UNTRACKED);
        }
        if (product.isUnreleasedAt(now)) {
            return List.of(LineKind.PREORDER);
        }
        List<LineKind> kinds = new ArrayList<>();
        if (available > 0) {
            kinds.add(LineKind.IN_STOCK);
        }
        if (backorderable.contains(product.sku())) {
            kinds.add(LineKind.BACKORDER);
        }
        return kinds;
    }

    /**
     * Command sequences of up to {@code steps} steps against a fresh world each: placements, fulfilment
     * (pick, pack, ship, deliver), cancellations, stock receipts, releases, supplier answers, goods
     * received against purchases, approval holds (held, released, rejected), voided pick lists, allocations moved (in a
     * world {@link OmsWorld#withMovesTo that allows it}) to
     * another location, stock counts, stock sent between locations and received (some short) and, in a
     * world {@link OmsWorld#withProvider with a provider}, its answers to the requests it was sent, each drawn from the
     * world as it stands. Restocks, transfer receipts, releases and
     * cancellations check pre-order priority and goods receipts the ring-fence, into
     * {@link OmsWorld#violations()}; run with
     * {@code chain.withInvariant("oms", w -> assertThat(w.violations()).isEmpty()).run()}.
     *
     * @param world makes the fresh world each sequence starts from
     * @param steps the most steps a sequence takes; see {@link ChainLength}
     * @return the command sequences
     */
    public static ActionChainArbitrary<OmsWorld> chains(Supplier<OmsWorld> world, int steps) {
        Objects.requireNonNull(world, "world is null");
        return ActionChain.startWith(world)
                .withAction(4, new OmsActions.Place())
                .withAction(4, new OmsActions.Fulfil())
                .withAction(2, new OmsActions.Cancel())
                .withAction(3, new OmsActions.ReceiveStock())
                .withAction(1, new OmsActions.Release())
                .withAction(1, new OmsActions.SupplierAnswers())
                .withAction(2, new OmsActions.GoodsArrive())
                .withAction(3, new ApprovalActions.Review())
                .withAction(1, new PickListActions.Void())
                .withAction(1, new MoveActions.Move())
                .withAction(1, new StockCountActions.Count())
                .withAction(1, new TransferActions.Send())
                .withAction(1, new TransferActions.Receive())
                .withAction(1, new ExternalFulfilmentActions.Answer())
                .withAction(2, new ReturnActions.Return())
                .withAction(2, new EditActions.Edit())
                .withMaxTransformations(steps);
    }

    private static Arbitrary<Long> quantities(LineKind kind, long available) {
        return switch (kind) {
            case IN_STOCK -> Arbitraries.longs().between(1, Math.min(available, MOST_PER_LINE));
            case PREORDER -> Arbitraries.longs().between(1, MOST_WAITING_PER_LINE);
            case BACKORDER -> Arbitraries.longs().between(available + 1, available + MOST_WAITING_PER_LINE);
            case UNTRACKED -> Arbitraries.longs().between(1, MOST_PER_LINE);
        };
    }
}
