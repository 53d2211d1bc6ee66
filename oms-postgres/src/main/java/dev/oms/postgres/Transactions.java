// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one unit of work in one transaction. Serialization failures (SQLSTATE 40001, the normal outcome
 * of contention on YugabyteDB, and under SERIALIZABLE on PostgreSQL) and deadlocks
 * (40P01) abort the whole transaction, so the work is simply run again from the start, a few times.
 */
final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    static final int MAX_ATTEMPTS = 8;

    /** Work inside an open transaction. RuntimeExceptions roll it back and reach the caller unchanged. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The transaction {@link #atomically} opened on this thread, per data source. */
    private static final ThreadLocal<Map<DataSource, Joined>> OPEN = ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * An open transaction and the first statement that failed in it. PostgreSQL aborts a transaction at its
     * first error and answers a later COMMIT with a silent ROLLBACK, so once a joined call failed the whole
     * transaction must fail, even if its work caught the error and went on.
     */
    private static final class Joined {
        final Connection connection;
        SQLException failure;

        Joined(Connection connection) {
            this.connection = connection;
        }
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@return whether this thread runs inside {@link #atomically} on this data source} */
    boolean inAtomically() {
        return OPEN.get().containsKey(dataSource);
    }

    <T> T run(String what, Work<T> work) {
        return run(what, work, false);
    }

    /**
     * Runs a read of one round trip (one statement, or several sent together) as {@link #run} does, but on a
     * connection that auto-commits without BEGIN and COMMIT: the server runs the round trip as one implicit
     * transaction, so it is one round trip instead of two, and reads what the transaction would have read.
     */
    <T> T read(String what, Work<T> work) {
        return run(what, work, true);
    }

    private <T> T run(String what, Work<T> work, boolean oneRoundTripRead) {
        Joined joined = OPEN.get().get(dataSource);
        if (joined != null) {
            // Inside atomically: joined, committed or rolled back there, and never run again on its own.
            try {
                if (joined.failure != null) {
                    throw joined.failure;
                }
                return work.run(joined.connection);
            } catch (SQLException e) {
                joined.failure = joined.failure == null ? e : joined.failure;
                throw new StorageException(what + " failed", e.getSQLState(), e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return oneRoundTripRead ? readOnce(work) : once(work);
            } catch (SQLException e) {
                if (retriable(e) && attempt < MAX_ATTEMPTS) {
                    LOG.debug("{}: transaction aborted by {} (attempt {}), running it again", what, e.getSQLState(), attempt);
                    continue;
                }
                throw new StorageException(what + " failed", e.getSQLState(), e);
            }
        }
    }

    /**
     * Runs work in which every call of a store on this data source joins one transaction, committed when the
     * work returns and rolled back when it throws. Unlike {@link #run}, it is never run again after a
     * serialization failure: the work may have left effects outside the database (a cache), so its caller
     * decides. Nested calls join the transaction already open.
     */
    <T> T atomically(String what, Supplier<T> work) {
        Map<DataSource, Joined> open = OPEN.get();
        if (open.containsKey(dataSource)) {
            return work.get();
        }
        try {
            return once(connection -> {
                Joined joined = new Joined(connection);
                open.put(dataSource, joined);
                try {
                    T result = work.get();
                    if (joined.failure != null) {
                        throw joined.failure; // the work went on after a failed call: roll back, never commit
                    }
                    return result;
                } finally {
                    open.remove(dataSource);
                }
            });
        } catch (SQLException e) {
            throw new StorageException(what + " failed", e.getSQLState(), e);
        }
    }

    private <T> T readOnce(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getAutoCommit() ? work.run(connection) : inTransaction(connection, work);
        }
    }

    private <T> T once(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, work);
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (Throwable e) {
            // Errors too: the finally below would otherwise commit the half-done work.
            rollback(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static boolean retriable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
