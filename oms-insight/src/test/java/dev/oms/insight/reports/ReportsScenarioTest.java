// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import static dev.oms.insight.reports.ReportShop.START;
import static dev.oms.insight.reports.ReportShop.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.core.order.WaitingFor;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A week of a small shop, worked by hand: five orders on four channels in two currencies, shipped late and on time,
 * returned, cancelled, backordered and pre-ordered; each report's figures are the ones a person counts on paper.
 */
class ReportsScenarioTest {
    private static final ReportPeriod FIRST_WEEK = ReportPeriod.of(START, START.plus(Duration.ofDays(7)));
    private static final LineId FIRST = LineId.of("L1");
    private static final LineId SECOND = LineId.of("L2");

    private final ReportShop shop = new ReportShop(3);
    private final Order mugsAndTea;
    private final Order teaInStore;
    private final Order gamePreordered;
    private final Order mugsBackordered;
    private final Order teaByPhone;

    ReportsScenarioTest() {
        mugsAndTea = shop.place(Channel.WEB, line("MUG", 2, "EUR 12.99"), line("TEA", 1, "EUR 4.50"));
        at(Duration.ofHours(3));
        teaInStore = shop.place(Channel.STORE, line("TEA", 3, "USD 5.00"));
        shop.cancelUnits(teaInStore.id(), FIRST, 1, "customer changed mind");
        at(Duration.ofDays(1));
        PackageId firstParcel = shop.shipAllocated(mugsAndTea.id()).orElseThrow();
        gamePreordered = shop.place(Channel.MARKETPLACE, line("GAME", 1, "EUR 59.99"));
        at(Duration.ofDays(1).plusHours(2));
        mugsBackordered = shop.place(Channel.WEB, line("MUG", 5, "EUR 12.99")); // the last mug in stock, four to wait
        at(Duration.ofDays(2));
        teaByPhone = shop.place(Channel.PHONE, line("TEA", 2, "USD 5.00"));
        shop.cancelWhole(teaByPhone.id(), "fraud suspected");
        at(Duration.ofDays(3));
        shop.deliver(mugsAndTea.id(), firstParcel);
        at(Duration.ofDays(5));
        shop.shipAllocated(mugsBackordered.id()).orElseThrow(); // four days after placement: late on a two-day promise
        at(Duration.ofDays(6));
        shop.returnUnits(mugsAndTea.id(), FIRST, 1, "too small", true); // restocked: it fills a backordered mug
        shop.rejectReturn(mugsAndTea.id(), SECOND, 1, "changed mind");
    }

    @Test
    void salesCountTheUnitsNotCancelledPerChannelDayAndSkuWithoutAddingEurosToDollars() {
        SalesReport sales = SalesReport.of(shop.orders(), FIRST_WEEK, ZoneOffset.UTC);

        assertThat(sales.byChannel()).containsExactly(
                new SalesRow("marketplace", 1, eur("59.99")),
                new SalesRow("store", 2, usd("10.00")),
                new SalesRow("web", 8, eur("95.43")));
        assertThat(sales.byDay()).containsExactly(
                new SalesRow("2026-03-01", 3, eur("30.48")),
                new SalesRow("2026-03-01", 2, usd("10.00")),
                new SalesRow("2026-03-02", 6, eur("124.94")));
        assertThat(sales.bySku()).containsExactly(
                new SalesRow("GAME", 1, eur("59.99")),
                new SalesRow("MUG", 7, eur("90.93")),
                new SalesRow("TEA", 1, eur("4.50")),
                new SalesRow("TEA", 2, usd("10.00")));
        assertThat(sales.table()).contains("web          EUR           8  95.43");
    }

    @Test
    void aPeriodCountsTheOrdersPlacedInItOnly() {
        ReportPeriod secondDay = ReportPeriod.of(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(2)));

        SalesReport sales = SalesReport.of(shop.orders(), secondDay, ZoneOffset.UTC);

        assertThat(sales.byChannel()).containsExactly(new SalesRow("marketplace", 1, eur("59.99")), new SalesRow("web", 5, eur("64.95")));
    }

    @Test
    void theFillRateCountsUnitsShippedOutOfUnitsWantedAndOnTimeCountsPackagesShippedWithinThePromise() {
        FulfilmentReport fulfilment = FulfilmentReport.of(shop.orders(), FIRST_WEEK, Duration.ofDays(2));

        assertThat(fulfilment.fillRate()).isEqualTo(new Rate(4, 11));
        assertThat(fulfilment.onTimeRate()).isEqualTo(new Rate(1, 2));
        assertThat(fulfilment.table()).isEqualTo("""
                Fulfilment [2026-03-01T10:00:00Z, 2026-03-08T10:00:00Z), promise PT48H
                measure                                    counted  out of    rate
                ------------------------------------------------------------------
                fill rate (units shipped / wanted)               4      11  36.4 %
                on time (packages shipped within promise)        1       2  50.0 %
                """);
    }

    @Test
    void waitingUnitsAreAgedFromPlacementOldestBandFirstAndPreorderDemandStandsBesideItsCap() {
        Instant asOf = START.plus(Duration.ofDays(10));

        WaitingReport waiting = WaitingReport.of(shop.orders(), asOf,
                List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30)), Map.of(Sku.of("GAME"), ReportShop.GAME_CAP));

        assertThat(waiting.aging()).extracting(a -> a.band().label()).containsExactly("30+ days", "7-30 days", "1-7 days", "0-1 days");
        assertThat(waiting.aging().get(1)).isEqualTo(new WaitingReport.Aging(
                new AgeBand(Duration.ofDays(7), Optional.of(Duration.ofDays(30))), 3, 1));
        assertThat(waiting.aging()).filteredOn(a -> a != waiting.aging().get(1)).allMatch(a -> a.backordered() == 0 && a.preordered() == 0);
        assertThat(waiting.preorderDemand()).containsExactly(
                new WaitingReport.PreorderDemand(Sku.of("GAME"), 1, OptionalLong.of(ReportShop.GAME_CAP)));
    }

    @Test
    void returnsRateUnitsReceivedBackOutOfDeliveredAndCancellationsCarryTheirReasons() {
        ReturnsReport returns = ReturnsReport.of(shop.orders(), FIRST_WEEK);

        assertThat(returns.returned()).isEqualTo(new Rate(1, 3));
        assertThat(returns.returnReasons()).as("the rejected return is left out")
                .containsExactly(new ReasonShare("too small", new Rate(1, 3)));
        assertThat(returns.cancelled()).isEqualTo(new Rate(3, 14));
        assertThat(returns.cancellationReasons()).containsExactly(
                new ReasonShare("fraud suspected", new Rate(2, 14)),
                new ReasonShare("customer changed mind", new Rate(1, 14)));
        assertThat(returns.table()).contains("too small").contains("33.3 %").contains("fraud suspected");
    }

    @Test
    void theOrdersWaitingSayWhatTheyWaitForOldestFirst() {
        WaitingOrdersReport waiting = WaitingOrdersReport.of(shop.orders(), START.plus(Duration.ofDays(10)));

        assertThat(waiting.orders()).extracting(WaitingOrdersReport.WaitingOrder::orderId)
                .containsExactly(gamePreordered.id(), mugsBackordered.id());
        assertThat(waiting.orders().get(0).units()).isEqualTo(Map.of(WaitingFor.RELEASE, 1L));
        assertThat(waiting.orders().get(1).units()).isEqualTo(Map.of(WaitingFor.STOCK, 3L));
        assertThat(waiting.orders().get(1).status()).as("the header names the next step; the report says what else it waits for")
                .isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(waiting.ordersWaitingFor()).containsExactly(Map.entry(WaitingFor.RELEASE, 1L), Map.entry(WaitingFor.SUPPLIER, 0L),
                Map.entry(WaitingFor.STOCK, 1L), Map.entry(WaitingFor.RETURN, 0L));
        assertThat(waiting.table()).contains(mugsBackordered.id().value()).contains("STOCK 3");
    }

    private void at(Duration sinceStart) {
        shop.clock.set(START.plus(sinceStart));
    }

    private static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    private static Money usd(String amount) {
        return Money.parse("USD " + amount);
    }
}
