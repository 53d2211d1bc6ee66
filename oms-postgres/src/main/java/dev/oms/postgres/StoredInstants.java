// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in a {@code timestamptz} column and a nanoseconds column beside it: {@code timestamptz} keeps
 * microseconds (and would round the rest), an {@link Instant} nanoseconds, and a stored commit must read back
 * exactly as it was appended. The column holds the instant truncated to the microsecond, so it sorts and
 * compares as the instant does; the nanoseconds column holds the 0 to 999 nanoseconds past it.
 */
final class StoredInstants {
    private StoredInstants() {}

    /** Binds {@code instant} to the {@code timestamptz} parameter {@code at} and the nanoseconds one {@code nanos}. */
    static void bind(PreparedStatement statement, int at, int nanos, Instant instant) throws SQLException {
        statement.setObject(at, micros(instant));
        statement.setShort(nanos, nanos(instant));
    }

    /** The {@code timestamptz} value of {@code instant}: truncated to the microsecond. */
    static OffsetDateTime micros(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** The nanoseconds of {@code instant} past its {@link #micros}. */
    static short nanos(Instant instant) {
        return (short) (instant.getNano() % 1_000);
    }

    /** The instant of the {@code timestamptz} column {@code at} and the nanoseconds column {@code nanos}. */
    static Instant read(ResultSet rows, int at, int nanos) throws SQLException {
        return rows.getObject(at, OffsetDateTime.class).toInstant().plusNanos(rows.getShort(nanos));
    }
}
