// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.order.Page;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reconciles the orders a host's facade keeps with the stock its inventory store holds, per SKU and
 * location, and answers every discrepancy as one human-readable line: empty when the two agree, so a
 * property asserts {@code assertThat(reconciliation.violations()).isEmpty()} after every step.
 *
 * <p>It checks five things:
 * <ol>
 *   <li><b>One owner per reserved unit.</b> At every SKU and location, with {@code o} ranging over the
 *       stored orders and {@code h} over the holds in state {@code ACTIVE}:
 *       <pre>
 * reserved   = Σo [ allocated + picked + packed units of its lines there
 *                 + units of its shipped packages from there whose stock is not consumed yet
 *                 − units of its voided shipments from there consumed and not yet taken back ({@code owesStockReturn})
 *                 + units of its cancellations and re-routes whose release is still owed ({@code releasesOwed})
 *                 + units of its reservation requested and not yet settled ({@code reservationInFlight})
 *                 + units a move takes there, requested and not yet settled ({@code moveInFlight})
 *                 − units received ring-fenced there and not yet turned into its reservation ({@code ringFencesOwed}) ]
 *            + Σh units h holds there
 * ringFenced = Σo units received ring-fenced there and not yet turned into its reservation ({@code ringFencesOwed})
 *       </pre>
 *       Goods received against an indent purchase are allocated on the order at once but stay
 *       ring-fenced in the inventory until the order's reservation takes them over, which is why they
 *       move from one side of the ledger to the other. A unit reserved that nobody owns is leaked
 *       stock; a unit an owner counts that the inventory does not reserve may be sold twice.
 *   <li><b>Queue first.</b> No unit is available at an active location while an order waits for its SKU
 *       and could take it there: backordered or pre-ordered units of a product on sale at the clock's
 *       instant (before an announced product's release, stock received for it waits for the release).
 *   <li><b>Every stored order loads.</b> The facade's {@code find} answers every id of
 *       {@code orderIds()} without throwing.
 *   <li><b>No oversell.</b> {@code reserved + ringFenced <= onHand} at every stock record.
 *   <li><b>Pre-order caps.</b> The units pre-ordered in orders plus those promised as pre-orders by holds live at
 *       the clock's instant never pass the catalogue's cap of the product.
 * </ol>
 *
 * <p><b>Run it on a settled state.</b> While a port has failed and an order still owes the effect (a
 * reservation requested but not run, a hold's units given back but not recorded) the two sides disagree
 * by design: the reservation in flight is counted as owned whether or not the inventory applied it. Call
 * {@link dev.oms.core.application.Recovery#resumeAll()} with every port answering first, then reconcile. Run it between
 * commands, not during them: it reads orders and stock one after the other, not in one snapshot.
 *
 * <p>The SKUs checked are those named to the builder together with every SKU an order or live hold
 * names; name every SKU the host stocks, so that reserved units no order mentions are found too. Live
 * holds are read with {@link HoldStore#expiredBy} at a far-future instant, which by that port's contract
 * answers every active hold.
 */
public final class Reconciliation {
    /** Far enough ahead that every active hold has run out by then, near enough for any SQL timestamp. */
    static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    private final OrderManagement oms;
    private final InventoryStore inventory;
    private final Optional<HoldStore> holds;
    private final Catalog catalog;
    private final Clock clock;
    private final Set<Sku> skus;

    private Reconciliation(Builder builder) {
        this.oms = Objects.requireNonNull(builder.oms, "orders (the facade) is required");
        this.inventory = Objects.requireNonNull(builder.inventory, "inventory is required");
        this.catalog = Objects.requireNonNull(builder.catalog, "catalog is required");
        this.clock = Objects.requireNonNull(builder.clock, "clock is required");
        this.holds = Optional.ofNullable(builder.holds);
        this.skus = Set.copyOf(builder.skus);
    }

    /** {@return a builder; the facade, the inventory, the catalogue and the clock are required, holds optional} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every discrepancy between the stored orders, the live holds and the inventory, one line each; empty
     * when they reconcile. Never throws for what storage holds: a port that throws while being read is
     * reported as a violation too.
     *
     * @return one line per discrepancy; empty when the orders, the holds and the inventory reconcile
     */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        List<Order> orders = loadOrders(violations);
        List<Hold> live = liveHolds(violations);
        Set<Sku> checked = new LinkedHashSet<>(skus);
        orders.forEach(o -> o.lines().values().forEach(l -> checked.add(l.sku())));
        live.forEach(h -> h.movements().forEach(m -> checked.add(m.sku())));
        live.forEach(h -> h.promised().forEach(p -> checked.add(p.sku())));
        List<Location> locations;
        try {
            locations = inventory.locations();
        } catch (RuntimeException e) {
            violations.add("the inventory's locations cannot be read: " + e);
            return violations;
        }
        Set<LocationId> active = locations.stream().filter(Location::active).map(Location::id).collect(Collectors.toSet());
        for (Sku sku : checked.stream().sorted().toList()) {
            List<StockLevel> stock;
            try {
                stock = inventory.stockOf(sku);
            } catch (RuntimeException e) {
                violations.add("stock of " + sku + " cannot be read: " + e);
                continue;
            }
            violations.addAll(Invariants.noOversell(stock));
            violations.addAll(OwnershipLedger.violations(sku, stock, orders, live));
            violations.addAll(QueueFirstCheck.violations(sku, stock, orders, active, catalog, clock.instant()));
            violations.addAll(withinPreorderCap(sku, orders, live));
        }
        return violations;
    }

    /** The units pre-ordered in orders and promised as pre-orders by live holds never pass the catalogue's cap. */
    private List<String> withinPreorderCap(Sku sku, List<Order> orders, List<Hold> live) {
        java.util.OptionalLong cap = catalog.find(sku).map(dev.oms.spi.catalog.Product::preorderCap).orElse(java.util.OptionalLong.empty());
        if (cap.isEmpty()) {
            return List.of();
        }
        long preordered = orders.stream().flatMap(o -> o.lines().values().toJavaList().stream()).filter(l -> l.sku().equals(sku))
                .mapToLong(l -> l.count(dev.oms.spi.event.Bucket.PREORDERED)).sum();
        long promised = live.stream().filter(h -> h.liveAt(clock.instant())).flatMap(h -> h.promised().stream())
                .filter(p -> p.sku().equals(sku) && p.bucket() == dev.oms.spi.event.Bucket.PREORDERED)
                .mapToLong(dev.oms.spi.availability.PromisedUnits::quantity).sum();
        return preordered + promised <= cap.getAsLong() ? List.of() : List.of(sku + ": " + preordered + " pre-ordered and "
                + promised + " promised by live holds pass the pre-order cap of " + cap.getAsLong());
    }

    private List<Order> loadOrders(List<String> violations) {
        List<OrderId> ids;
        try {
            ids = Page.all(oms.queries()::orderIds);
        } catch (RuntimeException e) {
            violations.add("the stored order ids cannot be listed: " + e);
            return List.of();
        }
        List<Order> orders = new ArrayList<>();
        for (OrderId id : ids) {
            try {
                java.util.Optional<Order> order = oms.queries().find(id);
                if (order.isEmpty()) {
                    violations.add("order " + id + " is listed by the store but find answers nothing");
                } else {
                    orders.add(order.get());
                }
            } catch (RuntimeException e) {
                violations.add("order " + id + " does not load: " + e);
            }
        }
        return orders;
    }

    private List<Hold> liveHolds(List<String> violations) {
        if (holds.isEmpty()) {
            return List.of();
        }
        try {
            return holds.get().expiredBy(END_OF_TIME);
        } catch (RuntimeException e) {
            violations.add("the active holds cannot be read: " + e);
            return List.of();
        }
    }


    /** Wires a {@link Reconciliation} to the host's facade and stores. */
    public static final class Builder {
        private OrderManagement oms;
        private InventoryStore inventory;
        private HoldStore holds;
        private Catalog catalog;
        private Clock clock;
        private final Set<Sku> skus = new LinkedHashSet<>();

        private Builder() {}

        /**
         * The facade whose stored orders are reconciled, read through {@code orderIds()} and {@code find}.
         *
         * @param oms the host's facade
         * @return this builder
         */
        public Builder orders(OrderManagement oms) {
            this.oms = Objects.requireNonNull(oms, "oms is null");
            return this;
        }

        /**
         * The inventory store the facade reserves in.
         *
         * @param inventory the host's inventory store
         * @return this builder
         */
        public Builder inventory(InventoryStore inventory) {
            this.inventory = Objects.requireNonNull(inventory, "inventory is null");
            return this;
        }

        /**
         * The hold store the facade keeps checkout holds in; without one, no hold owns any unit.
         *
         * @param holds the host's hold store
         * @return this builder
         */
        public Builder holds(HoldStore holds) {
            this.holds = Objects.requireNonNull(holds, "holds is null");
            return this;
        }

        /**
         * The catalogue, to tell which announced products are released (their pre-orders then queue for stock).
         *
         * @param catalog the host's catalogue
         * @return this builder
         */
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog is null");
            return this;
        }

        /**
         * The clock the facade reads.
         *
         * @param clock the facade's clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is null");
            return this;
        }

        /**
         * SKUs to check besides those the orders and live holds name: every SKU the host stocks. Adds to
         * those given before.
         *
         * @param skus the SKUs to check
         * @return this builder
         */
        public Builder skus(Collection<Sku> skus) {
            Objects.requireNonNull(skus, "skus is null").forEach(s -> this.skus.add(Objects.requireNonNull(s, "a sku is null")));
            return this;
        }

        /**
         * The SKUs of these products, as {@link #skus}.
         *
         * @param products the products whose SKUs to check
         * @return this builder
         */
        public Builder products(Collection<Product> products) {
            return skus(products.stream().map(Product::sku).toList());
        }

        /**
         * Builds the reconciliation.
         *
         * @return a reconciliation of what this builder was given
         * @throws NullPointerException when the facade, inventory, catalogue or clock is missing
         */
        public Reconciliation build() {
            return new Reconciliation(this);
        }
    }
}
