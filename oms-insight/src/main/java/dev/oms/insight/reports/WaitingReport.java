// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Sku;
import io.vavr.Tuple2;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Backorder and pre-order aging, and pre-order demand against the caps: a snapshot of the units waiting in restock
 * queues at one instant.
 *
 * <p>Aging: the units in {@code BACKORDERED} and in {@code PREORDERED} per {@link AgeBand}, a unit's age being the time
 * since its order was placed (a unit waits from placement: it is backordered or pre-ordered as the order is taken, or
 * later when stock it was allocated is lost, which the order does not date; placement is the age the customer feels).
 * Rows run oldest band first. Orders placed after the instant are passed over.
 *
 * <p>Pre-order demand: the units in {@code PREORDERED} per SKU, beside the SKU's cap when the host gives one. The cap
 * ({@code Product.preorderCap}) bounds every unit ever pre-ordered on orders not cancelled, filled ones included, so
 * demand waiting can be below a cap that is already used up. SKUs with demand or a cap have a row, in SKU order.
 *
 * @param asOf the instant units are aged at
 * @param aging units waiting per age band, oldest band first
 * @param preorderDemand units waiting for release per SKU, with the SKU's cap
 */
public record WaitingReport(Instant asOf, List<Aging> aging, List<PreorderDemand> preorderDemand) {

    /**
     * The units waiting in one age band.
     *
     * @param band the band
     * @param backordered units backordered (waiting for stock)
     * @param preordered units pre-ordered (waiting for the release)
     */
    public record Aging(AgeBand band, long backordered, long preordered) {}

    /**
     * Pre-ordered units of one SKU waiting for its release.
     *
     * @param sku the SKU
     * @param units the units in {@code PREORDERED} over every order
     * @param cap the SKU's pre-order cap, when the host gave one
     */
    public record PreorderDemand(Sku sku, long units, OptionalLong cap) {}

    /**
     * Copies the rows, refusing nulls.
     *
     * @param asOf the instant units are aged at
     * @param aging units waiting per age band
     * @param preorderDemand units waiting for release per SKU
     */
    public WaitingReport {
        Objects.requireNonNull(asOf, "asOf is null");
        aging = List.copyOf(aging);
        preorderDemand = List.copyOf(preorderDemand);
    }

    /**
     * Ages the waiting units of the orders at an instant.
     *
     * @param orders the orders, in any order
     * @param asOf the instant to age them at
     * @param bandStarts where the age bands after the first start, e.g. 1, 7 and 30 days for bands
     *     {@code 0-1}, {@code 1-7}, {@code 7-30} and {@code 30+} days; strictly increasing and positive
     * @param caps the pre-order caps of the SKUs that have one
     * @return the report
     */
    public static WaitingReport of(Iterable<Order> orders, Instant asOf, List<Duration> bandStarts, Map<Sku, Long> caps) {
        Objects.requireNonNull(orders, "orders is null");
        Objects.requireNonNull(asOf, "asOf is null");
        Objects.requireNonNull(caps, "caps is null");
        List<AgeBand> bands = bands(bandStarts);
        long[] backordered = new long[bands.size()];
        long[] preordered = new long[bands.size()];
        Map<Sku, Long> demand = new TreeMap<>();
        caps.keySet().forEach(sku -> demand.put(sku, 0L));
        for (Order order : orders) {
            if (order.placedAt().isAfter(asOf)) {
                continue;
            }
            Duration age = Duration.between(order.placedAt(), asOf);
            int band = bandOf(bands, age);
            for (Tuple2<?, Line> entry : order.lines()) {
                Line line = entry._2;
                backordered[band] += line.count(Bucket.BACKORDERED);
                preordered[band] += line.count(Bucket.PREORDERED);
                if (line.count(Bucket.PREORDERED) > 0) {
                    demand.merge(line.sku(), line.count(Bucket.PREORDERED), Long::sum);
                }
            }
        }
        List<Aging> aging = new ArrayList<>();
        for (int b = bands.size() - 1; b >= 0; b--) {
            aging.add(new Aging(bands.get(b), backordered[b], preordered[b]));
        }
        List<PreorderDemand> rows = new ArrayList<>();
        demand.forEach((sku, units) -> rows.add(new PreorderDemand(sku, units,
                caps.containsKey(sku) ? OptionalLong.of(caps.get(sku)) : OptionalLong.empty())));
        return new WaitingReport(asOf, aging, rows);
    }

    private static List<AgeBand> bands(List<Duration> starts) {
        List<AgeBand> bands = new ArrayList<>();
        Duration from = Duration.ZERO;
        for (Duration start : Objects.requireNonNull(starts, "bandStarts is null")) {
            bands.add(new AgeBand(from, Optional.of(start))); // refuses a start not after the one before
            from = start;
        }
        bands.add(new AgeBand(from, Optional.empty()));
        return bands;
    }

    private static int bandOf(List<AgeBand> bands, Duration age) {
        int band = 0;
        while (!bands.get(band).holds(age)) {
            band++;
        }
        return band;
    }

    /** {@return the aging table, oldest band first, then the pre-order demand per SKU} */
    public String table() {
        TextTable agingTable = TextTable.titled("Units waiting by age at " + asOf, 1, "age", "backordered", "pre-ordered");
        aging.forEach(a -> agingTable.row(a.band().label(), a.backordered(), a.preordered()));
        TextTable demandTable = TextTable.titled("Pre-order demand at " + asOf, 1, "sku", "pre-ordered", "cap");
        preorderDemand.forEach(d -> demandTable.row(d.sku().code(), d.units(),
                d.cap().isPresent() ? Long.toString(d.cap().getAsLong()) : "none"));
        return agingTable.render() + '\n' + demandTable.render();
    }
}
