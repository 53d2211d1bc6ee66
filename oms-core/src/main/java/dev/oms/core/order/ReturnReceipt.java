// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One arrival of a return's units at a location, and what it owes: its refunds, one per capture drawn on, and the
 * restock of each line's sellable units. Each owed call is keyed by the order, return, receipt and share or line, so a
 * retried call is the same call.
 *
 * @param number the receipt's number within its return, from 1
 * @param locationId where the units arrived
 * @param items the units received per line and disposition
 * @param receivedAt when they arrived
 * @param restockingFee what the policy kept of their value
 * @param refunds the money owed back, per capture, done or not
 * @param restocks the sellable units owed to the location's stock, per line, done or not
 */
public record ReturnReceipt(int number, LocationId locationId, List<ReceivedItem> items, Instant receivedAt, Money restockingFee,
        List<Refund> refunds, List<Restock> restocks) {

    /**
     * Money owed back from one capture; {@code refundId} once the provider refunded it.
     *
     * @param share the share's number within the receipt, from 1
     * @param key the refund's key, which keys its call to the provider
     * @param captureId the capture refunded
     * @param amount the money owed back
     * @param refundId the provider's refund, once refunded
     */
    public record Refund(int share, String key, CaptureId captureId, Money amount, Option<RefundId> refundId) {
        /** {@return whether the refund is still owed} */
        public boolean owed() {
            return refundId.isEmpty();
        }
    }

    /**
     * Sellable units of one line owed to the receiving location's stock.
     *
     * @param key the restock's key, which keys its call to the inventory
     * @param lineId the line
     * @param sku its SKU
     * @param locationId the location whose stock they join
     * @param quantity the units restocked
     * @param done whether the inventory has added them
     */
    public record Restock(String key, LineId lineId, Sku sku, LocationId locationId, long quantity, boolean done) {}

    /** Refuses nulls.
     * @param number the receipt's number
     * @param locationId where the units arrived
     * @param items the units received
     * @param receivedAt when they arrived
     * @param restockingFee what the policy kept
     * @param refunds the money owed back
     * @param restocks the units owed to stock */
    public ReturnReceipt {
        Require.nonNull(locationId, "locationId");
        Require.nonNull(items, "items");
        Require.nonNull(receivedAt, "receivedAt");
        Require.nonNull(restockingFee, "restockingFee");
        Require.nonNull(refunds, "refunds");
        Require.nonNull(restocks, "restocks");
    }

    /** {@return the receipt a {@code ReturnReceived} records, its refunds and restocks owed}
     * @param order the order before the receipt
     * @param e the receipt */
    static ReturnReceipt of(Order order, ReturnReceived e) {
        String prefix = prefix(order.id(), e);
        List<Refund> refunds = List.ofAll(e.refunds()).zipWithIndex().map(r -> new Refund(r._2 + 1,
                prefix + ":refund:" + (r._2 + 1), r._1.captureId(), r._1.amount(), Option.none()));
        List<ReceivedItem> items = List.ofAll(e.items());
        // Stock oms does not keep (an untracked line's) is never added to: such a unit is restocked by the host, if at all.
        List<Restock> restocks = items.filter(i -> i.disposition() == Disposition.RESTOCK && order.line(i.lineId()).get().stockTracked())
                .map(ReceivedItem::lineId).distinct()
                .map(lineId -> new Restock(prefix + ":restock:" + lineId, lineId, order.line(lineId).get().sku(), e.locationId(),
                        items.filter(i -> i.lineId().equals(lineId) && i.disposition() == Disposition.RESTOCK)
                                .map(ReceivedItem::quantity).sum().longValue(), false));
        return new ReturnReceipt(e.receipt(), e.locationId(), items, e.receivedAt(), e.restockingFee(), refunds, restocks);
    }

    private static String prefix(OrderId orderId, ReturnReceived e) {
        return orderId.value() + ":return:" + e.returnId() + ":" + e.receipt();
    }

    /** {@return the units of a line received, over its items}
     * @param lineId the line */
    public long units(LineId lineId) {
        return items.filter(i -> i.lineId().equals(lineId)).map(ReceivedItem::quantity).sum().longValue();
    }

    /** {@return the money owed back or refunded by this receipt}
     * @param currency the order's currency */
    public Money refundTotal(CurrencyUnit currency) {
        return refunds.foldLeft(Money.zero(currency), (sum, r) -> sum.plus(r.amount()));
    }

    ReturnReceipt refunded(int share, RefundId refundId) {
        Refund owed = refunds.find(r -> r.share() == share && r.owed())
                .getOrElseThrow(() -> new IllegalStateException("no refund share " + share + " owed by receipt " + number));
        return new ReturnReceipt(number, locationId, items, receivedAt, restockingFee,
                refunds.replace(owed, new Refund(share, owed.key(), owed.captureId(), owed.amount(), Option.some(refundId))), restocks);
    }

    ReturnReceipt restocked(LineId lineId) {
        Restock owed = restocks.find(r -> r.lineId().equals(lineId) && !r.done())
                .getOrElseThrow(() -> new IllegalStateException("no restock of " + lineId + " owed by receipt " + number));
        return new ReturnReceipt(number, locationId, items, receivedAt, restockingFee, refunds,
                restocks.replace(owed, new Restock(owed.key(), lineId, owed.sku(), owed.locationId(), owed.quantity(), true)));
    }
}
