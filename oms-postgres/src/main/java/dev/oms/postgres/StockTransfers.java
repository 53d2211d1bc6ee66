// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stock in transit ({@code oms_stock_transfer}, V13) for {@link PostgresInventoryStore}: each statement runs
 * inside the store's transaction, after the operation key was claimed.
 */
final class StockTransfers {
    private static final String COLUMNS = "transfer_id, sku, from_location, to_location, quantity, expected_arrival";

    private StockTransfers() {}

    /** The transfer as its operation key remembers it. */
    static String request(StockTransfer transfer) {
        return String.join("|", transfer.transferId(), transfer.sku().code(), transfer.from().value(),
                transfer.to().value(), Long.toString(transfer.quantity()), transfer.expectedArrival().toString());
    }

    /**
     * Takes the units from on hand at the source, if they are available there, in one conditional update, and
     * records the transfer. A transfer id sent before (under another key) is a reused key.
     */
    static ReservationResult send(Connection connection, StockTransfer transfer) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement("UPDATE oms_stock SET on_hand = on_hand - ?"
                + " WHERE sku = ? AND location_id = ? AND on_hand - reserved - ring_fenced >= ?")) {
            take.setLong(1, transfer.quantity());
            take.setString(2, transfer.sku().code());
            take.setString(3, transfer.from().value());
            take.setLong(4, transfer.quantity());
            if (take.executeUpdate() == 0) {
                return new ReservationResult.Insufficient(List.of(new ReservationResult.Shortfall(transfer.sku(),
                        transfer.from(), transfer.quantity(), available(connection, transfer))));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO oms_stock_transfer (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, transfer.transferId());
            insert.setString(2, transfer.sku().code());
            insert.setString(3, transfer.from().value());
            insert.setString(4, transfer.to().value());
            insert.setLong(5, transfer.quantity());
            insert.setDate(6, Date.valueOf(transfer.expectedArrival()));
            if (insert.executeUpdate() == 0) {
                throw new OperationKeyReusedException("transfer id", transfer.transferId());
            }
        }
        return new ReservationResult.Reserved();
    }

    /** The SKU's transfers in transit, by expected arrival then id: one walk of the partial index. */
    static List<StockTransfer> inTransit(Connection connection, Sku sku) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM oms_stock_transfer"
                + " WHERE sku = ? AND received IS NULL ORDER BY expected_arrival, transfer_id")) {
            select.setString(1, sku.code());
            List<StockTransfer> transfers = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    transfers.add(transfer(rows));
                }
            }
            return transfers;
        }
    }

    /** Ends the transfer, locking its row, and puts the units received on hand at its destination. */
    static String receive(Connection connection, String transferId, long received) throws SQLException {
        StockTransfer transfer;
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + COLUMNS + ", received IS NOT NULL"
                + " FROM oms_stock_transfer WHERE transfer_id = ? FOR UPDATE")) {
            lock.setString(1, transferId);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no transfer " + transferId);
                }
                if (rows.getBoolean(7)) {
                    throw new IllegalArgumentException("transfer " + transferId + " was received already");
                }
                transfer = transfer(rows);
            }
        }
        if (received < 0 || received > transfer.quantity()) {
            throw new IllegalArgumentException("transfer " + transferId + " sent " + transfer.quantity() + " units; "
                    + received + " cannot have arrived");
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE oms_stock_transfer SET received = ? WHERE transfer_id = ?")) {
            update.setLong(1, received);
            update.setString(2, transferId);
            update.executeUpdate();
        }
        StockChanges.receive(connection, transfer.sku(), transfer.to(), received, false);
        return transferId + " received " + received;
    }

    private static long available(Connection connection, StockTransfer transfer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT GREATEST(0, on_hand - reserved - ring_fenced) FROM oms_stock WHERE sku = ? AND location_id = ?")) {
            select.setString(1, transfer.sku().code());
            select.setString(2, transfer.from().value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static StockTransfer transfer(ResultSet rows) throws SQLException {
        return new StockTransfer(rows.getString(1), Sku.of(rows.getString(2)), LocationId.of(rows.getString(3)),
                LocationId.of(rows.getString(4)), rows.getLong(5), rows.getDate(6).toLocalDate());
    }
}
