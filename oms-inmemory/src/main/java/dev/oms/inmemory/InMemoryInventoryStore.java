// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockHistory;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An {@link InventoryStore} held in memory: locations, and one {@link StockLevel} per SKU and location.
 *
 * <p>Locking is per SKU: striped locks ({@link SkuLocks}) guard each SKU's stock at every location, and a call
 * takes the locks of the SKUs it names, in ascending stripe order, before it checks or changes anything.
 * Check-and-apply is therefore atomic across the call's SKUs (all-or-nothing, no oversell) while calls on other
 * SKUs run in parallel, and calls naming the same SKUs in any order never deadlock.
 *
 * <p>Idempotency: every changing call is remembered by its operation key (scoped per method) with its request (a
 * list of movements by a 128-bit digest of it) and answer. A repeat answers as the first call did, an {@link
 * ReservationResult.Insufficient} included, so a retry after new stock arrived needs a new key. The key is claimed
 * under the call's locks: an equal request names the same SKUs, so a racing repeat waits and then replays. Reusing
 * a key for a different request throws {@link dev.oms.spi.inventory.OperationKeyReusedException}, whatever SKUs
 * either request names, because the claim stores the request atomically with the key. A call that fails (a release
 * of more than is reserved, say) changes nothing and leaves its key unused.
 */
public final class InMemoryInventoryStore implements InventoryStore {
    /** The bin given to stock that arrives where no storage place was set up. */
    public static final String DEFAULT_BIN = "UNASSIGNED";

    private static final String RESERVE = "reserve";
    private static final String RELEASE = "release";
    private static final String CONSUME = "consume";
    private static final String RECEIVE = "receive";
    private static final String RECEIVE_RING_FENCED = "receive-ring-fenced";
    private static final String RESERVE_RING_FENCED = "reserve-ring-fenced";
    private static final String ADJUST = "adjust";
    private static final String SEND_TRANSFER = "send-transfer";
    private static final String RECEIVE_TRANSFER = "receive-transfer";
    /** The answer of every reservation that succeeds, one instance for all the keys that remember it. */
    private static final ReservationResult RESERVED = new ReservationResult.Reserved();

    private final SkuLocks locks = new SkuLocks();
    private final StockLog log = new StockLog(locks);
    private final StockRows rows = new StockRows(log);
    /** Guards {@link #locationsById}; locations change only at setup, so readers take the snapshot. */
    private final Object locationLock = new Object();
    private final Map<LocationId, Location> locationsById = new LinkedHashMap<>();
    private volatile List<Location> locations = List.of();
    private final IdempotencyLedger ledger = new IdempotencyLedger();
    private final InMemoryTransfers transfers = new InMemoryTransfers();

    /** Creates a store with no locations and no stock, stamping its changes by the system's UTC clock. */
    public InMemoryInventoryStore() { }

    /**
     * Stamps the stock changes logged from now on by {@code clock}: the time oms tells by, so that {@link #history()}
     * agrees with the orders' events ({@link InMemoryAdapters#ports(Clock)} does this).
     * @param clock the clock to stamp changes by
     * @return this store, for chaining
     */
    public InMemoryInventoryStore tellTimeBy(Clock clock) {
        log.tellTimeBy(clock);
        return this;
    }

    /** {@inheritDoc} Every change since the store was created, kept in memory. */
    @Override
    public Optional<StockHistory> history() {
        return Optional.of(log);
    }

    /**
     * Adds a location, or replaces the one with the same id (for example to pause it).
     * @param location the location to add or replace
     * @return this store, for chaining
     */
    public InMemoryInventoryStore addLocation(Location location) {
        Require.nonNull(location, "location");
        synchronized (locationLock) {
            locationsById.put(location.id(), location);
            locations = List.copyOf(locationsById.values());
        }
        return this;
    }

    /**
     * Sets the units on hand and the bin of a SKU at a location, keeping what is reserved. Setup for hosts
     * and tests, not an operation oms calls, so it takes no operation key.
     * @param sku the SKU stocked
     * @param locationId the location holding it; need not be added yet
     * @param onHand the units physically there
     * @param bin where in the location they are kept (shown on pick lists)
     * @return this store, for chaining
     * @throws IllegalArgumentException when {@code onHand} is negative or below what is already promised
     */
    public InMemoryInventoryStore setStock(Sku sku, LocationId locationId, long onHand, String bin) {
        StockKey key = new StockKey(Require.nonNull(sku, "sku"), Require.nonNull(locationId, "locationId"));
        locks.with(sku, () -> rows.set(key, onHand, Require.nonBlank(bin, "bin")));
        return this;
    }

    /**
     * {@return the stock record of a SKU at a location, if there is one}
     * @param sku the SKU
     * @param locationId the location
     */
    public Option<StockLevel> stockAt(Sku sku, LocationId locationId) {
        return rows.at(new StockKey(sku, locationId));
    }

    /** {@inheritDoc} In the order the locations were added. */
    @Override
    public List<Location> locations() {
        return locations;
    }

    /** {@inheritDoc} Sorted by location id, so callers see a stable order. */
    @Override
    public List<StockLevel> stockOf(Sku sku) {
        Require.nonNull(sku, "sku");
        return locks.with(sku, () -> rows.of(sku));
    }

    @Override
    public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
        MovementCall call = MovementCall.of(operationKey, movements);
        return keyed(RESERVE, operationKey, call.digest(), call.skus(), ReservationResult.class, () -> {
            List<ReservationResult.Shortfall> shortfalls = new ArrayList<>();
            call.wanted().forEach((key, quantity) -> {
                long available = rows.available(key);
                if (quantity > available) {
                    shortfalls.add(new ReservationResult.Shortfall(key.sku(), key.locationId(), quantity, available));
                }
            });
            if (!shortfalls.isEmpty()) {
                return new ReservationResult.Insufficient(shortfalls);
            }
            call.wanted().forEach((key, quantity) -> rows.change(key, 0, quantity, 0));
            return RESERVED;
        });
    }

    /**
     * {@inheritDoc}
     * @throws IllegalStateException when a movement releases more than is reserved: a bug in the caller
     */
    @Override
    public void release(String operationKey, List<StockMovement> movements) {
        takeFromReserved(RELEASE, operationKey, movements, false);
    }

    /**
     * {@inheritDoc} Lowers both on hand and reserved.
     * @throws IllegalStateException when a movement consumes more than is reserved: a bug in the caller
     */
    @Override
    public void consume(String operationKey, List<StockMovement> movements) {
        takeFromReserved(CONSUME, operationKey, movements, true);
    }

    /** {@inheritDoc} Creates the stock record, in {@link #DEFAULT_BIN}, when there is none. */
    @Override
    public void receive(String operationKey, Sku sku, LocationId locationId, long quantity) {
        receiveInto(RECEIVE, operationKey, sku, locationId, quantity, false);
    }

    /** {@inheritDoc} Creates the stock record, in {@link #DEFAULT_BIN}, when there is none. */
    @Override
    public void receiveRingFenced(String operationKey, Sku sku, LocationId locationId, long quantity) {
        receiveInto(RECEIVE_RING_FENCED, operationKey, sku, locationId, quantity, true);
    }

    private void receiveInto(String kind, String operationKey, Sku sku, LocationId locationId, long quantity,
            boolean ringFenced) {
        Require.nonBlank(operationKey, "operationKey");
        StockKey key = new StockKey(Require.nonNull(sku, "sku"), Require.nonNull(locationId, "locationId"));
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
        Receipt request = new Receipt(key, quantity);
        keyed(kind, operationKey, request, Set.of(sku), Receipt.class, () -> {
            rows.change(key, quantity, 0, ringFenced ? quantity : 0);
            return request;
        });
    }

    /**
     * {@inheritDoc} Creates the stock record, in {@link #DEFAULT_BIN}, when there is none. Reservations and
     * ring-fences stay as they are, even beyond the units left on hand.
     */
    @Override
    public StockAdjusted adjust(String operationKey, StockAdjustment adjustment) {
        Require.nonBlank(operationKey, "operationKey");
        StockKey key = new StockKey(adjustment.sku(), adjustment.locationId());
        return keyed(ADJUST, operationKey, adjustment, Set.of(adjustment.sku()), StockAdjusted.class, () -> {
            StockLevel before = rows.at(key).getOrElse(new StockLevel(key.sku(), key.locationId(), 0, 0, 0, DEFAULT_BIN));
            long after = adjustment.onHandAfter(before.onHand());
            rows.change(key, after - before.onHand(), 0, 0);
            return new StockAdjusted(before.onHand(), after, before.reserved(), before.ringFenced());
        });
    }

    @Override
    public ReservationResult sendTransfer(String operationKey, StockTransfer transfer) {
        Require.nonBlank(operationKey, "operationKey");
        StockKey from = new StockKey(transfer.sku(), transfer.from());
        return keyed(SEND_TRANSFER, operationKey, transfer, Set.of(transfer.sku()), ReservationResult.class, () -> {
            long available = rows.available(from);
            if (available < transfer.quantity()) {
                return new ReservationResult.Insufficient(List.of(
                        new ReservationResult.Shortfall(transfer.sku(), transfer.from(), transfer.quantity(), available)));
            }
            transfers.send(transfer);
            rows.change(from, -transfer.quantity(), 0, 0);
            return new ReservationResult.Reserved();
        });
    }

    @Override
    public List<StockTransfer> inTransit(Sku sku) {
        return locks.with(Require.nonNull(sku, "sku"), () -> transfers.of(sku));
    }

    @Override
    public void receiveTransfer(String operationKey, String transferId, long received) {
        Require.nonBlank(operationKey, "operationKey");
        Sku sku = transfers.find(transferId).orElseThrow(() -> new IllegalArgumentException("no transfer " + transferId)).sku();
        String request = transferId + " received " + received;
        keyed(RECEIVE_TRANSFER, operationKey, request, Set.of(sku), String.class, () -> {
            StockTransfer transfer = transfers.receive(transferId, received);
            rows.change(new StockKey(sku, transfer.to()), received, 0, 0);
            return request;
        });
    }

    /** {@inheritDoc} Walks the stock records: an in-memory store's are few enough. */
    @Override
    public List<StockLevel> overpromised() {
        return rows.overpromised();
    }

    @Override
    public void reserveRingFenced(String operationKey, List<StockMovement> movements) {
        MovementCall call = MovementCall.of(operationKey, movements);
        keyed(RESERVE_RING_FENCED, operationKey, call.digest(), call.skus(), Boolean.class, () -> {
            call.wanted().forEach((key, quantity) -> {
                long fenced = rows.at(key).map(StockLevel::ringFenced).getOrElse(0L);
                if (quantity > fenced) {
                    throw new IllegalStateException("reserve ring-fenced " + operationKey + " asks for " + quantity
                            + " units of " + key.sku() + " at " + key.locationId() + " but only " + fenced + " are ring-fenced");
                }
            });
            call.wanted().forEach((key, quantity) -> rows.change(key, 0, quantity, -quantity));
            return Boolean.TRUE; // applied: these calls answer nothing
        });
    }

    private void takeFromReserved(String kind, String operationKey, List<StockMovement> movements, boolean shipped) {
        MovementCall call = MovementCall.of(operationKey, movements);
        keyed(kind, operationKey, call.digest(), call.skus(), Boolean.class, () -> {
            // Check everything before changing anything, so a bad call leaves stock as it was.
            call.wanted().forEach((key, quantity) -> {
                long reserved = rows.at(key).map(StockLevel::reserved).getOrElse(0L);
                if (quantity > reserved) {
                    throw new IllegalStateException(kind + " " + operationKey + " asks for " + quantity + " units of "
                            + key.sku() + " at " + key.locationId() + " but only " + reserved + " are reserved");
                }
            });
            call.wanted().forEach((key, quantity) -> rows.change(key, shipped ? -quantity : 0, -quantity, 0));
            return Boolean.TRUE; // applied: these calls answer nothing
        });
    }

    // Runs one keyed call under the locks of its SKUs, so an equal request claimed before has finished by now.
    private <A> A keyed(String kind, String operationKey, Object request, Set<Sku> skus, Class<A> answerType,
            Supplier<A> apply) {
        return locks.with(skus, () -> ledger.applyOnce(kind, operationKey, request, answerType, apply));
    }

    /** A receipt as remembered for idempotency. */
    private record Receipt(StockKey key, long quantity) {}
}
