// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryFulfilmentService;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A host's oms under a command sequence of {@link OmsCommandArbitraries#chains}: its facade, wired to its
 * own policies; the inventory behind it; the clock it reads; the catalogue to order from and the SKUs the
 * host's backorder policy lets wait. The world remembers the orders placed and the violations the last
 * step found, so a property asserts {@link #violations()} after every step.
 */
public final class OmsWorld {
    private final OrderManagement oms;
    private final InventoryStore inventory;
    private final SettableClock clock;
    private final List<Product> catalogue;
    private final Set<Sku> backorderable;
    private final List<OrderId> orders = new ArrayList<>();
    private final List<String> stepViolations = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private int keys;
    private InMemoryFulfilmentService provider;
    private List<LocationId> moveTargets = List.of();
    /** The stock records of the untracked SKUs as the world began: nothing oms does may change them. */
    private final List<StockLevel> untrackedStock;

    /**
     * A world over the host's facade; its catalogue must not be empty.
     *
     * @param oms the host's facade, built on {@code inventory} and {@code clock}
     * @param inventory the inventory store behind {@code oms}, which the sequence restocks
     * @param clock the clock {@code oms} reads, which the sequence moves on
     * @param catalogue the products the sequence orders; all must be in the host's catalogue
     * @param backorderable the SKUs the host's backorder policy lets wait for stock
     */
    public OmsWorld(OrderManagement oms, InventoryStore inventory, SettableClock clock, List<Product> catalogue,
            Set<Sku> backorderable) {
        this.oms = Objects.requireNonNull(oms, "oms is null");
        this.inventory = Objects.requireNonNull(inventory, "inventory is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.catalogue = List.copyOf(Objects.requireNonNull(catalogue, "catalogue is null"));
        this.backorderable = Set.copyOf(Objects.requireNonNull(backorderable, "backorderable is null"));
        if (this.catalogue.isEmpty()) {
            throw new IllegalArgumentException("a world needs a catalogue to order from");
        }
        this.untrackedStock = untrackedStock();
    }

    private List<StockLevel> untrackedStock() {
        return catalogue.stream().filter(p -> !p.stockTracked()).flatMap(p -> inventory.stockOf(p.sku()).stream()).toList();
    }

    /**
     * Lets the sequence make the provider of the host's third-party locations answer: ship and reject the units
     * it was sent, its answers delivered twice and out of order.
     *
     * @param provider the fulfilment service the host's facade was built with
     * @return this world
     */
    public OmsWorld withProvider(InMemoryFulfilmentService provider) {
        this.provider = Objects.requireNonNull(provider, "provider is null");
        return this;
    }

    /**
     * Lets the sequence move orders' allocated units to these locations ({@code warehouse().moveAllocation}): where the
     * host lets its staff ship from by hand. None unless named, since a move overrides the host's routing rules.
     *
     * @param targets the locations units may be moved to
     * @return this world
     */
    public OmsWorld withMovesTo(Collection<LocationId> targets) {
        this.moveTargets = List.copyOf(targets);
        return this;
    }

    /** {@return the locations the sequence may move allocated units to; empty unless {@link #withMovesTo} named some} */
    public List<LocationId> moveTargets() {
        return moveTargets;
    }

    /** {@return the provider of the host's third-party locations, when the sequence may make it answer} */
    public Optional<InMemoryFulfilmentService> provider() {
        return Optional.ofNullable(provider);
    }

    /** {@return the host's facade} */
    public OrderManagement oms() {
        return oms;
    }

    /** {@return the inventory store behind the facade} */
    public InventoryStore inventory() {
        return inventory;
    }

    /** {@return the clock the facade reads} */
    public SettableClock clock() {
        return clock;
    }

    /** {@return the products the sequence orders} */
    public List<Product> catalogue() {
        return catalogue;
    }

    /** {@return the SKUs the host's backorder policy lets wait for stock} */
    public Set<Sku> backorderable() {
        return backorderable;
    }

    /** {@return the orders the sequence placed so far, in placement order} */
    public List<OrderId> orders() {
        return List.copyOf(orders);
    }

    /** {@return every placed order as it stands now, in placement order} */
    public List<Order> currentOrders() {
        return orders.stream().map(id -> oms.queries().find(id).get()).toList();
    }

    /** {@return the stock records of every catalogue SKU} */
    public List<StockLevel> stock() {
        return catalogue.stream().flatMap(p -> inventory.stockOf(p.sku()).stream()).toList();
    }

    /** {@return the units a new order could take now, per catalogue SKU, at active locations that are not suppliers} */
    public Map<Sku, Long> available() {
        Set<LocationId> stocking = stockingLocations().stream().collect(Collectors.toSet());
        Map<Sku, Long> available = new LinkedHashMap<>();
        catalogue.forEach(p -> available.put(p.sku(), 0L));
        for (StockLevel level : stock()) {
            if (stocking.contains(level.locationId())) {
                available.merge(level.sku(), level.available(), Long::sum);
            }
        }
        return available;
    }

    /** {@return the active locations that hold stock of their own: where stock is received} */
    public List<LocationId> stockingLocations() {
        return inventory.locations().stream().filter(Location::active).filter(l -> l.type() != LocationType.SUPPLIER)
                .map(Location::id).toList();
    }

    /** {@return the active locations where customers may collect orders: stores offering pickup, with an address} */
    public List<LocationId> pickupStores() {
        return inventory.locations().stream().filter(Location::active).filter(l -> l.can(LocationCapability.PICKUP_IN_STORE))
                .filter(l -> l.address().isPresent()).map(Location::id).toList();
    }

    /**
     * What the sequence broke so far: conservation and money of every order, a pickup without transfer kept to its
     * store ({@link OrderInvariants#pickupDestination}), no oversell of any record,
     * no change to any stock record of an untracked SKU (the sequence never receives stock of one),
     * and what the last step's own checks found (pre-order priority around restocks, the ring-fence around
     * goods receipts).
     *
     * @return one line per violation; empty when every invariant holds
     */
    public List<String> violations() {
        List<String> violations = new ArrayList<>(OrderInvariants.all(currentOrders(), stock()));
        if (!untrackedStock().equals(untrackedStock)) {
            violations.add("the stock records of untracked SKUs changed: " + untrackedStock + " became " + untrackedStock());
        }
        violations.addAll(stepViolations);
        return violations;
    }

    /** {@return what the steps did, one line each: a failing property prints it} */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** A fresh idempotency key or external id, unique in this world. */
    String nextKey(String prefix) {
        return prefix + "-" + (++keys);
    }

    void placed(OrderId id) {
        orders.add(id);
    }

    /** Starts a step: forgets what the previous step's own checks found. */
    void step(String description) {
        stepViolations.clear();
        log.add(description);
    }

    void found(List<String> violations) {
        stepViolations.addAll(violations);
    }

    @Override
    public String toString() {
        return "OmsWorld[" + orders.size() + " orders, last steps " + log.subList(Math.max(0, log.size() - 5), log.size()) + "]";
    }
}
