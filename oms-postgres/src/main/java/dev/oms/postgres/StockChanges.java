// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.codec.StockCodec;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements by which {@link PostgresInventoryStore} changes stock rows, each inside the transaction that
 * claimed its operation key: every change checks what it takes on the row it updates (reserving under the
 * store's {@link ReservationLocking}), rows taken in lock order, so no statement can oversell.
 */
final class StockChanges {
    private static final String CHECK_VIOLATION = "23514";
    private static final String SAVEPOINT = "oms_reservation";
    private static final String SAVEPOINT_FIRST = "SAVEPOINT " + SAVEPOINT + ";\n";

    private StockChanges() {}

    /** Adds a location, or replaces the one with the same id, keeping its place in the list. */
    static int addLocation(Connection connection, Location location) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO oms_location (location_id, name, type, priority, active, address) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (location_id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, "
                        + "priority = EXCLUDED.priority, active = EXCLUDED.active, address = EXCLUDED.address")) {
            upsert.setString(1, location.id().value());
            upsert.setString(2, location.name());
            upsert.setString(3, location.type().name());
            upsert.setInt(4, location.priority());
            upsert.setBoolean(5, location.active());
            upsert.setString(6, location.address().map(StockCodec::address).orElse(null));
            return upsert.executeUpdate();
        }
    }

    /**
     * Sets on hand and the bin, keeping what is reserved; an explicit setting clears an adjustment's shortfall,
     * so it is refused below what is promised.
     *
     * @throws IllegalArgumentException when {@code onHand} is below what is already promised
     */
    static int setStock(Connection connection, Sku sku, LocationId locationId, long onHand, String bin) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO oms_stock (sku, location_id, on_hand, reserved, ring_fenced, bin) VALUES (?, ?, ?, 0, 0, ?) "
                        + "ON CONFLICT (sku, location_id) DO UPDATE SET on_hand = EXCLUDED.on_hand, bin = EXCLUDED.bin, shortfall = 0")) {
            upsert.setString(1, sku.code());
            upsert.setString(2, locationId.value());
            upsert.setLong(3, onHand);
            upsert.setString(4, bin);
            return upsert.executeUpdate();
        } catch (SQLException e) {
            if (CHECK_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalArgumentException("onHand " + onHand + " is below the units already promised at " + locationId, e);
            }
            throw e;
        }
    }

    /**
     * Reserves the wanted units of every row, in lock order, or names every row short of them; on a shortfall the
     * caller rolls back to the savepoint this takes first ({@link #rollBackReservation}).
     *
     * <p>The savepoint is sent with the first row's statement, in its round trip. It is what keeps a refused
     * reservation from holding a lock: an update (or {@code FOR UPDATE}) that finds its row changed by a writer
     * still open waits for it and, at READ COMMITTED, locks the row's newest version before checking the units
     * again, and keeps that lock when too few are left, though it changes nothing. A transaction going on after
     * the refusal (a placement trying other locations) would then lock its next rows out of lock order while
     * holding that one, and wait in a cycle with a call taking both in order ({@code RefusedReservationLockTest}).
     */
    static List<Shortfall> reserve(Connection connection, Map<StockRow, Long> wanted, ReservationLocking locking)
            throws SQLException {
        return locking == ReservationLocking.CONDITIONAL_UPDATE
                ? reserveByConditionalUpdates(connection, wanted)
                : reserveByRowLocks(connection, wanted);
    }

    /** Rolls a refused reservation back to the savepoint {@link #reserve} took: its changes and its row locks go. */
    static void rollBackReservation(Connection connection) throws SQLException {
        try (PreparedStatement rollback = connection.prepareStatement("ROLLBACK TO SAVEPOINT " + SAVEPOINT)) {
            rollback.execute();
        }
    }

    private static List<Shortfall> reserveByConditionalUpdates(Connection connection, Map<StockRow, Long> wanted)
            throws SQLException {
        List<Shortfall> shortfalls = new ArrayList<>();
        String sql = "UPDATE oms_stock SET reserved = reserved + ?, shortfall = 0 "
                + "WHERE sku = ? AND location_id = ? AND on_hand - reserved - ring_fenced >= ?";
        try (PreparedStatement first = connection.prepareStatement(SAVEPOINT_FIRST + sql);
                PreparedStatement update = connection.prepareStatement(sql)) {
            boolean savepointTaken = false;
            for (Map.Entry<StockRow, Long> entry : wanted.entrySet()) {
                PreparedStatement statement = savepointTaken ? update : first;
                statement.setLong(1, entry.getValue());
                statement.setString(2, entry.getKey().sku().code());
                statement.setString(3, entry.getKey().locationId().value());
                statement.setLong(4, entry.getValue());
                int changed = savepointTaken ? statement.executeUpdate() : afterSavepoint(statement).getUpdateCount();
                savepointTaken = true;
                if (changed == 0) {
                    shortfalls.add(new Shortfall(entry.getKey().sku(), entry.getKey().locationId(), entry.getValue(),
                            available(connection, entry.getKey())));
                }
            }
        }
        return shortfalls;
    }

    private static List<Shortfall> reserveByRowLocks(Connection connection, Map<StockRow, Long> wanted) throws SQLException {
        List<Shortfall> shortfalls = new ArrayList<>();
        String sql = "SELECT on_hand - reserved - ring_fenced FROM oms_stock WHERE sku = ? AND location_id = ? FOR UPDATE";
        try (PreparedStatement first = connection.prepareStatement(SAVEPOINT_FIRST + sql);
                PreparedStatement lock = connection.prepareStatement(sql)) {
            boolean savepointTaken = false;
            for (Map.Entry<StockRow, Long> entry : wanted.entrySet()) {
                PreparedStatement statement = savepointTaken ? lock : first;
                statement.setString(1, entry.getKey().sku().code());
                statement.setString(2, entry.getKey().locationId().value());
                try (ResultSet rows = savepointTaken ? statement.executeQuery() : afterSavepoint(statement).getResultSet()) {
                    savepointTaken = true;
                    long available = rows.next() ? Math.max(0, rows.getLong(1)) : 0;
                    if (entry.getValue() > available) {
                        shortfalls.add(new Shortfall(entry.getKey().sku(), entry.getKey().locationId(), entry.getValue(), available));
                    }
                }
            }
        }
        if (!shortfalls.isEmpty()) {
            return shortfalls;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE oms_stock SET reserved = reserved + ?, shortfall = 0 WHERE sku = ? AND location_id = ?")) {
            for (Map.Entry<StockRow, Long> entry : wanted.entrySet()) {
                update.setLong(1, entry.getValue());
                update.setString(2, entry.getKey().sku().code());
                update.setString(3, entry.getKey().locationId().value());
                update.addBatch();
            }
            update.executeBatch();
        }
        return shortfalls;
    }

    /** Runs {@code SAVEPOINT ...; statement} in one round trip and moves to the statement's result. */
    private static PreparedStatement afterSavepoint(PreparedStatement statement) throws SQLException {
        statement.execute(); // the savepoint's result
        statement.getMoreResults();
        return statement;
    }

    private static long available(Connection connection, StockRow key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT on_hand - reserved - ring_fenced FROM oms_stock WHERE sku = ? AND location_id = ?")) {
            select.setString(1, key.sku().code());
            select.setString(2, key.locationId().value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Math.max(0, rows.getLong(1)) : 0;
            }
        }
    }

    /**
     * Records a stock adjustment on the locked row, creating a missing one: on hand becomes what the adjustment
     * leaves, reservations and ring-fences stay, and {@code shortfall} says how far they now exceed on hand.
     */
    static StockAdjusted adjust(Connection connection, StockAdjustment adjustment) throws SQLException {
        String sku = adjustment.sku().code();
        String location = adjustment.locationId().value();
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT on_hand, reserved, ring_fenced FROM oms_stock WHERE sku = ? AND location_id = ? FOR UPDATE")) {
            lock.setString(1, sku);
            lock.setString(2, location);
            try (ResultSet rows = lock.executeQuery()) {
                if (rows.next()) {
                    StockAdjusted adjusted = new StockAdjusted(rows.getLong(1), adjustment.onHandAfter(rows.getLong(1)),
                            rows.getLong(2), rows.getLong(3));
                    try (PreparedStatement update = connection.prepareStatement("UPDATE oms_stock SET on_hand = ?,"
                            + " shortfall = GREATEST(0, reserved + ring_fenced - ?) WHERE sku = ? AND location_id = ?")) {
                        update.setLong(1, adjusted.onHandAfter());
                        update.setLong(2, adjusted.onHandAfter());
                        update.setString(3, sku);
                        update.setString(4, location);
                        update.executeUpdate();
                    }
                    return adjusted;
                }
            }
        }
        long after = adjustment.onHandAfter(0);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO oms_stock (sku, location_id, on_hand,"
                + " reserved, ring_fenced, bin) VALUES (?, ?, ?, 0, 0, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, sku);
            insert.setString(2, location);
            insert.setLong(3, after);
            insert.setString(4, PostgresInventoryStore.DEFAULT_BIN);
            if (insert.executeUpdate() == 0) {
                // Another call created the row after our read: run again and adjust the row it made.
                throw new SQLException("stock row created concurrently", "40001");
            }
        }
        return new StockAdjusted(0, after, 0, 0);
    }

    /** Adds received units to on hand (and to ring-fenced, for goods of an indent order), creating a missing row. */
    static void receive(Connection connection, Sku sku, LocationId locationId, long quantity, boolean ringFenced)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO oms_stock (sku, location_id, on_hand, reserved, ring_fenced, bin) VALUES (?, ?, ?, 0, ?, ?) "
                        + "ON CONFLICT (sku, location_id) DO UPDATE SET on_hand = oms_stock.on_hand + EXCLUDED.on_hand, "
                        + "ring_fenced = oms_stock.ring_fenced + EXCLUDED.ring_fenced")) {
            upsert.setString(1, sku.code());
            upsert.setString(2, locationId.value());
            upsert.setLong(3, quantity);
            upsert.setLong(4, ringFenced ? quantity : 0);
            upsert.setString(5, PostgresInventoryStore.DEFAULT_BIN);
            upsert.executeUpdate();
        }
    }

    /**
     * Moves units from ring-fenced to reserved.
     *
     * @throws IllegalStateException when a row has fewer units ring-fenced than asked for
     */
    static void reserveRingFenced(Connection connection, String operationKey, List<StockMovement> request)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE oms_stock SET ring_fenced = ring_fenced - ?, reserved = reserved + ? "
                        + "WHERE sku = ? AND location_id = ? AND ring_fenced >= ?")) {
            for (Map.Entry<StockRow, Long> entry : StockRow.totals(request).entrySet()) {
                long quantity = entry.getValue();
                update.setLong(1, quantity);
                update.setLong(2, quantity);
                update.setString(3, entry.getKey().sku().code());
                update.setString(4, entry.getKey().locationId().value());
                update.setLong(5, quantity);
                if (update.executeUpdate() == 0) {
                    // Thrown inside the transaction: the claim and any earlier row roll back with it.
                    throw new IllegalStateException("reserve-ring-fenced " + operationKey + " asks for " + quantity
                            + " units of " + entry.getKey().sku() + " at " + entry.getKey().locationId()
                            + " but fewer are ring-fenced");
                }
            }
        }
    }

    /**
     * Takes units out of reserved (a release), and out of on hand too when they {@code shipped} (a consumption).
     *
     * @throws IllegalStateException when a row has fewer units reserved than asked for
     */
    static void takeFromReserved(Connection connection, String kind, String operationKey, List<StockMovement> request,
            boolean shipped) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE oms_stock SET reserved = reserved - ?, on_hand = on_hand - ? "
                        + "WHERE sku = ? AND location_id = ? AND reserved >= ?")) {
            for (Map.Entry<StockRow, Long> entry : StockRow.totals(request).entrySet()) {
                long quantity = entry.getValue();
                update.setLong(1, quantity);
                update.setLong(2, shipped ? quantity : 0);
                update.setString(3, entry.getKey().sku().code());
                update.setString(4, entry.getKey().locationId().value());
                update.setLong(5, quantity);
                if (update.executeUpdate() == 0) {
                    // Thrown inside the transaction: the claim and any earlier row roll back with it.
                    throw new IllegalStateException(kind + " " + operationKey + " asks for " + quantity + " units of "
                            + entry.getKey().sku() + " at " + entry.getKey().locationId() + " but fewer are reserved");
                }
            }
        }
    }
}
