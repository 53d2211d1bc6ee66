// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.order.OrderStatus;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.examples.SimulationReport.Payments;
import dev.oms.examples.SimulationReport.Returns;
import dev.oms.examples.SimulationReport.StockRow;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.examples.WaitingReport.Indents;
import dev.oms.examples.WaitingReport.Queue;
import dev.oms.examples.WaitingReport.QueuedUnits;
import dev.oms.examples.WaitingReport.RingFence;
import dev.oms.spi.notification.Notification.Kind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks a simulated day's books against each other: the host's notes, the orders oms rebuilds, and the
 * books of the gateway, the inventory and the sender. Each fact would break if oms lost, invented or
 * double-counted a unit, a euro or a message. Three seeds, so the facts hold beyond one script.
 */
class SimulationTest {
    private static final Map<Long, SimulationReport> RUNS = new ConcurrentHashMap<>();

    private static SimulationReport day(long seed) {
        return RUNS.computeIfAbsent(seed, s -> Simulation.run(s, Simulation.DEFAULT_ORDERS));
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void everyOrderSentIsEitherStoredOrRejected(long seed) {
        SimulationReport report = day(seed);
        assertThat(report.ordersSubmitted()).isEqualTo(Simulation.DEFAULT_ORDERS);
        assertThat(report.ordersAccepted() + report.ordersRejected()).isEqualTo(report.ordersSubmitted());
        // Declines were settled and every accepted order was reserved and paid for: nothing is left waiting.
        assertThat(report.ordersByStatus()).doesNotContainKeys(
                OrderStatus.PAYMENT_HOLD, OrderStatus.PENDING_ALLOCATION, OrderStatus.AWAITING_PAYMENT);
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void unitsShippedCancelledAndOpenAddUpToTheUnitsOrdered(long seed) {
        SimulationReport report = day(seed);
        assertThat(report.unitsShipped() + report.units(Bucket.CANCELLED) + report.unitsOpen())
                .isEqualTo(report.unitsOrdered());
        assertThat(report.units(Bucket.CANCELLED))
                .as("units cancelled are exactly those the host cancelled, and those a count found gone or the marketplace's "
                        + "centre gave back that could not move")
                .isEqualTo(report.unitsCancelRequested() + report.count().cancelled() + report.marketplace().cancelled());
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void stockLeftPlusShippedIsTheOpeningStockPlusReceiptsAndReservationsMatchOpenOrders(long seed) {
        for (StockRow row : day(seed).stock()) {
            // Returned units the host received as sellable were put back on the shelf where they arrived.
            assertThat(row.onHand() + row.shipped()).as("%s at %s", row.sku(), row.warehouse())
                    .isEqualTo(row.openingOnHand() + row.received() + row.adjusted() + row.restocked());
            assertThat(row.reserved()).as("%s reserved at %s", row.sku(), row.warehouse())
                    .isEqualTo(row.heldForOrders())
                    .isLessThanOrEqualTo(row.onHand());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void capturedRevenueIsTheValueOfShippedCardUnitsAndCashTheValueOfDeliveredCashUnits(long seed) {
        Payments payments = day(seed).payments();
        // Returned units count as shipped here: their capture stands, and their refunds are the returns' own figures.
        assertThat(payments.captured()).isEqualTo(payments.shippedCardValue());
        assertThat(payments.cashCollected()).isEqualTo(payments.deliveredCashValue());
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void refundsAndFeesKeptAreTheReturnedUnitsValueAndTheGatewayRefundedWhatTheOrdersRecord(long seed) {
        SimulationReport report = day(seed);
        Returns returns = report.returns();
        assertThat(returns.refundsOwed().isZero()).as("the in-memory gateway takes every refund at once").isTrue();
        // An exchanged unit's value pays for its replacement first (credit drawn); only the rest is refunded.
        assertThat(returns.refundsPaid().plus(returns.feesKept()).plus(returns.creditDrawn()).plus(returns.storeCredited()))
                .isEqualTo(returns.returnedValue());
        assertThat(returns.exchanges().opened()).as("the desk exchanges as well as it takes back").isPositive();
        assertThat(returns.replacementsWaiting()).as("each replacement is allocated, and none was picked after the returns")
                .isEqualTo(returns.exchanges().opened());
        assertThat(returns.gatewayRefunded()).isEqualTo(returns.refundsPaid());
        // The fee is kept on restocked units only, at most 10% of what they were charged.
        assertThat(returns.feesKept().multipliedBy(10)).isLessThanOrEqualTo(returns.returnedValue());
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void theReturnsOmsStoredAreTheOnesTheDeskAskedForAndEveryRestockedUnitWasAddedOnce(long seed) {
        SimulationReport report = day(seed);
        Returns returns = report.returns();
        assertThat(returns.stored()).isEqualTo(returns.host());
        assertThat(returns.awaited()).as("every approved return arrives, cash on delivery's paid back as store credit").isZero();
        assertThat(returns.stored().unitsReceived().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.units(Bucket.RETURNED));
        assertThat(returns.restocked()).isEqualTo(returns.restockOnTrackedLines())
                .isEqualTo(report.stock().stream().mapToLong(StockRow::restocked).sum());
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void customersAreToldOnceOfEachThingThatHappened(long seed) {
        SimulationReport report = day(seed);
        Payments payments = report.payments();
        int gaveUpAfterDecline = payments.declinedCards() - payments.retriedCards();
        assertThat(report.notifications(Kind.ORDER_CONFIRMED)).isEqualTo(report.ordersAccepted() - gaveUpAfterDecline);
        assertThat(report.notifications(Kind.PAYMENT_DECLINED)).isEqualTo(payments.declinedCards());
        assertThat(report.notifications(Kind.ORDER_SHIPPED)).isEqualTo(report.packagesShipped());
        assertThat(report.notifications(Kind.ORDER_DELIVERED)).isEqualTo(report.packagesDelivered());
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void everyOrderHeldForReviewIsReleasedRejectedCancelledOrStillHeld(long seed) {
        SimulationReport report = day(seed);
        SimulationReport.Reviews reviews = report.reviews();
        assertThat(reviews.held()).isPositive();
        assertThat(reviews.stillHeld()).isEqualTo(report.ordersByStatus().getOrDefault(OrderStatus.ON_HOLD, 0));
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void preordersAreFilledBeforeBackordersOfTheSameSkuAndEachQueueInPlacementOrder(long seed) {
        List<QueuedUnits> queue = day(seed).waiting().queue();
        assertThat(queue).anyMatch(units -> units.queue() == Bucket.PREORDERED && units.filled() > 0)
                .anyMatch(units -> units.queue() == Bucket.BACKORDERED && units.filled() > 0);
        assertThat(QueueOrder.violations(queue)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void everyWaitingUnitIsFilledStillWaitingOrCancelled(long seed) {
        WaitingReport waiting = day(seed).waiting();
        for (QueuedUnits units : waiting.queue()) {
            assertThat(units.filled() + units.cancelled() + units.waitingNow())
                    .as("%s units of line %s on order %s", units.queue(), units.line(), units.order())
                    .isEqualTo(units.units());
        }
        for (Queue queue : List.of(waiting.preorders(), waiting.backorders())) {
            assertThat(queue.filled() + queue.cancelled() + queue.stillWaiting()).isEqualTo(queue.units());
        }
        assertThat(waiting.preorders().stillWaiting()).isEqualTo(day(seed).units(Bucket.PREORDERED));
        assertThat(waiting.backorders().stillWaiting()).isEqualTo(day(seed).units(Bucket.BACKORDERED));
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void ringFencedUnitsGoOnlyToTheOrdersThatBoughtThem(long seed) {
        WaitingReport waiting = day(seed).waiting();
        assertThat(waiting.ringFences()).isNotEmpty();
        for (RingFence fence : waiting.ringFences()) {
            assertThat(fence.toOtherOrders()).as("%s at %s to other orders", fence.sku(), fence.warehouse())
                    .isLessThanOrEqualTo(fence.ordinarySupply());
            assertThat(fence.toIndentOrders()).as("%s at %s to indent orders", fence.sku(), fence.warehouse())
                    .isGreaterThanOrEqualTo(fence.receivedForPurchases());
        }
        assertThat(waiting.ringFences().stream().mapToLong(RingFence::receivedForPurchases).sum())
                .as("goods the host booked in against purchases, and those the orders recorded")
                .isEqualTo(waiting.indents().received());
    }

    @Test
    void theStoriesEndAsScripted() {
        SimulationReport report = day(Simulation.DEFAULT_SEED);
        WaitingReport waiting = report.waiting();
        // Six orders pre-order the cap of eight; the release fills four, a later shipment the other two.
        assertThat(waiting.preorders()).isEqualTo(new Queue(6, 8, 8, 0, 0));
        assertThat(report.notifications(Kind.PREORDER_STILL_WAITING)).isEqualTo(2);
        // Grinders over the cap (2), scales short (9), a knife set short (2) and the hotel's uncommitted four.
        assertThat(waiting.backorders()).isEqualTo(new Queue(8, 17, 8, 2, 7));
        // The restaurant's twelve and six of the hotel's ten arrive; the cookery school's ten are not answered yet.
        assertThat(waiting.indents()).isEqualTo(new Indents(3, 32, 18, 18));
        assertThat(report.units(Bucket.AWAITING_SUPPLIER)).isEqualTo(10);
        assertThat(report.ordersByStatus()).containsEntry(OrderStatus.AWAITING_STOCK, 3)
                .containsEntry(OrderStatus.AWAITING_SUPPLIER, 1);
        assertThat(report.stock()).filteredOn(row -> row.sku().equals(Shop.KNIFE_SET.sku()))
                .allMatch(row -> row.onHand() == 0 && row.reserved() == 0);
    }

    @Test
    void theDefaultDayTakesEveryPathTheFactsAbove() {
        SimulationReport report = day(Simulation.DEFAULT_SEED);
        assertThat(report.rejectionsByProblem()).containsKeys(
                ProblemCode.INSUFFICIENT_STOCK, ProblemCode.UNKNOWN_SKU, ProblemCode.QUANTITY_NOT_POSITIVE);
        assertThat(report.ordersByStatus()).containsKeys(OrderStatus.CANCELLED, OrderStatus.ALLOCATED,
                OrderStatus.PICKED, OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(report.payments().retriedCards()).isPositive();
        assertThat(report.payments().declinedCards()).isGreaterThan(report.payments().retriedCards());
        assertThat(report.payments().cashCollected().isPositive()).isTrue();
        assertThat(report.unitsCancelRequested()).isPositive();
        assertThat(report.unitsOpen()).isPositive();
        assertThat(report.stock()).anyMatch(row -> row.reserved() > 0).anyMatch(row -> row.onHand() == 0);
        Returns returns = report.returns();
        assertThat(returns.stored().received()).isPositive();
        assertThat(returns.stored().rejected()).isPositive();
        assertThat(returns.stored().receipts()).as("some returns arrive in two receipts").isGreaterThan(returns.stored().received());
        assertThat(returns.stored().unitsReceived()).containsKeys(Disposition.RESTOCK, Disposition.WRITE_OFF);
        assertThat(returns.restocked()).isPositive();
        assertThat(returns.feesKept().isPositive()).isTrue();
        assertThat(returns.creditedReceipts()).isPositive();
        assertThat(returns.storeCredited().isPositive()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void theInsightReportsAgreeWithTheDayAndTheChartsAreWrittenAsPngFiles(long seed, @TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        SimulationReport report = day(seed);
        // Units sold in the reports are units ordered and not cancelled, over the same orders the audit read.
        long sold = report.insight().sales().byChannel().stream().mapToLong(row -> row.units()).sum();
        assertThat(sold).isEqualTo(report.unitsOrdered() - report.units(Bucket.CANCELLED));

        List<java.nio.file.Path> files = SimulationCharts.write(report.insight(), dir);

        assertThat(files).hasSize(3).allSatisfy(file -> assertThat(java.nio.file.Files.readAllBytes(file))
                .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'));
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7})
    void theWhatIfReplaysEveryOrderOfTheTradingDayAndFewestShipmentsShipsNoMoreParcels(long seed) {
        dev.oms.insight.whatif.WhatIfReport whatIf = day(seed).insight().whatIf();
        dev.oms.insight.whatif.WhatIfOutcome asRun = whatIf.actual().outcome();
        dev.oms.insight.whatif.WhatIfOutcome replayed = whatIf.candidates().get(0).outcome();
        dev.oms.insight.whatif.WhatIfOutcome fewest = whatIf.candidates().get(1).outcome();

        assertThat(asRun.orders()).isNotEmpty();
        assertThat(replayed.orders()).hasSameSizeAs(asRun.orders());
        assertThat(fewest.orders()).hasSameSizeAs(asRun.orders());
        // Both replays read the same day from the stored orders and the stock log; only the routing differs.
        assertThat(fewest.shipments()).isLessThanOrEqualTo(replayed.shipments());
        assertThat(whatIf.table()).contains("as run, replayed", "fewest shipments");
    }

    @Test
    void theSameSeedGivesTheSameDay() {
        assertThat(Simulation.run(Simulation.DEFAULT_SEED, Simulation.DEFAULT_ORDERS)).isEqualTo(day(Simulation.DEFAULT_SEED));
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void theMarketplaceCentresAnswersEachApplyOnceAndEveryUnitSentIsShippedOrGivenBack(long seed) {
        SimulationReport.Marketplace market = day(seed).marketplace();
        assertThat(market.answersApplied()).as("three shipments and a rejection").isEqualTo(4);
        assertThat(market.answersRepeated()).as("each answer arrived twice").isEqualTo(market.answersApplied());
        assertThat(market.shipped() + market.cancelled()).isEqualTo(market.units());
        assertThat(market.reported()).isEqualTo(market.booksSaid() - 1);
    }
}
