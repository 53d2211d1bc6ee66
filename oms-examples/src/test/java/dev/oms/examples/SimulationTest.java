package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.OrderStatus;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.examples.SimulationReport.Payments;
import dev.oms.examples.SimulationReport.StockRow;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.notification.Notification.Kind;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
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
                .as("units cancelled are exactly those the host cancelled")
                .isEqualTo(report.unitsCancelRequested());
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void stockLeftPlusShippedIsTheOpeningStockAndReservationsMatchOpenOrders(long seed) {
        for (StockRow row : day(seed).stock()) {
            assertThat(row.onHand() + row.shipped()).as("%s at %s", row.sku(), row.warehouse())
                    .isEqualTo(row.openingOnHand());
            assertThat(row.reserved()).as("%s reserved at %s", row.sku(), row.warehouse())
                    .isEqualTo(row.heldForOrders())
                    .isLessThanOrEqualTo(row.onHand());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {Simulation.DEFAULT_SEED, 7, 4242})
    void capturedRevenueIsTheValueOfShippedCardUnitsAndCashTheValueOfDeliveredCashUnits(long seed) {
        Payments payments = day(seed).payments();
        assertThat(payments.captured()).isEqualTo(payments.shippedCardValue());
        assertThat(payments.cashCollected()).isEqualTo(payments.deliveredCashValue());
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
    }

    @Test
    void theSameSeedGivesTheSameDay() {
        assertThat(Simulation.run(Simulation.DEFAULT_SEED, Simulation.DEFAULT_ORDERS)).isEqualTo(day(Simulation.DEFAULT_SEED));
    }
}
