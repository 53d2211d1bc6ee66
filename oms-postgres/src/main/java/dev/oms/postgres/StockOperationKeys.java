// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import java.util.List;
import dev.oms.spi.value.Require;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.inventory.OperationKeyReusedException;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The operation keys of {@link PostgresInventoryStore} in {@code oms_stock_operation}: a changing call claims its
 * key in the same transaction as its stock change, so a second caller with the key waits for the first and
 * replays its answer.
 */
final class StockOperationKeys {
    private StockOperationKeys() {}

    /**
     * Runs one keyed change in a transaction: claims the key with the answer the change usually gives
     * ({@code claimed}, null when not known), applies the change and records the answer it gives when another
     * (one statement less when it is the claimed one); a repeat of the key answers the recorded answer.
     */
    static String keyed(Transactions transactions, String kind, String operationKey, String requestText, String claimed,
            Transactions.Work<String> change) {
        return transactions.run(kind, connection -> {
            Option<String> previous = claim(connection, kind, operationKey, requestText, claimed);
            if (previous.isDefined()) {
                return previous.get();
            }
            String answer = change.run(connection);
            if (!answer.equals(claimed)) {
                recordAnswer(connection, kind, operationKey, answer);
            }
            return answer;
        });
    }

    /**
     * Claims {@code operationKey} for this transaction, storing {@code answer} with it: the answer the call gives
     * unless it changes it with {@link #recordAnswer} before committing (a repeated call waits for the commit, so
     * it never sees the first). One statement for the claim and its answer. Answers none when the key was free
     * (now ours), or the answer recorded by the transaction that applied it.
     */
    static Option<String> claim(Connection connection, String kind, String operationKey, String request, String answer)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO oms_stock_operation"
                + " (kind, operation_key, request, answer) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, kind);
            insert.setString(2, operationKey);
            insert.setString(3, request);
            insert.setString(4, answer);
            if (insert.executeUpdate() == 1) {
                return Option.none();
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT request, answer FROM oms_stock_operation WHERE kind = ? AND operation_key = ?")) {
            select.setString(1, kind);
            select.setString(2, operationKey);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    // Its holder rolled back after we waited for it: run again and claim it ourselves.
                    throw new SQLException("operation key released while waiting for it", "40001");
                }
                if (!rows.getString(1).equals(request)) {
                    throw new OperationKeyReusedException(kind, operationKey);
                }
                return Option.some(rows.getString(2));
            }
        }
    }

    /** Replaces the answer stored with the claim, for a call that answers otherwise than it claimed with. */
    static void recordAnswer(Connection connection, String kind, String operationKey, String answer)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE oms_stock_operation SET answer = ? WHERE kind = ? AND operation_key = ?")) {
            update.setString(1, answer);
            update.setString(2, kind);
            update.setString(3, operationKey);
            update.executeUpdate();
        }
    }

    /** The key and movements of one operation, checked and copied before anything is claimed. */
    static List<StockMovement> checked(String operationKey, List<StockMovement> movements) {
        Require.nonBlank(operationKey, "operationKey");
        List<StockMovement> copy = List.copyOf(Require.nonNull(movements, "movements"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("movements is empty");
        }
        return copy;
    }
}
