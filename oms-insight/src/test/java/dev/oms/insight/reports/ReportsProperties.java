// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.WaitingFor;
import dev.oms.insight.reports.RandomHistories.PlannedOrder;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;

/**
 * Reports agree with the stored events: each property runs a random history through the facade, computes a report
 * from the orders the facade lists, and recomputes the report's figures by brute force from each order's event log
 * ({@link StoredHistory}), never from the order model the reports read.
 */
class ReportsProperties {
    private static final List<Duration> BAND_STARTS = List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

    @Property(tries = 60)
    void salesAreTheUnitsNotCancelledOfTheOrdersPlacedInThePeriod(@ForAll("histories") List<PlannedOrder> plans,
            @ForAll @IntRange(max = 100) int fromHour, @ForAll @IntRange(max = 1500) int hours, @ForAll("zones") ZoneId zone) {
        ReportShop shop = RandomHistories.run(plans);
        ReportPeriod period = period(fromHour, hours);

        SalesReport report = SalesReport.of(shop.orders(), period, zone);

        Map<List<String>, SalesRow> byChannel = new HashMap<>();
        Map<List<String>, SalesRow> byDay = new HashMap<>();
        Map<List<String>, SalesRow> bySku = new HashMap<>();
        for (StoredHistory order : placedIn(StoredHistory.of(shop), period)) {
            for (PlacedLine line : order.placed.lines()) {
                long units = order.notCancelled(line);
                if (units > 0) {
                    Money value = line.unitPrice().multipliedBy(units); // priced as offered: no discount, no tax
                    sum(byChannel, order.placed.channel().code(), units, value);
                    sum(byDay, LocalDate.ofInstant(order.placedAt(), zone).toString(), units, value);
                    sum(bySku, line.sku().code(), units, value);
                }
            }
        }
        assertThat(report.byChannel()).isEqualTo(sorted(byChannel));
        assertThat(report.byDay()).isEqualTo(sorted(byDay));
        assertThat(report.bySku()).isEqualTo(sorted(bySku));
    }

    @Property(tries = 60)
    void fillAndOnTimeRatesCountWhatTheEventsShipped(@ForAll("histories") List<PlannedOrder> plans,
            @ForAll @IntRange(max = 100) int fromHour, @ForAll @IntRange(max = 1500) int hours, @ForAll @IntRange(max = 72) int promisedHours) {
        ReportShop shop = RandomHistories.run(plans);
        ReportPeriod period = period(fromHour, hours);
        Duration promise = Duration.ofHours(promisedHours);

        FulfilmentReport report = FulfilmentReport.of(shop.orders(), period, promise);

        long wanted = 0;
        long shipped = 0;
        long packages = 0;
        long onTime = 0;
        for (StoredHistory order : placedIn(StoredHistory.of(shop), period)) {
            wanted += order.placed.lines().stream().mapToLong(order::notCancelled).sum();
            shipped += order.unitsShipped();
            packages += order.shippedAt.size();
            onTime += order.shippedAt.values().stream().filter(at -> Duration.between(order.placedAt(), at).compareTo(promise) <= 0).count();
        }
        Statistics.label("packages late").collect(onTime < packages);
        assertThat(report.fillRate()).isEqualTo(new Rate(shipped, wanted));
        assertThat(report.onTimeRate()).isEqualTo(new Rate(onTime, packages));
    }

    @Property(tries = 60)
    void waitingUnitsAreThoseWaitedForAndNeitherFilledNorCancelled(@ForAll("histories") List<PlannedOrder> plans,
            @ForAll @IntRange(max = 300) int hoursAfter) {
        ReportShop shop = RandomHistories.run(plans);
        Instant asOf = shop.clock.instant().plus(Duration.ofHours(hoursAfter));

        WaitingReport report = WaitingReport.of(shop.orders(), asOf, BAND_STARTS, Map.of(Sku.of("GAME"), ReportShop.GAME_CAP));

        long[] backordered = new long[4];
        long[] preordered = new long[4];
        long gameDemand = 0;
        for (StoredHistory order : StoredHistory.of(shop)) {
            long ageInDays = Duration.between(order.placedAt(), asOf).toDays();
            int oldestFirst = ageInDays >= 7 ? 0 : ageInDays >= 3 ? 1 : ageInDays >= 1 ? 2 : 3;
            backordered[oldestFirst] += order.waiting(order.backordered);
            preordered[oldestFirst] += order.waiting(order.preordered);
            gameDemand += order.waiting(order.preordered); // only the game is ever pre-ordered
        }
        Statistics.label("units backordered").collect(LongStream.of(backordered).sum() > 0);
        Statistics.label("units pre-ordered").collect(gameDemand > 0);
        for (int band = 0; band < 4; band++) {
            assertThat(report.aging().get(band).backordered()).as("backordered, band %d", band).isEqualTo(backordered[band]);
            assertThat(report.aging().get(band).preordered()).as("pre-ordered, band %d", band).isEqualTo(preordered[band]);
        }
        assertThat(report.preorderDemand()).containsExactly(
                new WaitingReport.PreorderDemand(Sku.of("GAME"), gameDemand, OptionalLong.of(ReportShop.GAME_CAP)));
    }

    @Property(tries = 100) // more histories: a received return needs a delivered unit of an order inside the period
    void returnAndCancellationRatesAndReasonsAreWhatTheEventsSay(@ForAll("histories") List<PlannedOrder> plans,
            @ForAll @IntRange(max = 100) int fromHour, @ForAll @IntRange(max = 1500) int hours) {
        ReportShop shop = RandomHistories.run(plans);
        ReportPeriod period = period(fromHour, hours);

        ReturnsReport report = ReturnsReport.of(shop.orders(), period);

        long ordered = 0;
        long cancelled = 0;
        long delivered = 0;
        long received = 0;
        Map<String, Long> askedFor = new HashMap<>();
        Map<String, Long> cancelledFor = new HashMap<>();
        for (StoredHistory order : placedIn(StoredHistory.of(shop), period)) {
            ordered += order.ordered();
            cancelled += order.cancelled.values().stream().mapToLong(Long::longValue).sum();
            delivered += order.unitsDelivered();
            received += order.receivedBack;
            order.cancelledFor.forEach((reason, n) -> cancelledFor.merge(reason, n, Long::sum));
            order.returnsAsked.forEach((rma, items) -> {
                if (!order.returnsRejected.contains(rma)) {
                    items.forEach((ReturnItem i) -> askedFor.merge(i.reason(), i.quantity(), Long::sum));
                }
            });
        }
        Statistics.label("units received back").collect(received > 0);
        Statistics.label("units cancelled").collect(cancelled > 0);
        assertThat(report.returned()).isEqualTo(new Rate(received, delivered));
        assertThat(report.cancelled()).isEqualTo(new Rate(cancelled, ordered));
        assertThat(report.returnReasons()).containsExactlyElementsOf(shares(askedFor, delivered));
        assertThat(report.cancellationReasons()).containsExactlyElementsOf(shares(cancelledFor, ordered));
    }

    @Property(tries = 60)
    void theOrdersWaitingAreThoseWithUnitsStillPreorderedOrBackordered(@ForAll("histories") List<PlannedOrder> plans) {
        ReportShop shop = RandomHistories.run(plans);

        WaitingOrdersReport report = WaitingOrdersReport.of(shop.orders(), shop.clock.instant());

        List<StoredHistory> waiting = new ArrayList<>();
        Map<Object, Map<WaitingFor, Long>> units = new HashMap<>();
        for (StoredHistory order : StoredHistory.of(shop)) {
            Map<WaitingFor, Long> what = new EnumMap<>(WaitingFor.class);
            if (order.waiting(order.preordered) > 0) {
                what.put(WaitingFor.RELEASE, order.waiting(order.preordered));
            }
            if (order.waiting(order.backordered) > 0) {
                what.put(WaitingFor.STOCK, order.waiting(order.backordered)); // no supplier in this shop
            }
            if (!what.isEmpty()) {
                waiting.add(order);
                units.put(order.orderId(), what);
            }
        }
        waiting.sort(Comparator.comparing(StoredHistory::placedAt).thenComparing(StoredHistory::orderId));
        assertThat(report.orders()).extracting(WaitingOrdersReport.WaitingOrder::orderId)
                .containsExactlyElementsOf(waiting.stream().map(StoredHistory::orderId).toList());
        report.orders().forEach(o -> assertThat(o.units()).isEqualTo(units.get(o.orderId())));
    }

    @Provide
    Arbitrary<List<PlannedOrder>> histories() {
        return RandomHistories.histories();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati").map(ZoneId::of);
    }

    private static ReportPeriod period(int fromHour, int hours) {
        Instant from = ReportShop.START.plus(Duration.ofHours(fromHour - 20L));
        return ReportPeriod.of(from, from.plus(Duration.ofHours(hours)));
    }

    private static List<StoredHistory> placedIn(List<StoredHistory> orders, ReportPeriod period) {
        return orders.stream().filter(o -> !o.placedAt().isBefore(period.from()) && o.placedAt().isBefore(period.to())).toList();
    }

    private static void sum(Map<List<String>, SalesRow> rows, String group, long units, Money value) {
        rows.merge(List.of(group, value.getCurrencyUnit().getCode()), new SalesRow(group, units, value),
                (a, b) -> new SalesRow(group, a.units() + b.units(), a.value().plus(b.value())));
    }

    private static List<SalesRow> sorted(Map<List<String>, SalesRow> rows) {
        Function<SalesRow, String> currency = r -> r.value().getCurrencyUnit().getCode();
        return rows.values().stream().sorted(Comparator.comparing(SalesRow::group).thenComparing(currency)).toList();
    }

    private static List<ReasonShare> shares(Map<String, Long> units, long whole) {
        return units.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ReasonShare(e.getKey(), new Rate(e.getValue(), whole))).toList();
    }
}
