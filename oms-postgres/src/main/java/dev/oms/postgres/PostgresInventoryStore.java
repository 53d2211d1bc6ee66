// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.codec.StockCodec;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockHistory;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.inventory.StockView;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link InventoryStore} on PostgreSQL (or YugabyteDB) over plain JDBC, safe for any number
 * of application instances sharing one database.
 *
 * <p>No oversell: every reservation changes stock only through statements that check availability on a
 * locked row (see {@link ReservationLocking}), rows are locked in one stable order (SKU, then location),
 * and a {@code CHECK (reserved + ring_fenced <= on_hand + shortfall)} on the table refuses whatever slips past:
 * {@code shortfall} is set only by a stock {@link #adjust adjustment} (reality may leave fewer units than are
 * promised) and cleared by every reservation, so no reservation is ever committed beyond on hand.
 *
 * <p>Idempotency: each changing call first claims its operation key in {@code oms_stock_operation} with
 * {@code INSERT ... ON CONFLICT DO NOTHING}, in the same transaction as the stock change. A second caller
 * with the same key waits for the first to commit, then replays its answer; if the first rolled back, the
 * key is free again. A key reused for a different request throws {@link OperationKeyReusedException}.
 */
public final class PostgresInventoryStore implements InventoryStore {
    /** The bin given to stock that arrives where no storage place was set up. */
    public static final String DEFAULT_BIN = "UNASSIGNED";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresInventoryStore.class);
    private static final String RESERVE = "reserve";
    private static final String RELEASE = "release";
    private static final String CONSUME = "consume";
    private static final String RECEIVE = "receive";
    private static final String RECEIVE_RING_FENCED = "receive-ring-fenced";
    private static final String RESERVE_RING_FENCED = "reserve-ring-fenced";
    private static final String ADJUST = "adjust";
    private static final String SEND_TRANSFER = "send-transfer";
    private static final String RECEIVE_TRANSFER = "receive-transfer";
    private static final String RESERVED = StockCodec.reservationResult(new ReservationResult.Reserved());

    private final Transactions transactions;
    private final ReservationLocking locking;
    private final PostgresStockHistory history;

    /** A store over the host's data source, reserving with {@link ReservationLocking#CONDITIONAL_UPDATE}.
     * @param dataSource the host's connection pool, over a schema {@link OmsPostgres#migrate} has migrated */
    public PostgresInventoryStore(DataSource dataSource) {
        this(dataSource, ReservationLocking.CONDITIONAL_UPDATE);
    }

    /** A store over the host's data source, reserving with the given locking strategy.
     * @param dataSource the host's connection pool, over a schema {@link OmsPostgres#migrate} has migrated
     * @param locking how a reservation locks the stock rows it changes */
    public PostgresInventoryStore(DataSource dataSource, ReservationLocking locking) {
        this.transactions = new Transactions(Require.nonNull(dataSource, "dataSource"));
        this.locking = Require.nonNull(locking, "locking");
        this.history = new PostgresStockHistory(transactions);
    }

    /** {@inheritDoc} Kept by a trigger on the stock table (V18), stamped by the database's clock. */
    @Override
    public Optional<StockHistory> history() {
        return Optional.of(history);
    }

    /** Adds a location, or replaces the one with the same id (for example to pause it), keeping its place in the list.
     * @param location the location to add or replace
     * @return this store, for chaining */
    public PostgresInventoryStore addLocation(Location location) {
        Require.nonNull(location, "location");
        transactions.run("add location", connection -> StockChanges.addLocation(connection, location));
        return this;
    }

    /**
     * Sets the units on hand and the bin of a SKU at a location, keeping what is reserved. Setup for hosts
     * and tests (a stock count), not an operation oms calls, so it takes no operation key.
     *
     * @param sku the SKU
     * @param locationId the location
     * @param onHand the units physically there; not negative
     * @param bin the storage place a picker goes to; not blank
     * @return this store, for chaining
     * @throws IllegalArgumentException when {@code onHand} is negative or below what is already promised
     */
    public PostgresInventoryStore setStock(Sku sku, LocationId locationId, long onHand, String bin) {
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        Require.nonBlank(bin, "bin");
        if (onHand < 0) {
            throw new IllegalArgumentException("onHand cannot be negative, was " + onHand);
        }
        transactions.run("set stock", connection -> StockChanges.setStock(connection, sku, locationId, onHand, bin));
        return this;
    }

    /** {@return the stock record of a SKU at a location, if there is one}
     * @param sku the SKU
     * @param locationId the location */
    public Option<StockLevel> stockAt(Sku sku, LocationId locationId) {
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        return transactions.run("read stock", connection -> StockReads.stockAt(connection, sku, locationId));
    }

    /** {@inheritDoc} In the order the locations were first added. */
    @Override
    public List<Location> locations() {
        return transactions.read("list locations", StockReads::locations);
    }

    /** {@inheritDoc} Sorted by location id (in Java, so the order does not depend on the database collation). */
    @Override
    public List<StockLevel> stockOf(Sku sku) {
        Require.nonNull(sku, "sku");
        return transactions.read("read stock", connection -> StockReads.stockOf(connection, List.of(sku)));
    }

    /** {@inheritDoc} One statement, served by a partial index on the rows promised beyond on hand. */
    @Override
    public List<StockLevel> overpromised() {
        return transactions.run("read stock promised beyond on hand", StockReads::overpromised);
    }

    /** {@inheritDoc} One transaction and one round trip of one statement per table, however many SKUs. */
    @Override
    public StockView stockView(Collection<Sku> skus) {
        Require.nonNull(skus, "skus");
        return transactions.read("read locations and stock", connection -> StockReads.view(connection, skus));
    }

    @Override
    public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
        List<StockMovement> request = StockOperationKeys.checked(operationKey, movements);
        String requestText = StockCodec.movements(request);
        ReservationResult result = transactions.run("reserve", connection -> {
            // Claimed as reserved, the usual answer; a shortfall, which changes no stock, records its own.
            Option<String> previous = StockOperationKeys.claim(connection, RESERVE, operationKey, requestText, RESERVED);
            if (previous.isDefined()) {
                return StockCodec.reservationResult(previous.get());
            }
            // A shortfall rolls back to the savepoint the reservation took with its first row, releasing every row
            // lock taken on the way, even by an update that changed nothing (see StockChanges.reserve).
            List<Shortfall> shortfalls = StockChanges.reserve(connection, StockRow.totals(request), locking);
            if (shortfalls.isEmpty()) {
                return new ReservationResult.Reserved();
            }
            StockChanges.rollBackReservation(connection);
            ReservationResult answer = new ReservationResult.Insufficient(shortfalls);
            StockOperationKeys.recordAnswer(connection, RESERVE, operationKey, StockCodec.reservationResult(answer));
            return answer;
        });
        LOG.debug("reserve {}: {}", operationKey, result);
        return result;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when a movement releases more than is reserved: a bug in the caller;
     *     nothing changes and the key stays free
     */
    @Override
    public void release(String operationKey, List<StockMovement> movements) {
        takeFromReserved(RELEASE, operationKey, movements, false);
    }

    /**
     * {@inheritDoc} Lowers both on hand and reserved.
     *
     * @throws IllegalStateException when a movement consumes more than is reserved: a bug in the caller;
     *     nothing changes and the key stays free
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

    /**
     * {@inheritDoc} Creates the stock record, in {@link #DEFAULT_BIN}, when there is none. The row is locked
     * while on hand is read and written; the {@code CHECK} on {@code oms_stock} lets on hand fall below the
     * units promised by exactly the shortfall the adjustment records, which the next reservation clears.
     */
    @Override
    public StockAdjusted adjust(String operationKey, StockAdjustment adjustment) {
        Require.nonBlank(operationKey, "operationKey");
        Require.nonNull(adjustment, "adjustment");
        String requestText = StockCodec.adjustment(adjustment);
        StockAdjusted adjusted = StockCodec.adjusted(keyed(ADJUST, operationKey, requestText, null,
                connection -> StockCodec.adjusted(StockChanges.adjust(connection, adjustment))));
        LOG.debug("adjust {}: {} of {} at {}: {}", operationKey, adjustment.reason(), adjustment.sku(),
                adjustment.locationId(), adjusted);
        return adjusted;
    }

    /**
     * {@inheritDoc} Creates the stock record, in {@link #DEFAULT_BIN}, when there is none. On hand and
     * ring-fenced grow in one statement, so no reservation ever sees the units as available.
     */
    @Override
    public void receiveRingFenced(String operationKey, Sku sku, LocationId locationId, long quantity) {
        receiveInto(RECEIVE_RING_FENCED, operationKey, sku, locationId, quantity, true);
    }

    @Override
    public ReservationResult sendTransfer(String operationKey, StockTransfer transfer) {
        Require.nonBlank(operationKey, "operationKey");
        return StockCodec.reservationResult(keyed(SEND_TRANSFER, operationKey, StockTransfers.request(transfer), RESERVED,
                connection -> StockCodec.reservationResult(StockTransfers.send(connection, transfer))));
    }

    @Override
    public List<StockTransfer> inTransit(Sku sku) {
        return transactions.run("read stock in transit", connection -> StockTransfers.inTransit(connection, Require.nonNull(sku, "sku")));
    }

    @Override
    public void receiveTransfer(String operationKey, String transferId, long received) {
        Require.nonBlank(operationKey, "operationKey");
        keyed(RECEIVE_TRANSFER, operationKey, transferId + "|" + received, null,
                connection -> StockTransfers.receive(connection, transferId, received));
    }

    private void receiveInto(String kind, String operationKey, Sku sku, LocationId locationId, long quantity,
            boolean ringFenced) {
        Require.nonBlank(operationKey, "operationKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
        String requestText = StockCodec.receipt(sku, locationId, quantity);
        keyed(kind, operationKey, requestText, requestText, connection -> {
            StockChanges.receive(connection, sku, locationId, quantity, ringFenced);
            return requestText;
        });
        LOG.debug("{} {}: {} units of {} at {}", kind, operationKey, quantity, sku, locationId);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when a movement asks for more than is ring-fenced: a bug in the caller;
     *     nothing changes and the key stays free
     */
    @Override
    public void reserveRingFenced(String operationKey, List<StockMovement> movements) {
        List<StockMovement> request = StockOperationKeys.checked(operationKey, movements);
        String requestText = StockCodec.movements(request);
        keyed(RESERVE_RING_FENCED, operationKey, requestText, requestText, connection -> {
            StockChanges.reserveRingFenced(connection, operationKey, request);
            return requestText;
        });
        LOG.debug("reserve ring-fenced {}: {}", operationKey, request);
    }

    private void takeFromReserved(String kind, String operationKey, List<StockMovement> movements, boolean shipped) {
        List<StockMovement> request = StockOperationKeys.checked(operationKey, movements);
        String requestText = StockCodec.movements(request);
        keyed(kind, operationKey, requestText, requestText, connection -> {
            StockChanges.takeFromReserved(connection, kind, operationKey, request, shipped);
            return requestText;
        });
        LOG.debug("{} {}: {}", kind, operationKey, request);
    }

    private String keyed(String kind, String operationKey, String requestText, String claimed, Transactions.Work<String> change) {
        return StockOperationKeys.keyed(transactions, kind, operationKey, requestText, claimed, change);
    }
}
