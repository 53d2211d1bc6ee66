// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.Race;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link PostgresHoldStore} under real concurrency, beyond the testkit contract: many threads on one hold,
 * at PostgreSQL's default READ COMMITTED, at REPEATABLE READ (YugabyteDB's default, Snapshot) and at
 * SERIALIZABLE, where the losers are aborted with 40001 and retried, and expiry judged by
 * the caller's instant only.
 */
class PostgresHoldStoreRaceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    /** Below the test pool's 12 connections, so every racer holds one at the same time. */
    private static final int RACERS = 10;
    private static final int ROUNDS = 15;

    @ParameterizedTest
    @ValueSource(ints = {Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE})
    void ofManyThreadsEndingOneHoldExactlyOneWins(int isolation) {
        var store = new PostgresHoldStore(at(isolation, TestDatabase.reset()));
        for (int round = 0; round < ROUNDS; round++) {
            HoldId id = HoldId.of("cart-" + round);
            store.create(hold(id, NOW.plus(Duration.ofMinutes(15))));

            List<Optional<Hold>> won = Race.run(RACERS, racer -> switch (racer % 3) {
                case 0 -> store.end(id, HoldState.CONSUMED, Optional.of("ORD-" + racer));
                case 1 -> store.end(id, HoldState.RELEASED, Optional.empty());
                default -> store.end(id, HoldState.EXPIRED, Optional.empty());
            });

            List<Hold> winners = won.stream().flatMap(Optional::stream).toList();
            assertThat(winners).as("round %d", round).hasSize(1);
            assertThat(store.find(id)).contains(winners.get(0));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE})
    void ofThreadsReopeningAndEndingAConsumedHoldOnlyTheConsumingOrderReopensItAndOnlyOnce(int isolation) {
        var store = new PostgresHoldStore(at(isolation, TestDatabase.reset()));
        for (int round = 0; round < ROUNDS; round++) {
            HoldId id = HoldId.of("cart-" + round);
            store.create(hold(id, NOW.plus(Duration.ofMinutes(15))));
            store.end(id, HoldState.CONSUMED, Optional.of("ORD-1"));

            // Racers 0..4 reopen (odd ones as the wrong order), 5..9 try to release.
            List<String> outcomes = Race.run(RACERS, racer -> racer < RACERS / 2
                    ? store.reopen(id, racer % 2 == 0 ? "ORD-1" : "ORD-2").map(h -> "reopened by " + (racer % 2 == 0 ? "ORD-1" : "ORD-2")).orElse("-")
                    : store.end(id, HoldState.RELEASED, Optional.empty()).map(h -> "released").orElse("-"));

            assertThat(outcomes).as("round %d", round).containsOnlyOnce("reopened by ORD-1").doesNotContain("reopened by ORD-2");
            long released = outcomes.stream().filter("released"::equals).count();
            assertThat(released).isLessThanOrEqualTo(1);
            assertThat(store.find(id).orElseThrow().state()).isEqualTo(released == 1 ? HoldState.RELEASED : HoldState.ACTIVE);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE})
    void ofChangesRacingAReleaseAtMostOneChangesAndTheReleaseEndsTheVersionThatStands(int isolation) {
        var store = new PostgresHoldStore(at(isolation, TestDatabase.reset()));
        for (int round = 0; round < ROUNDS; round++) {
            HoldId id = HoldId.of("cart-" + round);
            Hold first = store.create(hold(id, NOW.plus(Duration.ofMinutes(15))));

            // Racers 0..5 change the version they read (each to its own quantity), 6..9 release.
            List<Optional<Hold>> outcomes = Race.run(RACERS, racer -> racer < 6
                    ? store.change(id, first.reservationKey(), first.changed(List.of(new StockMovement(Sku.of("SHOE"),
                            LocationId.of("WH-1"), racer + 3)), "K-" + racer, first.expiresAt(), List.of(), "c-" + racer))
                    : store.end(id, HoldState.RELEASED, Optional.empty()));

            List<Hold> changes = outcomes.subList(0, 6).stream().flatMap(Optional::stream).toList();
            List<Hold> releases = outcomes.subList(6, RACERS).stream().flatMap(Optional::stream).toList();
            Hold stored = store.find(id).orElseThrow();
            assertThat(changes).as("round %d", round).hasSizeLessThanOrEqualTo(1);
            assertThat(releases).as("round %d", round).containsExactly(stored);
            assertThat(stored.movements()).isEqualTo(changes.isEmpty() ? first.movements() : changes.get(0).movements());
        }
    }

    @Test
    void expiryFollowsTheInstantPassedInNeverTheDatabaseClock() {
        var store = new PostgresHoldStore(TestDatabase.reset());
        Instant farFuture = Instant.parse("2199-01-01T00:00:00Z");
        Instant longAgo = Instant.parse("1990-01-01T00:00:00Z");
        store.create(new Hold(HoldId.of("future"), movements(), "k-future", farFuture.minusSeconds(60), farFuture,
                HoldState.ACTIVE, Optional.empty()));
        store.create(new Hold(HoldId.of("past"), movements(), "k-past", longAgo.minusSeconds(60), longAgo,
                HoldState.ACTIVE, Optional.empty()));

        assertThat(store.expiredBy(longAgo.minusNanos(1))).isEmpty();
        assertThat(store.expiredBy(longAgo)).extracting(Hold::id).containsExactly(HoldId.of("past"));
        assertThat(store.expiredBy(farFuture.minusNanos(1))).extracting(Hold::id).containsExactly(HoldId.of("past"));
        assertThat(store.expiredBy(farFuture)).extracting(Hold::id).containsExactly(HoldId.of("past"), HoldId.of("future"));
    }

    @Test
    void endingWithAnOrderThatDoesNotFitTheStateIsABadArgumentNotAStorageFailure() {
        var store = new PostgresHoldStore(TestDatabase.reset());
        HoldId id = HoldId.of("cart");
        Hold active = store.create(hold(id, NOW.plus(Duration.ofMinutes(15))));

        // The in-memory store refuses these the same way (Hold's own rule): a caller's mistake, not a database fault.
        assertThatThrownBy(() -> store.end(id, HoldState.CONSUMED, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.end(id, HoldState.RELEASED, Optional.of("ORD-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(id)).contains(active);
    }

    private static Hold hold(HoldId id, Instant expiresAt) {
        return Hold.active(id, movements(), "hold:" + id + ":K1", NOW, expiresAt);
    }

    private static List<StockMovement> movements() {
        return List.of(new StockMovement(Sku.of("SHOE"), LocationId.of("WH-1"), 2));
    }

    /** The pool's connections at {@code isolation}; the pool puts the level back when a connection returns. */
    private static DataSource at(int isolation, DataSource pool) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = pool.getConnection();
                connection.setTransactionIsolation(isolation);
                return connection;
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {}

            @Override
            public void setLoginTimeout(int seconds) {}

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
