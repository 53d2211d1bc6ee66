// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.subscription.BackInStockSubscriptions;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Back-in-stock subscriptions in PostgreSQL, tables {@code oms_back_in_stock_subscription}, {@code _key} and
 * {@code _event}, migration V17. Telling is one statement: an {@code UPDATE} of the SKU's oldest waiting rows picked
 * {@code FOR UPDATE SKIP LOCKED}, in the transaction that records the event key, so concurrent tellers on any number
 * of instances each take rows nobody else takes, and a repeated event key tells nobody. Subscribing takes
 * transaction-scoped advisory locks on the key, then on the SKU and customer, so racers with one key, or one customer,
 * store one subscription.
 */
public final class PostgresBackInStockSubscriptions implements BackInStockSubscriptions {
    private static final String COLUMNS = "number, sku, customer, subscribed_at";
    private final Transactions transactions;

    /**
     * A store over the host's data source; run {@link OmsPostgres#migrate} once before use.
     *
     * @param dataSource the host's connection pool, over a schema {@link OmsPostgres#migrate} has migrated
     */
    public PostgresBackInStockSubscriptions(DataSource dataSource) {
        this.transactions = new Transactions(Require.nonNull(dataSource, "dataSource"));
    }

    /**
     * {@inheritDoc}
     *
     * @throws StorageException when the database fails, also for a SKU or customer longer than 200 or a key longer
     *     than 500 characters; nothing was stored
     */
    @Override
    public BackInStockSubscription subscribe(String idempotencyKey, Sku sku, CustomerRef customer, Instant at) {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        Require.nonNull(at, "at");
        return transactions.run("subscribe to back in stock", connection -> {
            lock(connection, "oms-bis-key:" + idempotencyKey);
            Optional<BackInStockSubscription> earlier = underKey(connection, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().sku().equals(sku) || !earlier.get().customer().equals(customer)) {
                    throw new OperationKeyReusedException("subscribe", idempotencyKey);
                }
                return earlier.get();
            }
            lock(connection, "oms-bis-customer:" + sku.code() + "\n" + customer.value());
            Optional<BackInStockSubscription> waiting = one(connection, "SELECT " + COLUMNS
                    + " FROM oms_back_in_stock_subscription WHERE sku = ? AND customer = ? AND state = 'WAITING'",
                    sku.code(), customer.value());
            BackInStockSubscription subscription = waiting.isPresent() ? waiting.get() : one(connection,
                    "INSERT INTO oms_back_in_stock_subscription (sku, customer, subscribed_at, state) VALUES (?, ?, ?, 'WAITING')"
                            + " RETURNING " + COLUMNS, sku.code(), customer.value(), at.toString()).get();
            try (PreparedStatement key = connection.prepareStatement(
                    "INSERT INTO oms_back_in_stock_key (idempotency_key, number) VALUES (?, ?)")) {
                key.setString(1, idempotencyKey);
                key.setLong(2, subscription.number());
                key.executeUpdate();
            }
            return subscription;
        });
    }

    @Override
    public Optional<BackInStockSubscription> subscribedUnder(String idempotencyKey) {
        Require.nonNull(idempotencyKey, "idempotencyKey");
        return transactions.read("find a back-in-stock subscription by key", connection -> underKey(connection, idempotencyKey));
    }

    @Override
    public boolean unsubscribe(Sku sku, CustomerRef customer) {
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        return transactions.run("unsubscribe from back in stock", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE oms_back_in_stock_subscription"
                    + " SET state = 'UNSUBSCRIBED' WHERE sku = ? AND customer = ? AND state = 'WAITING'")) {
                update.setString(1, sku.code());
                update.setString(2, customer.value());
                return update.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean anyWaiting(Sku sku) {
        Require.nonNull(sku, "sku");
        return transactions.read("anybody waiting for back in stock", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM oms_back_in_stock_subscription WHERE sku = ? AND state = 'WAITING')")) {
                select.setString(1, sku.code());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        });
    }

    @Override
    public List<BackInStockSubscription> waiting(Sku sku, long after, int limit) {
        Require.nonNull(sku, "sku");
        positive(limit);
        return transactions.read("list waiting back-in-stock subscriptions", connection -> all(connection, "SELECT " + COLUMNS
                + " FROM oms_back_in_stock_subscription WHERE sku = ? AND state = 'WAITING' AND number > ?"
                + " ORDER BY number LIMIT ?", sku.code(), after, limit));
    }

    @Override
    public List<BackInStockSubscription> tell(String eventKey, Sku sku, long limit, Instant at) {
        Require.nonBlank(eventKey, "eventKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(at, "at");
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative, was " + limit);
        }
        return transactions.run("tell back-in-stock subscribers", connection -> {
            try (PreparedStatement event = connection.prepareStatement("INSERT INTO oms_back_in_stock_event (event_key, sku, told_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (event_key) DO NOTHING")) {
                event.setString(1, eventKey);
                event.setString(2, sku.code());
                event.setString(3, at.toString());
                if (event.executeUpdate() == 0) {
                    return List.<BackInStockSubscription>of();
                }
            }
            List<BackInStockSubscription> told = new ArrayList<>(all(connection, "UPDATE oms_back_in_stock_subscription"
                    + " SET state = 'OWED', told_by = ?, told_at = ? WHERE number IN (SELECT number FROM oms_back_in_stock_subscription"
                    + " WHERE sku = ? AND state = 'WAITING' ORDER BY number LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS,
                    eventKey, at.toString(), sku.code(), limit));
            told.sort(Comparator.comparingLong(BackInStockSubscription::number));
            return List.copyOf(told);
        });
    }

    @Override
    public List<BackInStockSubscription> owedAlerts(long after, int limit) {
        positive(limit);
        return transactions.read("list owed back-in-stock alerts", connection -> all(connection, "SELECT " + COLUMNS
                + " FROM oms_back_in_stock_subscription WHERE state = 'OWED' AND number > ? ORDER BY number LIMIT ?", after, limit));
    }

    @Override
    public void alertSent(long number) {
        transactions.run("record a back-in-stock alert sent", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE oms_back_in_stock_subscription SET state = 'SENT' WHERE number = ? AND state = 'OWED'")) {
                update.setLong(1, number);
                return update.executeUpdate();
            }
        });
    }

    private static Optional<BackInStockSubscription> underKey(Connection connection, String idempotencyKey) throws SQLException {
        return one(connection, "SELECT s." + COLUMNS.replace(", ", ", s.")
                + " FROM oms_back_in_stock_key k JOIN oms_back_in_stock_subscription s ON s.number = k.number"
                + " WHERE k.idempotency_key = ?", idempotencyKey);
    }

    /** Waits for a transaction-scoped advisory lock on the text's hash; it ends with the transaction. */
    private static void lock(Connection connection, String text) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, text);
            lock.execute();
        }
    }

    private static Optional<BackInStockSubscription> one(Connection connection, String sql, Object... parameters) throws SQLException {
        return all(connection, sql, parameters).stream().findFirst();
    }

    private static List<BackInStockSubscription> all(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<BackInStockSubscription> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new BackInStockSubscription(row.getLong(1), Sku.of(row.getString(2)), CustomerRef.of(row.getString(3)),
                            Instant.parse(row.getString(4))));
                }
            }
            return rows;
        }
    }

    private static void positive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
