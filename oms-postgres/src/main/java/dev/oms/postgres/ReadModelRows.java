// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the order store's read models ({@code oms_order_summary}, {@code oms_waiting_line}, V5; the allocated
 * lines of V6 are {@link AllocatedLineRows}): written inside the append's transaction, read by keyset queries that
 * each walk one index.
 */
final class ReadModelRows {
    private static final String SUMMARY_COLUMNS =
            "order_id, channel, external_id, customer, status, placed_at_ns, version, owes_effects";
    private static final String NEWEST_FIRST = " ORDER BY placed_at_ns DESC, order_id DESC LIMIT ?";
    private static final String WAITING_LINES =
            "SELECT sku, queue_rank, placed_at_ns, order_id, line_id, channel, quantity, waits_at FROM oms_waiting_line";
    private static final String QUEUE_ORDER = " ORDER BY queue_rank, placed_at_ns, order_id, line_id";

    private ReadModelRows() {}

    /**
     * Adds the statements replacing the order's summary and waiting lines to {@code writes}; the caller holds the
     * order's head row, and says whether the order may have waiting lines stored (when not, none are deleted).
     */
    static void replace(OneRoundTrip writes, OrderSummary summary, boolean mayHaveWaitingLines) {
        writes.statement("INSERT INTO oms_order_summary (" + SUMMARY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version,"
                        + " owes_effects = EXCLUDED.owes_effects")
                .text(summary.orderId().value()).text(summary.channel().code()).text(summary.externalId())
                .text(summary.customer().value()).text(summary.status().name()).number(nanos(summary.placedAt()))
                .number(summary.version()).flag(summary.owesEffects());
        if (mayHaveWaitingLines) {
            writes.statement("DELETE FROM oms_waiting_line WHERE order_id = ?").text(summary.orderId().value());
        }
        String row = "(?, ?, ?, ?, ?, ?, ?, ?)";
        List<WaitingLine> lines = summary.waiting();
        for (int i = 0; i < lines.size(); i++) {
            WaitingLine line = lines.get(i);
            if (i == 0) {
                writes.statement("INSERT INTO oms_waiting_line"
                        + " (sku, queue_rank, placed_at_ns, order_id, line_id, channel, quantity, waits_at) VALUES " + row);
            } else {
                writes.more(", " + row);
            }
            writes.text(line.sku().code()).small(line.bucket() == Bucket.PREORDERED ? 0 : 1).number(nanos(line.placedAt()))
                    .text(line.orderId().value()).text(line.lineId().value()).text(line.channel().code())
                    .number(line.quantity()).text(line.waitsAt().map(LocationId::value).orElse(null));
        }
    }

    static List<WaitingLine> waitingFor(Connection connection, Sku sku) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(WAITING_LINES + " WHERE sku = ?" + QUEUE_ORDER)) {
            select.setString(1, sku.code());
            List<WaitingLine> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(waitingLine(rows));
                }
            }
            return lines;
        }
    }

    /** A page of the SKU's queue after a line, by keyset on the primary key, which is the queue's order. */
    static List<WaitingLine> waitingAfter(Connection connection, Sku sku, Optional<WaitingLine> after, int limit)
            throws SQLException {
        String from = after.isEmpty() ? "" : " AND (queue_rank, placed_at_ns, order_id, line_id) > (?, ?, ?, ?)";
        try (PreparedStatement select = connection.prepareStatement(WAITING_LINES + " WHERE sku = ?" + from + QUEUE_ORDER + " LIMIT ?")) {
            int parameter = 1;
            select.setString(parameter++, sku.code());
            if (after.isPresent()) {
                WaitingLine line = after.get();
                select.setShort(parameter++, (short) (line.bucket() == Bucket.PREORDERED ? 0 : 1));
                select.setLong(parameter++, nanos(line.placedAt()));
                select.setString(parameter++, line.orderId().value());
                select.setString(parameter++, line.lineId().value());
            }
            select.setInt(parameter, limit);
            List<WaitingLine> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(waitingLine(rows));
                }
            }
            return lines;
        }
    }

    static List<Sku> skusWaiting(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT sku FROM oms_waiting_line ORDER BY sku");
                ResultSet rows = select.executeQuery()) {
            List<Sku> skus = new ArrayList<>();
            while (rows.next()) {
                skus.add(Sku.of(rows.getString(1)));
            }
            return skus;
        }
    }

    static Page<OrderId> owingEffects(Connection connection, PageRequest page) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT order_id FROM oms_order_summary"
                + " WHERE owes_effects AND order_id > ? ORDER BY order_id LIMIT ?")) {
            select.setString(1, page.after().orElse(""));
            select.setInt(2, page.size() + 1);
            List<OrderId> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(OrderId.of(rows.getString(1)));
                }
            }
            boolean more = ids.size() > page.size();
            List<OrderId> items = more ? ids.subList(0, page.size()) : ids;
            return new Page<>(items, more ? Optional.of(items.get(items.size() - 1).value()) : Optional.empty());
        }
    }

    static Page<OrderSummary> ordersOf(Connection connection, CustomerRef customer, PageRequest page) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(customer.value()));
        return listing(connection, "customer = ?", parameters, page);
    }

    static Page<OrderSummary> orders(Connection connection, OrderFilter filter, PageRequest page) throws SQLException {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        List<Object> parameters = new ArrayList<>();
        filter.status().ifPresent(status -> {
            conditions.add("status = ?");
            parameters.add(status.name());
        });
        filter.channel().ifPresent(channel -> {
            conditions.add("channel = ?");
            parameters.add(channel.code());
        });
        filter.placedFrom().ifPresent(from -> {
            conditions.add("placed_at_ns >= ?");
            parameters.add(nanos(from));
        });
        filter.placedBefore().ifPresent(before -> {
            conditions.add("placed_at_ns < ?");
            parameters.add(nanos(before));
        });
        return listing(connection, String.join(" AND ", conditions), parameters, page);
    }

    /** Newest first from the cursor: the row-value comparison walks the index from where the last page ended. */
    private static Page<OrderSummary> listing(Connection connection, String where, List<Object> parameters, PageRequest page)
            throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM oms_order_summary WHERE " + where;
        List<Object> bound = new ArrayList<>(parameters);
        if (page.after().isPresent()) {
            Cursor cursor = Cursor.parse(page.after().get());
            sql += " AND (placed_at_ns, order_id) < (?, ?)";
            bound.add(cursor.placedAtNanos());
            bound.add(cursor.orderId());
        }
        bound.add(page.size() + 1);
        try (PreparedStatement select = connection.prepareStatement(sql + NEWEST_FIRST)) {
            for (int i = 0; i < bound.size(); i++) {
                select.setObject(i + 1, bound.get(i));
            }
            List<OrderSummary> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(summary(rows));
                }
            }
            boolean more = found.size() > page.size();
            List<OrderSummary> items = withLines(connection, more ? found.subList(0, page.size()) : found);
            OrderSummary last = more ? items.get(items.size() - 1) : null;
            return new Page<>(items, more ? Optional.of(new Cursor(nanos(last.placedAt()), last.orderId().value()).text())
                    : Optional.empty());
        }
    }

    private static OrderSummary summary(ResultSet rows) throws SQLException {
        return new OrderSummary(OrderId.of(rows.getString(1)), new Channel(rows.getString(2)), rows.getString(3),
                CustomerRef.of(rows.getString(4)), OrderStatus.valueOf(rows.getString(5)), instant(rows.getLong(6)),
                rows.getLong(7), rows.getBoolean(8), List.of());
    }

    /** The page's summaries with their waiting and allocated lines, read in one query per table for the whole page. */
    private static List<OrderSummary> withLines(Connection connection, List<OrderSummary> page) throws SQLException {
        if (page.isEmpty()) {
            return page;
        }
        Map<OrderId, List<WaitingLine>> lines = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(WAITING_LINES + " WHERE order_id = ANY (?)" + QUEUE_ORDER)) {
            select.setArray(1, connection.createArrayOf("varchar", page.stream().map(s -> s.orderId().value()).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    WaitingLine line = waitingLine(rows);
                    lines.computeIfAbsent(line.orderId(), id -> new ArrayList<>()).add(line);
                }
            }
        }
        Map<OrderId, List<AllocatedLine>> allocated = AllocatedLineRows.of(connection, page.stream().map(OrderSummary::orderId).toList());
        return page.stream().map(s -> new OrderSummary(s.orderId(), s.channel(), s.externalId(), s.customer(), s.status(),
                s.placedAt(), s.version(), s.owesEffects(), lines.getOrDefault(s.orderId(), List.of()),
                allocated.getOrDefault(s.orderId(), List.of()))).toList();
    }

    private static WaitingLine waitingLine(ResultSet rows) throws SQLException {
        return new WaitingLine(OrderId.of(rows.getString(4)), LineId.of(rows.getString(5)), Sku.of(rows.getString(1)),
                new Channel(rows.getString(6)), rows.getShort(2) == 0 ? Bucket.PREORDERED : Bucket.BACKORDERED,
                rows.getLong(7), instant(rows.getLong(3)), Optional.ofNullable(rows.getString(8)).map(LocationId::of));
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Where a listing page ended: the last order's placement time and id. */
    private record Cursor(long placedAtNanos, String orderId) {
        String text() {
            return placedAtNanos + "|" + orderId;
        }

        static Cursor parse(String text) {
            int bar = text.indexOf('|');
            try {
                return new Cursor(Long.parseLong(text.substring(0, Math.max(bar, 0))), text.substring(bar + 1));
            } catch (NumberFormatException notOurs) {
                throw new IllegalArgumentException("not a cursor this listing handed out: " + text, notOurs);
            }
        }
    }
}
