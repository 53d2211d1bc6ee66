// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.invoice.InvoiceNumbers;
import dev.oms.spi.value.Require;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Invoice numbers in PostgreSQL, tables {@code oms_invoice_series} (a counter row per series) and
 * {@code oms_invoice_number} (each key's number), migration V16. One transaction locks the series' counter row,
 * looks the key up again under the lock, and records the key's number with the counter moved: a transaction that
 * rolls back takes no number, so none is skipped, and concurrent issuers, on any number of instances, wait for the
 * row in turn. A key already issued is answered without the lock.
 */
public final class PostgresInvoiceNumbers implements InvoiceNumbers {
    private final Transactions transactions;

    /**
     * A store over the host's data source; run {@link OmsPostgres#migrate} once before use.
     *
     * @param dataSource the host's connection pool, over a schema {@link OmsPostgres#migrate} has migrated
     */
    public PostgresInvoiceNumbers(DataSource dataSource) {
        this.transactions = new Transactions(Require.nonNull(dataSource, "dataSource"));
    }

    /**
     * {@inheritDoc}
     *
     * @throws StorageException when the database fails, also for a series longer than 200 or a key longer than 500
     *     characters; no number was taken
     */
    @Override
    public InvoiceNumber issue(String idempotencyKey, String series, Instant at) {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonBlank(series, "series");
        Require.nonNull(at, "at");
        Optional<InvoiceNumber> earlier = transactions.read("find invoice number", c -> find(c, series, idempotencyKey));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return transactions.run("issue invoice number", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO oms_invoice_series (series, last_issued) VALUES (?, 0) ON CONFLICT (series) DO NOTHING")) {
                insert.setString(1, series);
                insert.executeUpdate();
            }
            long last;
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT last_issued FROM oms_invoice_series WHERE series = ? FOR UPDATE")) {
                lock.setString(1, series);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    last = row.getLong(1);
                }
            }
            // Under the lock: a racer with the same key may have committed while this one waited.
            Optional<InvoiceNumber> raced = find(connection, series, idempotencyKey);
            if (raced.isPresent()) {
                return raced.get();
            }
            InvoiceNumber number = new InvoiceNumber(series, last + 1, at);
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO oms_invoice_number (series, idempotency_key, sequence, issued_at) VALUES (?, ?, ?, ?)")) {
                record.setString(1, series);
                record.setString(2, idempotencyKey);
                record.setLong(3, number.sequence());
                record.setString(4, at.toString());
                record.executeUpdate();
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "UPDATE oms_invoice_series SET last_issued = ? WHERE series = ?")) {
                count.setLong(1, number.sequence());
                count.setString(2, series);
                count.executeUpdate();
            }
            return number;
        });
    }

    private static Optional<InvoiceNumber> find(Connection connection, String series, String idempotencyKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sequence, issued_at FROM oms_invoice_number WHERE series = ? AND idempotency_key = ?")) {
            select.setString(1, series);
            select.setString(2, idempotencyKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new InvoiceNumber(series, row.getLong(1), Instant.parse(row.getString(2))))
                        : Optional.empty();
            }
        }
    }
}
