// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.codec.StockCodec;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockView;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The reads of {@code oms_location} and {@code oms_stock}, on the caller's connection (and so its transaction). */
final class StockReads {
    private static final Comparator<StockLevel> BY_LOCATION = Comparator.comparing(StockLevel::locationId);
    private static final String LOCATIONS =
            "SELECT location_id, name, type, priority, active, address FROM oms_location ORDER BY added_seq";
    private static final String STOCK =
            "SELECT sku, location_id, on_hand, reserved, ring_fenced, bin FROM oms_stock WHERE sku = ANY (?)";

    private StockReads() {}

    /** The stock record of a SKU at a location, if there is one. */
    static io.vavr.control.Option<StockLevel> stockAt(Connection connection, Sku sku, LocationId locationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sku, location_id, on_hand, reserved, ring_fenced, bin FROM oms_stock WHERE sku = ? AND location_id = ?")) {
            select.setString(1, sku.code());
            select.setString(2, locationId.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? io.vavr.control.Option.some(StockRow.level(rows)) : io.vavr.control.Option.none();
            }
        }
    }

    /** Every location, in the order they were first added. */
    static List<Location> locations(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCATIONS); ResultSet rows = select.executeQuery()) {
            return locations(rows);
        }
    }

    /**
     * The locations and the stock of each SKU, as {@link #locations} and {@link #stockOf} answer them, both read in
     * one round trip (two statements in one {@link PreparedStatement}, as {@link OneRoundTrip} sends writes).
     */
    static StockView view(Connection connection, Collection<Sku> skus) throws SQLException {
        List<String> codes = codes(skus);
        if (codes.isEmpty()) {
            return new StockView(locations(connection), List.of());
        }
        Array array = connection.createArrayOf("text", codes.toArray());
        try (PreparedStatement select = connection.prepareStatement(LOCATIONS + ";\n" + STOCK)) {
            select.setArray(1, array);
            select.execute();
            List<Location> locations;
            try (ResultSet rows = select.getResultSet()) {
                locations = locations(rows);
            }
            if (!select.getMoreResults()) {
                throw new SQLException("the stock query answered no rows");
            }
            try (ResultSet rows = select.getResultSet()) {
                return new StockView(locations, levels(rows, codes));
            }
        } finally {
            array.free();
        }
    }

    private static List<Location> locations(ResultSet rows) throws SQLException {
        List<Location> locations = new ArrayList<>();
        while (rows.next()) {
            String address = rows.getString(6);
            locations.add(new Location(LocationId.of(rows.getString(1)), rows.getString(2),
                    LocationType.valueOf(rows.getString(3)), rows.getInt(4),
                    address == null ? Optional.empty() : Optional.of(StockCodec.address(address)),
                    rows.getBoolean(5)));
        }
        return List.copyOf(locations);
    }

    /**
     * The stock of each SKU, SKUs in the order given and each SKU's levels sorted by location id (in Java, so
     * the order does not depend on the database collation); one statement however many SKUs.
     */
    static List<StockLevel> stockOf(Connection connection, Collection<Sku> skus) throws SQLException {
        List<String> codes = codes(skus);
        if (codes.isEmpty()) {
            return new ArrayList<>();
        }
        Array array = connection.createArrayOf("text", codes.toArray());
        try (PreparedStatement select = connection.prepareStatement(STOCK)) {
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                return levels(rows, codes);
            }
        } finally {
            array.free();
        }
    }

    private static List<String> codes(Collection<Sku> skus) {
        return new LinkedHashSet<>(skus).stream().map(Sku::code).toList();
    }

    private static List<StockLevel> levels(ResultSet rows, List<String> codes) throws SQLException {
        List<StockLevel> found = new ArrayList<>();
        while (rows.next()) {
            found.add(StockRow.level(rows));
        }
        Comparator<StockLevel> bySkuAsked = Comparator.comparingInt(level -> codes.indexOf(level.sku().code()));
        found.sort(bySkuAsked.thenComparing(BY_LOCATION));
        return found;
    }

    /**
     * Every stock record promised beyond what is on hand, by SKU and location. Such a record always has a shortfall
     * (the CHECK of V6), and the partial index of V20 holds only the rows with one, so the read costs the records
     * an adjustment left short, not the stock table.
     */
    static List<StockLevel> overpromised(Connection connection) throws SQLException {
        List<StockLevel> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sku, location_id, on_hand, reserved, ring_fenced, bin FROM oms_stock "
                        + "WHERE shortfall > 0 AND reserved + ring_fenced > on_hand ORDER BY sku, location_id")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(StockRow.level(rows));
                }
            }
        }
        return found;
    }
}
