package dev.oms.inmemory;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link InventoryStore} held in memory: locations, and one {@link StockLevel} per SKU and location.
 *
 * <p>One lock guards all stock. Check-and-apply across several SKUs must be atomic to be all-or-nothing
 * and to never oversell; a single lock gives that with no lock-ordering to get wrong, and in memory the
 * critical sections are microseconds long.
 *
 * <p>Idempotency: every changing call is remembered by its operation key (scoped per method) with its
 * request and answer. A repeat answers as the first call did, an {@link ReservationResult.Insufficient}
 * included, so a retry after new stock arrived needs a new key. Reusing a key for a different request
 * throws {@link IllegalStateException}.
 */
public final class InMemoryInventoryStore implements InventoryStore {
    /** The bin given to stock that arrives where no storage place was set up. */
    public static final String DEFAULT_BIN = "UNASSIGNED";

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryInventoryStore.class);
    private static final String RESERVE = "reserve";
    private static final String RELEASE = "release";
    private static final String CONSUME = "consume";
    private static final String RECEIVE = "receive";
    private static final String RECEIVE_RING_FENCED = "receive-ring-fenced";
    private static final String RESERVE_RING_FENCED = "reserve-ring-fenced";

    private final Object lock = new Object();
    private final Map<LocationId, Location> locations = new LinkedHashMap<>();
    private final Map<StockKey, StockLevel> stock = new HashMap<>();
    /** The same levels per SKU, by location id: {@link #stockOf} reads one SKU without scanning them all. */
    private final Map<Sku, SortedMap<LocationId, StockLevel>> stockBySku = new HashMap<>();
    private final IdempotencyLedger ledger = new IdempotencyLedger();

    /** Creates a store with no locations and no stock. */
    public InMemoryInventoryStore() {}

    /** Adds a location, or replaces the one with the same id (for example to pause it). */
    public InMemoryInventoryStore addLocation(Location location) {
        Require.nonNull(location, "location");
        synchronized (lock) {
            locations.put(location.id(), location);
        }
        return this;
    }

    /**
     * Sets the units on hand and the bin of a SKU at a location, keeping what is reserved. Setup for hosts
     * and tests, not an operation oms calls, so it takes no operation key.
     *
     * @throws IllegalArgumentException when {@code onHand} is negative or below what is already promised
     */
    public InMemoryInventoryStore setStock(Sku sku, LocationId locationId, long onHand, String bin) {
        StockKey key = new StockKey(Require.nonNull(sku, "sku"), Require.nonNull(locationId, "locationId"));
        Require.nonBlank(bin, "bin");
        synchronized (lock) {
            StockLevel current = stock.get(key);
            long promised = current == null ? 0 : current.reserved() + current.ringFenced();
            if (onHand < promised) {
                throw new IllegalArgumentException(
                        "onHand " + onHand + " is below the " + promised + " units already promised at " + locationId);
            }
            long reserved = current == null ? 0 : current.reserved();
            long ringFenced = current == null ? 0 : current.ringFenced();
            put(key, new StockLevel(sku, locationId, onHand, reserved, ringFenced, bin));
        }
        return this;
    }

    /** The stock record of a SKU at a location, if there is one. */
    public Option<StockLevel> stockAt(Sku sku, LocationId locationId) {
        synchronized (lock) {
            return Option.of(stock.get(new StockKey(sku, locationId)));
        }
    }

    /** {@inheritDoc} In the order the locations were added. */
    @Override
    public List<Location> locations() {
        synchronized (lock) {
            return List.copyOf(locations.values());
        }
    }

    /** {@inheritDoc} Sorted by location id, so callers see a stable order. */
    @Override
    public List<StockLevel> stockOf(Sku sku) {
        Require.nonNull(sku, "sku");
        synchronized (lock) {
            return List.copyOf(stockBySku.getOrDefault(sku, Collections.emptySortedMap()).values());
        }
    }

    @Override
    public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
        List<StockMovement> request = checked(operationKey, movements);
        synchronized (lock) {
            Option<ReservationResult> replay = ledger.replay(RESERVE, operationKey, request, ReservationResult.class);
            if (replay.isDefined()) {
                return replay.get();
            }
            Map<StockKey, Long> wanted = StockKey.totals(request);
            List<ReservationResult.Shortfall> shortfalls = new ArrayList<>();
            wanted.forEach((key, quantity) -> {
                long available = available(key);
                if (quantity > available) {
                    shortfalls.add(new ReservationResult.Shortfall(key.sku(), key.locationId(), quantity, available));
                }
            });
            ReservationResult result;
            if (shortfalls.isEmpty()) {
                wanted.forEach((key, quantity) -> adjust(key, 0, quantity));
                result = new ReservationResult.Reserved();
            } else {
                result = new ReservationResult.Insufficient(shortfalls);
            }
            LOG.debug("reserve {}: {}", operationKey, result);
            return ledger.record(RESERVE, operationKey, request, result);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when a movement releases more than is reserved: a bug in the caller
     */
    @Override
    public void release(String operationKey, List<StockMovement> movements) {
        takeFromReserved(RELEASE, operationKey, movements, false);
    }

    /**
     * {@inheritDoc} Lowers both on hand and reserved.
     *
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
        synchronized (lock) {
            if (ledger.applied(kind, operationKey, request)) {
                return;
            }
            adjust(key, quantity, 0, ringFenced ? quantity : 0);
            ledger.record(kind, operationKey, request, request);
            LOG.debug("{} {}: {} units of {} at {}", kind, operationKey, quantity, sku, locationId);
        }
    }

    /** {@inheritDoc} */
    @Override
    public void reserveRingFenced(String operationKey, List<StockMovement> movements) {
        List<StockMovement> request = checked(operationKey, movements);
        synchronized (lock) {
            if (ledger.applied(RESERVE_RING_FENCED, operationKey, request)) {
                return;
            }
            Map<StockKey, Long> wanted = StockKey.totals(request);
            wanted.forEach((key, quantity) -> {
                long fenced = stockAt(key).map(StockLevel::ringFenced).getOrElse(0L);
                if (quantity > fenced) {
                    throw new IllegalStateException("reserve ring-fenced " + operationKey + " asks for " + quantity
                            + " units of " + key.sku() + " at " + key.locationId() + " but only " + fenced + " are ring-fenced");
                }
            });
            wanted.forEach((key, quantity) -> adjust(key, 0, quantity, -quantity));
            ledger.record(RESERVE_RING_FENCED, operationKey, request, request);
            LOG.debug("reserve ring-fenced {}: {}", operationKey, request);
        }
    }

    private void takeFromReserved(String kind, String operationKey, List<StockMovement> movements, boolean shipped) {
        List<StockMovement> request = checked(operationKey, movements);
        synchronized (lock) {
            if (ledger.applied(kind, operationKey, request)) {
                return;
            }
            Map<StockKey, Long> wanted = StockKey.totals(request);
            // Check everything before changing anything, so a bad call leaves stock as it was.
            wanted.forEach((key, quantity) -> {
                long reserved = stockAt(key).map(StockLevel::reserved).getOrElse(0L);
                if (quantity > reserved) {
                    throw new IllegalStateException(kind + " " + operationKey + " asks for " + quantity + " units of "
                            + key.sku() + " at " + key.locationId() + " but only " + reserved + " are reserved");
                }
            });
            wanted.forEach((key, quantity) -> adjust(key, shipped ? -quantity : 0, -quantity));
            ledger.record(kind, operationKey, request, request);
            LOG.debug("{} {}: {}", kind, operationKey, request);
        }
    }

    private Option<StockLevel> stockAt(StockKey key) {
        return Option.of(stock.get(key));
    }

    private long available(StockKey key) {
        return stockAt(key).map(StockLevel::available).getOrElse(0L);
    }

    private void adjust(StockKey key, long onHandDelta, long reservedDelta) {
        adjust(key, onHandDelta, reservedDelta, 0);
    }

    private void put(StockKey key, StockLevel level) {
        stock.put(key, level);
        stockBySku.computeIfAbsent(key.sku(), sku -> new TreeMap<>()).put(key.locationId(), level);
    }

    /** Applies deltas that the caller already checked; StockLevel itself rejects negative counts. */
    private void adjust(StockKey key, long onHandDelta, long reservedDelta, long ringFencedDelta) {
        StockLevel current = stock.get(key);
        StockLevel base = current != null
                ? current
                : new StockLevel(key.sku(), key.locationId(), 0, 0, 0, DEFAULT_BIN);
        put(key, new StockLevel(
                base.sku(),
                base.locationId(),
                Math.addExact(base.onHand(), onHandDelta),
                Math.addExact(base.reserved(), reservedDelta),
                Math.addExact(base.ringFenced(), ringFencedDelta),
                base.bin()));
    }

    private static List<StockMovement> checked(String operationKey, List<StockMovement> movements) {
        Require.nonBlank(operationKey, "operationKey");
        List<StockMovement> copy = List.copyOf(Require.nonNull(movements, "movements"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("movements is empty");
        }
        return copy;
    }

    /** A receipt as remembered for idempotency. */
    private record Receipt(StockKey key, long quantity) {}
}
