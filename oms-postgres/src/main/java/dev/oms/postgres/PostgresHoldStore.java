// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.codec.StockCodec;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.sql.Array;
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
 * Checkout holds in PostgreSQL, table {@code oms_hold}, so that several application instances share them.
 * Ending and reopening a hold are single conditional {@code UPDATE}s: the row's state (and, to reopen, its
 * consuming order) is the compare, so of concurrent callers exactly one changes it; so is changing one, with
 * its reservation key as the compare. The SKUs a hold promises are kept beside its promised units
 * ({@code promised_skus}) under a GIN index over the active holds, which {@link #livePromising} reads.
 */
public final class PostgresHoldStore implements HoldStore {
    private static final String COLUMNS =
            "hold_id, movements, reservation_key, placed_at, expires_second, expires_nano, state, consumed_by, given_up, changes, promised";

    private final Transactions transactions;

    /**
     * A store over the host's data source; run {@link OmsPostgres#migrate} once before use.
     *
     * @param dataSource the host's connection pool, over a schema {@link OmsPostgres#migrate} has migrated
     */
    public PostgresHoldStore(DataSource dataSource) {
        this.transactions = new Transactions(Require.nonNull(dataSource, "dataSource"));
    }

    @Override
    public Hold create(Hold hold) {
        Require.nonNull(hold, "hold");
        return transactions.run("create hold", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO oms_hold (" + COLUMNS
                    + ", promised_skus) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hold_id) DO NOTHING")) {
                insert.setString(1, hold.id().value());
                insert.setString(2, StockCodec.movements(hold.movements()));
                insert.setString(3, hold.reservationKey());
                insert.setString(4, hold.placedAt().toString());
                insert.setLong(5, hold.expiresAt().getEpochSecond());
                insert.setInt(6, hold.expiresAt().getNano());
                insert.setString(7, hold.state().name());
                insert.setString(8, hold.consumedBy().orElse(null));
                insert.setString(9, StockCodec.movements(hold.givenUp()));
                insert.setArray(10, connection.createArrayOf("text", hold.changes().toArray()));
                insert.setString(11, StockCodec.promised(hold.promised()));
                insert.setArray(12, promisedSkus(connection, hold));
                insert.executeUpdate();
            }
            return find(connection, hold.id()).orElseThrow();
        });
    }

    @Override
    public Optional<Hold> find(HoldId id) {
        Require.nonNull(id, "id");
        return transactions.run("find hold", connection -> find(connection, id));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code state} is {@link HoldState#ACTIVE} (use {@link #reopen}), or
     *     when {@code consumedBy} is given for a state other than {@link HoldState#CONSUMED} or missing for it
     */
    @Override
    public Optional<Hold> end(HoldId id, HoldState state, Optional<String> consumedBy) {
        Require.nonNull(id, "id");
        Require.nonNull(state, "state");
        Require.nonNull(consumedBy, "consumedBy");
        if (!state.isFinal()) {
            throw new IllegalArgumentException("a hold can only be ended here, not made active again");
        }
        // Hold's own rule, checked before the table's CHECK would turn a caller's mistake into a StorageException.
        if (consumedBy.isPresent() != (state == HoldState.CONSUMED)) {
            throw new IllegalArgumentException("exactly a consumed hold names its order");
        }
        return transactions.run("end hold", connection -> update(connection,
                "UPDATE oms_hold SET state = ?, consumed_by = ? WHERE hold_id = ? AND state = 'ACTIVE' RETURNING " + COLUMNS,
                state.name(), consumedBy.orElse(null), id.value()));
    }

    @Override
    public Optional<Hold> reopen(HoldId id, String consumedBy) {
        Require.nonNull(id, "id");
        Require.nonBlank(consumedBy, "consumedBy");
        return transactions.run("reopen hold", connection -> update(connection,
                "UPDATE oms_hold SET state = 'ACTIVE', consumed_by = NULL"
                        + " WHERE hold_id = ? AND state = 'CONSUMED' AND consumed_by = ? RETURNING " + COLUMNS,
                id.value(), consumedBy));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code changed} has another id or is not active
     */
    @Override
    public Optional<Hold> change(HoldId id, String expectedReservationKey, Hold changed) {
        Require.nonNull(id, "id");
        Require.nonBlank(expectedReservationKey, "expectedReservationKey");
        Require.nonNull(changed, "changed");
        if (!changed.id().equals(id) || changed.state() != HoldState.ACTIVE) {
            throw new IllegalArgumentException("a change keeps the hold's id and leaves it active");
        }
        return transactions.run("change hold", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE oms_hold SET movements = ?,"
                    + " reservation_key = ?, expires_second = ?, expires_nano = ?, given_up = ?, changes = ?, promised = ?,"
                    + " promised_skus = ? WHERE hold_id = ? AND state = 'ACTIVE' AND reservation_key = ? RETURNING " + COLUMNS)) {
                update.setString(1, StockCodec.movements(changed.movements()));
                update.setString(2, changed.reservationKey());
                update.setLong(3, changed.expiresAt().getEpochSecond());
                update.setInt(4, changed.expiresAt().getNano());
                update.setString(5, StockCodec.movements(changed.givenUp()));
                update.setArray(6, connection.createArrayOf("text", changed.changes().toArray()));
                update.setString(7, StockCodec.promised(changed.promised()));
                update.setArray(8, promisedSkus(connection, changed));
                update.setString(9, id.value());
                update.setString(10, expectedReservationKey);
                return holds(update).stream().findFirst();
            }
        });
    }

    @Override
    public void givenUpReturned(HoldId id, String reservationKey) {
        Require.nonNull(id, "id");
        Require.nonBlank(reservationKey, "reservationKey");
        transactions.run("hold given-up units returned", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE oms_hold SET given_up = '[]'"
                    + " WHERE hold_id = ? AND reservation_key = ? AND given_up <> '[]'")) {
                update.setString(1, id.value());
                update.setString(2, reservationKey);
                return update.executeUpdate();
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Found through the GIN index over the active holds' promised SKUs. Sorted here rather than in SQL:
     * {@code placed_at} is ISO text, whose order is not the instants' once fractions of a second differ
     * ({@code 10:00:00Z} sorts after {@code 10:00:00.5Z}), and the live holds promising one SKU are few.
     */
    @Override
    public List<Hold> livePromising(Sku sku, Instant now) {
        Require.nonNull(sku, "sku");
        Require.nonNull(now, "now");
        List<Hold> live = transactions.run("live holds promising a SKU", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM oms_hold"
                    + " WHERE state = 'ACTIVE' AND (expires_second, expires_nano) > (?, ?)"
                    + " AND promised_skus @> ARRAY[?]::text[]")) {
                select.setLong(1, now.getEpochSecond());
                select.setInt(2, now.getNano());
                select.setString(3, sku.code());
                return holds(select);
            }
        });
        live.sort(Comparator.comparing(Hold::placedAt).thenComparing(Hold::id));
        return live;
    }

    @Override
    public List<Hold> expiredBy(Instant now) {
        Require.nonNull(now, "now");
        return transactions.run("expired holds", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM oms_hold"
                    + " WHERE state = 'ACTIVE' AND (expires_second, expires_nano) <= (?, ?)"
                    + " ORDER BY expires_second, expires_nano, hold_id")) {
                select.setLong(1, now.getEpochSecond());
                select.setInt(2, now.getNano());
                return holds(select);
            }
        });
    }

    @Override
    public List<Hold> owingStock() {
        return transactions.run("holds owing stock", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM oms_hold"
                    + " WHERE state IN ('RELEASED', 'EXPIRED') AND NOT stock_returned"
                    + " ORDER BY expires_second, expires_nano, hold_id")) {
                return holds(select);
            }
        });
    }

    @Override
    public void stockReturned(HoldId id) {
        Require.nonNull(id, "id");
        transactions.run("hold stock returned", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE oms_hold SET stock_returned = TRUE"
                    + " WHERE hold_id = ? AND state IN ('RELEASED', 'EXPIRED')")) {
                update.setString(1, id.value());
                return update.executeUpdate();
            }
        });
    }

    private static Optional<Hold> find(Connection connection, HoldId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM oms_hold WHERE hold_id = ?")) {
            select.setString(1, id.value());
            return holds(select).stream().findFirst();
        }
    }

    private static Optional<Hold> update(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            return holds(update).stream().findFirst();
        }
    }

    /** The distinct SKUs the hold promises, the array its GIN index is built on. */
    private static Array promisedSkus(Connection connection, Hold hold) throws SQLException {
        return connection.createArrayOf("text", hold.promised().stream().map(p -> p.sku().code()).distinct().toArray());
    }

    private static List<Hold> holds(PreparedStatement statement) throws SQLException {
        List<Hold> holds = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                holds.add(new Hold(HoldId.of(rows.getString(1)), StockCodec.movements(rows.getString(2)), rows.getString(3),
                        Instant.parse(rows.getString(4)), Instant.ofEpochSecond(rows.getLong(5), rows.getInt(6)),
                        HoldState.valueOf(rows.getString(7)), Optional.ofNullable(rows.getString(8)),
                        StockCodec.movements(rows.getString(9)), List.of((String[]) rows.getArray(10).getArray()),
                        StockCodec.promised(rows.getString(11))));
            }
        }
        return holds;
    }
}
