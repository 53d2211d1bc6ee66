// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SKU's waiting units summed per channel, bucket and location waited at, in one aggregate over the SKU's range
 * of the restock queue's primary key: a few rows cross the wire however long the queue, and nothing is parsed per
 * waiting line. The server still visits every waiting line of the SKU (see the README's growth section).
 */
final class WaitingTotalRows {
    private static final String TOTALS = "SELECT channel, queue_rank, waits_at, SUM(quantity) FROM oms_waiting_line"
            + " WHERE sku = ? AND order_id <> ? GROUP BY channel, queue_rank, waits_at";

    private WaitingTotalRows() {}

    static List<WaitingTotal> totals(Connection connection, Sku sku, Optional<OrderId> except) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(TOTALS)) {
            select.setString(1, sku.code());
            // No order id is empty, so "" leaves every order in.
            select.setString(2, except.map(OrderId::value).orElse(""));
            List<WaitingTotal> totals = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Bucket bucket = rows.getShort(2) == 0 ? Bucket.PREORDERED : Bucket.BACKORDERED;
                    totals.add(new WaitingTotal(sku, new Channel(rows.getString(1)), bucket,
                            Optional.ofNullable(rows.getString(3)).map(LocationId::of), rows.getLong(4)));
                }
            }
            return totals;
        }
    }
}
