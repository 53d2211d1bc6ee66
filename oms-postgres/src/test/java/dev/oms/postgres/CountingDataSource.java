// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Counts connections taken and the transactions run on them: commits, rollbacks, and statements executed
 * with auto-commit on (each its own transaction). The adapters take one connection per call and commit
 * once on it, so the two counts agree today; counting commits says so instead of assuming it.
 *
 * <p>Also counts, per SQL text, the round trips that executed it (an {@code executeBatch} is one) and the
 * statements the server ran (each row of a batch is one), with commits, rollbacks and savepoints under
 * their own names, and how long the callers waited for them: what {@link #statements()} answers.
 */
final class CountingDataSource implements DataSource {
    private final DataSource real;
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();
    private final AtomicLong autoCommitStatements = new AtomicLong();
    private final Map<String, Executions> statements = new ConcurrentHashMap<>();

    CountingDataSource(DataSource real) {
        this.real = real;
    }

    long connections() {
        return connections.get();
    }

    long commits() {
        return commits.get();
    }

    long rollbacks() {
        return rollbacks.get();
    }

    long autoCommitStatements() {
        return autoCommitStatements.get();
    }

    /** Every transaction the database ran for callers: commits, rollbacks and auto-committed statements. */
    long transactions() {
        return commits.get() + rollbacks.get() + autoCommitStatements.get();
    }

    /** Per SQL text (sorted): {round trips, statements run, nanoseconds waited for them}, so far. */
    Map<String, long[]> statements() {
        Map<String, long[]> copy = new TreeMap<>();
        statements.forEach((sql, counts) -> copy.put(sql,
                new long[] {counts.roundTrips.sum(), counts.run.sum(), counts.nanos.sum()}));
        return copy;
    }

    /** The round trips and statements one SQL text cost, and the time the caller waited for them. */
    private static final class Executions {
        final LongAdder roundTrips = new LongAdder();
        final LongAdder run = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }

    private Object executed(String sql, long run, Object target, Method method, Object[] args) throws Throwable {
        long started = System.nanoTime();
        try {
            return invoke(target, method, args);
        } finally {
            Executions counts = statements.computeIfAbsent(sql, s -> new Executions());
            counts.roundTrips.increment();
            counts.run.add(run);
            counts.nanos.add(System.nanoTime() - started);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        connections.incrementAndGet();
        return counted(real.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        connections.incrementAndGet();
        return counted(real.getConnection(username, password));
    }

    private Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    boolean whole = args == null || args.length == 0;
                    Object result = switch (method.getName()) {
                        case "commit" -> {
                            commits.incrementAndGet();
                            yield executed("COMMIT", 1, connection, method, args);
                        }
                        case "rollback" -> {
                            if (whole) {
                                rollbacks.incrementAndGet();
                            }
                            yield executed(whole ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT", 1, connection, method, args);
                        }
                        case "setSavepoint" -> executed("SAVEPOINT", 1, connection, method, args);
                        case "releaseSavepoint" -> executed("RELEASE SAVEPOINT", 1, connection, method, args);
                        default -> invoke(connection, method, args);
                    };
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                    return result instanceof Statement statement ? counted(statement, connection, sql) : result;
                });
    }

    /** Counts executions while the connection auto-commits: each is a transaction of its own. */
    private Statement counted(Statement statement, Connection connection, String prepared) {
        Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        LongAdder batched = new LongAdder();
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("execute") && connection.getAutoCommit()) {
                        autoCommitStatements.incrementAndGet();
                    }
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
                    if (name.equals("addBatch")) {
                        batched.increment();
                    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                        return executed(sql, batched.sumThenReset() * statementsIn(sql), statement, method, args);
                    } else if (name.startsWith("execute")) {
                        return executed(sql, statementsIn(sql), statement, method, args);
                    }
                    return invoke(statement, method, args);
                });
    }

    /** The statements in a text the driver sends in one round trip, as {@link OneRoundTrip} joins them. */
    private static long statementsIn(String sql) {
        // Counted by hand: split(";\n") compiles a pattern on every call, CPU the measured placements compete for.
        if (sql == null) {
            return 1;
        }
        long statements = 1;
        for (int at = sql.indexOf(";\n"); at >= 0; at = sql.indexOf(";\n", at + 2)) {
            statements++;
        }
        return statements;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return real.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return real.isWrapperFor(type);
    }
}
