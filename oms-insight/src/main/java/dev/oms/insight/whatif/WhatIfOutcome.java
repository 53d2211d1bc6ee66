// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.insight.reports.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one run over a period's orders, as they stand at its end: the stored history or a replay. Every
 * figure is a sum over {@link OrderOutcome}s, so two runs that placed every unit alike have equal outcomes.
 *
 * <ul>
 *   <li><b>Shipments per order</b> = shipments / orders with a unit allocated or shipped; a shipment is one location
 *   holding or having shipped units of one order.</li>
 *   <li><b>Distance</b>: the shipments' great-circle kilometres from location to ship-to; shipments without coordinates
 *   at either end are counted in {@code unmeasuredShipments} instead.</li>
 *   <li><b>Fill rate</b> = units allocated or shipped / units wanted (ordered, not cancelled; a refused order's
 *   units are all wanted and none filled, so refusing an order never looks like filling it).</li>
 *   <li><b>Backorder aging</b>: units backordered at the end, and their mean age since their order's placement.</li>
 * </ul>
 *
 * @param orders the period's orders, one outcome each, in placement order
 * @param cancellationsRefused host cancellations the run refused (a replay only: e.g. for an order it did not place)
 */
public record WhatIfOutcome(List<OrderOutcome> orders, int cancellationsRefused) {

    /**
     * Copies the orders, refusing nulls.
     *
     * @param orders the period's orders, one outcome each
     * @param cancellationsRefused host cancellations the run refused
     */
    public WhatIfOutcome {
        orders = List.copyOf(Objects.requireNonNull(orders, "orders is null"));
    }

    /** {@return orders the run refused to place} */
    public long ordersRefused() {
        return orders.stream().filter(OrderOutcome::refused).count();
    }

    /** {@return shipments over every order} */
    public long shipments() {
        return orders.stream().mapToLong(OrderOutcome::shipments).sum();
    }

    /** {@return orders with at least one unit allocated or shipped} */
    public long ordersShipping() {
        return orders.stream().filter(o -> o.shipments() > 0).count();
    }

    /** {@return shipments per order shipping, to two places; empty when no order ships} */
    public Optional<BigDecimal> shipmentsPerOrder() {
        long shipping = ordersShipping();
        return shipping == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(shipments()).divide(BigDecimal.valueOf(shipping), 2, RoundingMode.HALF_UP));
    }

    /** {@return the measured shipments' kilometres, summed in order} */
    public double kilometres() {
        double total = 0;
        for (OrderOutcome order : orders) {
            total += order.kilometres();
        }
        return total;
    }

    /** {@return shipments without coordinates at the location or the ship-to} */
    public long unmeasuredShipments() {
        return orders.stream().mapToLong(OrderOutcome::unmeasuredLegs).sum();
    }

    /** {@return units allocated or shipped out of units wanted} */
    public Rate fillRate() {
        return new Rate(orders.stream().mapToLong(OrderOutcome::filled).sum(), orders.stream().mapToLong(OrderOutcome::wanted).sum());
    }

    /** {@return units backordered at the period's end} */
    public long backordered() {
        return orders.stream().mapToLong(OrderOutcome::backordered).sum();
    }

    /** {@return the backordered units' mean age since placement, to the second; zero when none waits} */
    public Duration meanBackorderAge() {
        long units = backordered();
        return units == 0 ? Duration.ZERO
                : Duration.ofSeconds(orders.stream().mapToLong(OrderOutcome::backorderUnitSeconds).sum() / units);
    }

    /** {@return units pre-ordered at the period's end} */
    public long preordered() {
        return orders.stream().mapToLong(OrderOutcome::preordered).sum();
    }

    /** {@return units cancelled} */
    public long cancelled() {
        return orders.stream().mapToLong(OrderOutcome::cancelled).sum();
    }
}
