// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of the allocated-lines read model ({@code oms_allocated_line}, V6), written inside the append's
 * transaction. {@code oms_order.allocated_lines} holds a signature of what the table holds for the order ("" for
 * nothing, NULL when not known), which the head move hands back: a commit that leaves the order's allocated lines
 * as they were, or that has none and had none, costs no statement on this table.
 */
final class AllocatedLineRows {
    /** The signature of an order with no allocated lines. */
    static final String NONE = "";
    private static final String COLUMNS = "order_id, line_id, location_id, sku, quantity, placed_at_ns";
    private static final String NEWEST_FIRST = " ORDER BY placed_at_ns DESC, order_id DESC, line_id DESC";

    private AllocatedLineRows() {}

    /** {@return a signature of the lines: equal lists, equal signatures; {@link #NONE} for no line} */
    static String signature(List<AllocatedLine> lines) {
        if (lines.isEmpty()) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        for (AllocatedLine line : lines) {
            // Lengths first, so no two different lists join to the same text.
            for (String part : List.of(line.lineId().value(), line.locationId().value(), line.sku().code())) {
                text.append(part.length()).append(':').append(part);
            }
            text.append(line.quantity()).append('@').append(ReadModelRows.nanos(line.placedAt())).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Adds the statements replacing the order's allocated lines to {@code writes}, given the signature of those
     * stored ({@code null}: not known); the caller holds the order's head row and has stored the new signature on it.
     */
    static void replace(OneRoundTrip writes, OrderSummary summary, String storedSignature) {
        List<AllocatedLine> lines = summary.allocated();
        if (Objects.equals(storedSignature, signature(lines))) {
            return;
        }
        if (!NONE.equals(storedSignature)) {
            writes.statement("DELETE FROM oms_allocated_line WHERE order_id = ?").text(summary.orderId().value());
        }
        for (int i = 0; i < lines.size(); i++) {
            AllocatedLine line = lines.get(i);
            if (i == 0) {
                writes.statement("INSERT INTO oms_allocated_line (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
            } else {
                writes.more(", (?, ?, ?, ?, ?, ?)");
            }
            writes.text(line.orderId().value()).text(line.lineId().value()).text(line.locationId().value())
                    .text(line.sku().code()).number(line.quantity()).number(ReadModelRows.nanos(line.placedAt()));
        }
    }

    /** The lines allocated at the SKU's location, newest order first, by the shelf index. */
    static List<AllocatedLine> allocatedAt(Connection connection, Sku sku, LocationId locationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM oms_allocated_line WHERE sku = ? AND location_id = ?" + NEWEST_FIRST)) {
            select.setString(1, sku.code());
            select.setString(2, locationId.value());
            List<AllocatedLine> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(line(rows));
                }
            }
            return lines;
        }
    }

    /** The allocated lines of the orders, by line and location within each, read in one query. */
    static Map<OrderId, List<AllocatedLine>> of(Connection connection, Collection<OrderId> orders) throws SQLException {
        Map<OrderId, List<AllocatedLine>> lines = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM oms_allocated_line WHERE order_id = ANY (?) ORDER BY order_id, line_id, location_id")) {
            select.setArray(1, connection.createArrayOf("varchar", orders.stream().map(OrderId::value).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    AllocatedLine line = line(rows);
                    lines.computeIfAbsent(line.orderId(), id -> new ArrayList<>()).add(line);
                }
            }
        }
        return lines;
    }

    private static AllocatedLine line(ResultSet rows) throws SQLException {
        return new AllocatedLine(OrderId.of(rows.getString(1)), LineId.of(rows.getString(2)), Sku.of(rows.getString(4)),
                LocationId.of(rows.getString(3)), rows.getLong(5), ReadModelRows.instant(rows.getLong(6)));
    }
}
