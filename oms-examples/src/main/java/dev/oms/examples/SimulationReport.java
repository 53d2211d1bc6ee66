// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.spi.order.OrderStatus;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * What a {@link Simulation} run left behind. Figures come from three independent sources, so that a test
 * can check them against each other: the host's own notes (what it sent and asked for), oms (the orders as
 * the facade rebuilds them), and the adapters' books (the payment gateway, the inventory, the sender).
 *
 * @param ordersSubmitted orders the channels sent (host)
 * @param ordersRejected orders oms refused to place (host)
 * @param rejectionsByProblem problems named by those rejections, per code; one order may name several (host)
 * @param ordersByStatus every stored order by its derived status (oms)
 * @param unitsOrdered units on the orders oms accepted, exchanges' replacements included (host)
 * @param unitsCancelRequested units the host cancelled, whole orders and single units (host)
 * @param unitsByBucket where the units of the accepted orders are now (oms)
 * @param packagesShipped packages handed to the carrier, delivered ones included (oms)
 * @param packagesDelivered packages the customer received (oms)
 * @param payments money and card outcomes
 * @param stock one row per warehouse and SKU
 * @param notificationsByKind notifications the sender delivered (sender)
 * @param waiting pre-ordered, backordered and indent units
 * @param reviews payment reviews of large cash-on-delivery orders (host)
 * @param count the midday stock count and what it did to orders (host, from oms's answer)
 * @param marketplace the orders the marketplace's fulfilment centre shipped (host, from oms's answers)
 * @param returns the returns of delivered units the week after (host and oms) and their money
 */
public record SimulationReport(
        long seed,
        int ordersSubmitted,
        int ordersRejected,
        SortedMap<ProblemCode, Integer> rejectionsByProblem,
        SortedMap<OrderStatus, Integer> ordersByStatus,
        long unitsOrdered,
        long unitsCancelRequested,
        SortedMap<Bucket, Long> unitsByBucket,
        int packagesShipped,
        int packagesDelivered,
        Payments payments,
        List<StockRow> stock,
        SortedMap<Notification.Kind, Integer> notificationsByKind,
        WaitingReport waiting,
        Reviews reviews,
        Count count,
        Marketplace marketplace,
        Returns returns,
        Insight insight) {

    /**
     * The oms-insight reports of the simulated days, computed from the stored orders: what the host would chart.
     *
     * @param sales units and value sold by channel, day and SKU
     * @param fulfilment fill rate and on-time shipment rate
     * @param returns return and cancellation rates with their reasons
     * @param whatIf the trading day replayed under the routing that ran and under fewest shipments, beside what happened
     */
    public record Insight(dev.oms.insight.reports.SalesReport sales, dev.oms.insight.reports.FulfilmentReport fulfilment,
            dev.oms.insight.reports.ReturnsReport returns, dev.oms.insight.whatif.WhatIfReport whatIf) {}

    public SimulationReport {
        rejectionsByProblem = sorted(rejectionsByProblem);
        ordersByStatus = sorted(ordersByStatus);
        unitsByBucket = sorted(unitsByBucket);
        stock = List.copyOf(stock);
        notificationsByKind = sorted(notificationsByKind);
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(returns, "returns");
    }

    /**
     * Returns (RMAs) of delivered units, counted twice: as the returns desk noted them and as the orders store them.
     * An exchange's return is one of them.
     *
     * @param requested returns asked for
     * @param unitsRequested units they asked for
     * @param approved of those, returns approved (received in full or not)
     * @param rejected of those, returns rejected
     * @param received of the approved, returns whose every unit arrived back
     * @param receipts arrivals of returned units, over all returns
     * @param unitsReceived units that arrived back, per disposition
     */
    public record ReturnTally(int requested, long unitsRequested, int approved, int rejected, int received, int receipts,
            SortedMap<Disposition, Long> unitsReceived) {
        public ReturnTally {
            unitsReceived = sorted(unitsReceived);
        }
    }

    /**
     * Returns and their money at the end of the run.
     *
     * @param host what the returns desk asked for and received (host)
     * @param stored the same figures read from the orders (oms)
     * @param creditedReceipts receipts paid back as store credit: cash on delivery, which has no card to refund (host)
     * @param awaited approved returns still waiting for units (oms)
     * @param restocked returned units added back to stock, by the receipts' restocks done (oms)
     * @param restockOnTrackedLines returned units received as {@code RESTOCK} on stock-tracked lines (oms receipts' items)
     * @param returnedValue what the returned units were charged: each line's returned units take its first shares (oms lines)
     * @param refundsPaid refunds the receipts record as done (oms)
     * @param refundsOwed refunds the receipts still owe (oms)
     * @param feesKept restocking fees the receipts kept (oms)
     * @param gatewayRefunded what the payment gateway refunded, over all orders (gateway)
     * @param exchanges the exchanges the desk opened (host)
     * @param creditDrawn exchange credit the receipts drew instead of refunding it (oms)
     * @param replacementsWaiting replacement units still allocated, waiting to be picked (oms)
     * @param storeCredited money paid back as store credit instead of to a card (oms)
     */
    public record Returns(ReturnTally host, ReturnTally stored, int creditedReceipts, int awaited, long restocked,
            long restockOnTrackedLines, Money returnedValue, Money refundsPaid, Money refundsOwed, Money feesKept,
            Money gatewayRefunded, ExchangeTally exchanges, Money creditDrawn, long replacementsWaiting, Money storeCredited) {}

    /**
     * Exchanges as the returns desk noted them (host).
     *
     * @param opened exchanges oms opened
     * @param dearer of those, for a dearer product
     * @param cheaper of those, for a cheaper one
     * @param even of those, for one at the same price
     * @param shippedFirst of those, whose replacement could ship before the unit came back
     * @param charged what the replacements cost beyond the exchange credit, over all exchanges
     * @param refundDue what the exchanged units were worth beyond the credit, refunded when they arrive
     */
    public record ExchangeTally(int opened, int dearer, int cheaper, int even, int shippedFirst, Money charged, Money refundDue) {}

    /**
     * Orders shipped by the marketplace's fulfilment centre, a location run by others (host, from oms's answers).
     *
     * @param orders orders sent to the centre
     * @param units units on them
     * @param shipped units the centre shipped
     * @param parcels parcels it shipped them in
     * @param cancelled units it gave back that could neither move nor wait, so were cancelled
     * @param answersApplied answers of the centre that changed an order
     * @param answersRepeated answers that arrived again and changed nothing
     * @param booksSaid units at the centre by the books before its stock report
     * @param reported units the centre reported
     */
    public record Marketplace(int orders, long units, long shipped, int parcels, long cancelled, int answersApplied,
            int answersRepeated, long booksSaid, long reported) {}

    /**
     * The midday stock count of one SKU at one warehouse (host, from oms's answer).
     *
     * @param sku the SKU counted
     * @param warehouse where
     * @param booksSaid units on hand by the books before the count
     * @param counted units counted
     * @param promisedBeyond units promised beyond what was counted, which orders had to give up
     * @param orders orders that gave units up
     * @param rerouted of their units, those allocated again at another warehouse
     * @param backordered of their units, those now waiting for stock
     * @param cancelled of their units, those cancelled (they could neither move nor wait)
     * @param unsettled units still promised beyond what is on hand after settling
     */
    public record Count(Sku sku, LocationId warehouse, long booksSaid, long counted, long promisedBeyond, int orders,
            long rerouted, long backordered, long cancelled, long unsettled) {}

    /**
     * Payment reviews of large cash-on-delivery orders (host).
     *
     * @param held orders held for review as they were placed
     * @param released of those, orders the reviewer released
     * @param rejected of those, orders the reviewer rejected (every unit cancelled)
     * @param cancelledByCustomer of those, orders their customer cancelled before the review
     */
    public record Reviews(int held, int released, int rejected, int cancelledByCustomer) {
        /** {@return orders held for review and still waiting for it} */
        public int stillHeld() {
            return held - released - rejected - cancelledByCustomer;
        }
    }

    /**
     * Money and card outcomes.
     *
     * @param declinedCards accepted orders whose first card was declined (host)
     * @param retriedCards of those, orders the customer paid with another card (host)
     * @param cashOnDeliveryOrders accepted orders paid cash on delivery (host)
     * @param captured what the payment gateway captured, over all orders (gateway)
     * @param shippedCardValue the price of every shipped unit of card-paid orders, returned ones included (oms order lines)
     * @param cashCollected cash the carrier collected, from the stored events (order store)
     * @param deliveredCashValue the price of every delivered unit of cash-on-delivery orders, returned later or not (oms order lines)
     */
    public record Payments(int declinedCards, int retriedCards, int cashOnDeliveryOrders, Money captured,
            Money shippedCardValue, Money cashCollected, Money deliveredCashValue) {}

    /**
     * Stock of one SKU at one warehouse at the end of the run.
     *
     * @param openingOnHand units on hand when the shop opened (host)
     * @param received units booked in since, for stock or against supplier purchases (host)
     * @param onHand units on hand now (inventory)
     * @param adjusted units a stock count took off the books or found (host)
     * @param restocked returned units received here as sellable again (host)
     * @param reserved units reserved now (inventory)
     * @param shipped units that left in shipped packages packed here (oms)
     * @param heldForOrders units allocated, picked or packed here for orders still open (oms)
     */
    public record StockRow(LocationId warehouse, Sku sku, long openingOnHand, long received, long adjusted, long restocked, long onHand,
            long reserved, long shipped, long heldForOrders) {}

    /** Orders oms accepted and stored. */
    public int ordersAccepted() {
        return ordersByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long units(Bucket bucket) {
        return unitsByBucket.getOrDefault(bucket, 0L);
    }

    /** Units handed to the carrier, delivered or not; a unit returned since was shipped too. */
    public long unitsShipped() {
        return units(Bucket.SHIPPED) + units(Bucket.DELIVERED) + units(Bucket.RETURNED);
    }

    /** Units still to be shipped: waiting for a release, stock or a supplier, or in the warehouse. */
    public long unitsOpen() {
        return units(Bucket.PENDING) + unitsWaiting() + units(Bucket.ALLOCATED) + units(Bucket.PICKED)
                + units(Bucket.PACKED);
    }

    /** Units waiting for a release, a receipt or a supplier. */
    public long unitsWaiting() {
        return units(Bucket.PREORDERED) + units(Bucket.BACKORDERED) + units(Bucket.AWAITING_SUPPLIER);
    }

    public int notifications(Notification.Kind kind) {
        return notificationsByKind.getOrDefault(kind, 0);
    }

    private static <K extends Comparable<K>, V> SortedMap<K, V> sorted(Map<K, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
