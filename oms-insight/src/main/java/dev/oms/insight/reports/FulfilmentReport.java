// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.Bucket;
import io.vavr.Tuple2;
import java.time.Duration;
import java.util.Objects;

/**
 * Fill rate and on-time shipment rate of the orders placed in a period.
 *
 * <ul>
 *   <li><b>Fill rate</b> = units shipped / units wanted. Units wanted are the units ordered and not cancelled
 *   ({@code Line.active()}); units shipped are those in {@code SHIPPED}, {@code DELIVERED} or {@code RETURNED}, the
 *   buckets a unit reaches only by shipping. A unit cancelled is neither wanted nor shipped, so cancelling does not
 *   lower the fill rate: the cancellation rate ({@link ReturnsReport}) says how much was given up.</li>
 *   <li><b>On-time shipment rate</b> = packages shipped within the promised time of their order's placement / packages
 *   shipped. Within means {@code shippedAt <= placedAt + promise}; a package opened again and never shipped is not
 *   counted.</li>
 * </ul>
 *
 * @param period the orders' placement period
 * @param promise the shipping time promised from placement
 * @param fillRate units shipped out of units wanted
 * @param onTimeRate packages shipped in time out of packages shipped
 */
public record FulfilmentReport(ReportPeriod period, Duration promise, Rate fillRate, Rate onTimeRate) {

    /**
     * Refuses nulls and a negative promise.
     *
     * @param period the orders' placement period
     * @param promise the shipping time promised from placement
     * @param fillRate units shipped out of units wanted
     * @param onTimeRate packages shipped in time out of packages shipped
     */
    public FulfilmentReport {
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(promise, "promise is null");
        Objects.requireNonNull(fillRate, "fillRate is null");
        Objects.requireNonNull(onTimeRate, "onTimeRate is null");
        if (promise.isNegative()) {
            throw new IllegalArgumentException("the promised shipping time cannot be negative, was " + promise);
        }
    }

    /**
     * Counts the units and packages of the orders placed in the period.
     *
     * @param orders the orders, in any order; those placed outside the period are passed over
     * @param period the placement period
     * @param promise how soon after placement a package was promised to ship
     * @return the report
     */
    public static FulfilmentReport of(Iterable<Order> orders, ReportPeriod period, Duration promise) {
        Objects.requireNonNull(orders, "orders is null");
        long wanted = 0;
        long shipped = 0;
        long packages = 0;
        long onTime = 0;
        for (Order order : orders) {
            if (!period.contains(order.placedAt())) {
                continue;
            }
            for (Tuple2<?, Line> line : order.lines()) {
                wanted += line._2.active();
                shipped += line._2.count(Bucket.SHIPPED) + line._2.count(Bucket.DELIVERED) + line._2.count(Bucket.RETURNED);
            }
            for (OrderPackage pkg : order.packages().values()) {
                if (pkg.isShipped()) {
                    packages++;
                    if (!pkg.shippedAt().get().isAfter(order.placedAt().plus(promise))) {
                        onTime++;
                    }
                }
            }
        }
        return new FulfilmentReport(period, promise, new Rate(shipped, wanted), new Rate(onTime, packages));
    }

    /** {@return the two rates with their counts, one row each} */
    public String table() {
        return TextTable.titled("Fulfilment " + period + ", promise " + promise, 1, "measure", "counted", "out of", "rate")
                .row("fill rate (units shipped / wanted)", fillRate.part(), fillRate.whole(), fillRate.percent())
                .row("on time (packages shipped within promise)", onTimeRate.part(), onTimeRate.whole(), onTimeRate.percent())
                .render();
    }
}
