package dev.oms.testkit;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.Bucket;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.statistics.Statistics;

/**
 * What a command sequence over an {@link OmsWorld} got as far as, from its orders at the end, counted per
 * history: a run in which too few histories did something (ship, deliver, cancel) fails, so a generator
 * that stops reaching a state cannot go unnoticed.
 */
final class HistoryCoverage {
    private final List<Order> orders;

    private HistoryCoverage(List<Order> orders) {
        this.orders = orders;
    }

    static HistoryCoverage of(OmsWorld world) {
        return new HistoryCoverage(world.currentOrders());
    }

    static Predicate<Order> shippedAPackage() {
        return order -> order.packages().values().exists(OrderPackage::isShipped);
    }

    static Predicate<Order> deliveredAPackage() {
        return order -> order.packages().values().exists(p -> p.state() == OrderPackage.State.DELIVERED);
    }

    static Predicate<Order> cancelledUnits() {
        return order -> order.units(Bucket.CANCELLED) > 0;
    }

    static Predicate<Order> receivedGoodsAgainstAPurchase() {
        return order -> order.purchases().values().exists(p -> p.received() > 0);
    }

    /** Counts whether some order of this history {@code did}, and fails the property if under {@code minPercent} of its histories did. */
    HistoryCoverage require(String label, Predicate<Order> did, double minPercent) {
        Statistics.label(label).collect(orders.stream().anyMatch(did) ? "yes" : "no");
        Statistics.label(label).coverage(check -> check.check("yes").percentage(p -> p >= minPercent));
        return this;
    }
}
