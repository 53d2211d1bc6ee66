// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Several writes sent in one round trip: their texts joined by {@code ;} in one {@link PreparedStatement}, which
 * the PostgreSQL JDBC driver sends as one message sequence closed by one Sync (extended protocol), each
 * statement parsed, bound and run by the server as if sent alone, in order. Each is plain SQL, so this is
 * no feature a server could refuse. For writes whose outcome the caller does not branch on: a statement
 * that fails throws, the server skips the rest, and the transaction is aborted as it would be anyway.
 */
final class OneRoundTrip {
    /** Binds one parameter. */
    @FunctionalInterface
    private interface Parameter {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Parameter> parameters = new ArrayList<>();

    /** Adds a statement; its parameters follow, in order. */
    OneRoundTrip statement(String text) {
        sql.append(sql.isEmpty() ? "" : ";\n").append(text);
        return this;
    }

    /** Appends {@code text} to the last statement, for one more row of a multi-row {@code VALUES}. */
    OneRoundTrip more(String text) {
        sql.append(text);
        return this;
    }

    OneRoundTrip text(String value) {
        parameters.add((statement, index) -> statement.setString(index, value));
        return this;
    }

    OneRoundTrip number(long value) {
        parameters.add((statement, index) -> statement.setLong(index, value));
        return this;
    }

    OneRoundTrip flag(boolean value) {
        parameters.add((statement, index) -> statement.setBoolean(index, value));
        return this;
    }

    OneRoundTrip small(int value) {
        parameters.add((statement, index) -> statement.setShort(index, (short) value));
        return this;
    }

    OneRoundTrip integer(int value) {
        parameters.add((statement, index) -> statement.setInt(index, value));
        return this;
    }

    /** Binds the {@code timestamptz} part of an instant as {@link StoredInstants} stores it. */
    OneRoundTrip at(Instant value) {
        parameters.add((statement, index) -> statement.setObject(index, StoredInstants.micros(value)));
        return this;
    }

    /** Binds the nanoseconds part of an instant as {@link StoredInstants} stores it. */
    OneRoundTrip nanos(Instant value) {
        parameters.add((statement, index) -> statement.setShort(index, StoredInstants.nanos(value)));
        return this;
    }

    /** Sends every statement added, in one round trip. */
    void execute(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                parameters.get(i).bind(statement, i + 1);
            }
            statement.execute();
        }
    }
}
