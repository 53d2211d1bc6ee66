// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How far the PostgreSQL outbox relay is behind: the events not yet delivered and the age of the oldest
 * of them, read from {@code oms_outbox} (one aggregate over its rows: one per commit still owing events).
 */
public final class OutboxMonitor {
    private final DataSource dataSource;
    private final Clock clock;

    /**
     * A monitor of the outbox in a database.
     *
     * @param dataSource the database holding {@code oms_outbox}
     * @param clock the clock the lag is measured against
     */
    public OutboxMonitor(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Reads the undelivered events now.
     *
     * @return how many events are undelivered and when the oldest was recorded
     * @throws IllegalStateException when the outbox cannot be read
     */
    public Backlog backlog() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COALESCE(SUM(event_count - delivered_events), 0), MIN(recorded_at) FROM oms_outbox")) {
            row.next();
            long pending = row.getLong(1);
            Timestamp oldest = row.getTimestamp(2);
            return new Backlog(pending, Optional.ofNullable(oldest).map(Timestamp::toInstant));
        } catch (SQLException e) {
            throw new IllegalStateException("oms outbox not readable (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Reads the lag now.
     *
     * @return how long the oldest undelivered event has waited, zero when none waits
     * @throws IllegalStateException when the outbox cannot be read
     */
    public Duration lag() {
        return lag(backlog());
    }

    /**
     * The lag of a backlog read before, measured against the clock now.
     *
     * @param backlog the backlog read
     * @return how long its oldest event has waited, zero when none waits
     */
    public Duration lag(Backlog backlog) {
        return backlog.oldest().map(oldest -> Duration.between(oldest, clock.instant()))
                .filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }

    /**
     * Undelivered events and when the oldest was recorded.
     *
     * @param pending how many events are undelivered
     * @param oldest when the oldest undelivered event was recorded, empty when none is
     */
    public record Backlog(long pending, Optional<Instant> oldest) {}
}
