// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.WaitingFor;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One order as its customer sees it in their order history: where it stands, what it cost, where each parcel is and
 * what the order still waits for. Built from the order as stored, for {@link OrderQueries#customerHistory}.
 *
 * @param orderId the order
 * @param externalId the order's id in its sales channel
 * @param channel where it was placed
 * @param placedAt when it was placed
 * @param status where it stands
 * @param total what the customer pays for the units still wanted
 * @param parcels each shipped or packed parcel with its carrier, tracking number and tracking status, in the order packed
 * @param waitingFor what the order waits for outside the warehouse (release, stock, supplier, an exchange's return); empty when nothing
 * @param returnsOpen returns asked for and not yet fully received or rejected
 */
public record CustomerOrderView(OrderId orderId, String externalId, Channel channel, Instant placedAt, OrderStatus status,
        Money total, List<Parcel> parcels, List<WaitingFor> waitingFor, int returnsOpen) {

    /**
     * A parcel of the order and where it is.
     *
     * @param packageId the package
     * @param state packed, opened, shipped or delivered
     * @param carrier the carrier, once a label was bought
     * @param trackingNumber the tracking number, once a label was bought
     * @param shippedAt when it left, once shipped
     * @param deliveredAt when it arrived, once delivered
     * @param tracking where the carrier last said it is (its latest tracking event by the carrier's time), once it said
     */
    public record Parcel(PackageId packageId, OrderPackage.State state, Optional<String> carrier, Optional<String> trackingNumber,
            Optional<Instant> shippedAt, Optional<Instant> deliveredAt, Optional<TrackingStatus> tracking) {
        /** Refuses nulls.
         * @param packageId the package
         * @param state where it is
         * @param carrier the carrier, if known
         * @param trackingNumber the tracking number, if known
         * @param shippedAt when it left, if it did
         * @param deliveredAt when it arrived, if it did
         * @param tracking the carrier's last status, if it gave one */
        public Parcel {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(state, "state");
            Require.nonNull(carrier, "carrier");
            Require.nonNull(trackingNumber, "trackingNumber");
            Require.nonNull(shippedAt, "shippedAt");
            Require.nonNull(deliveredAt, "deliveredAt");
            Require.nonNull(tracking, "tracking");
        }
    }

    /** Refuses nulls and copies the lists.
     * @param orderId the order
     * @param externalId its id in its channel
     * @param channel where it was placed
     * @param placedAt when
     * @param status where it stands
     * @param total what the customer pays
     * @param parcels its parcels
     * @param waitingFor what it waits for
     * @param returnsOpen returns not yet settled */
    public CustomerOrderView {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(externalId, "externalId");
        Require.nonNull(channel, "channel");
        Require.nonNull(placedAt, "placedAt");
        Require.nonNull(status, "status");
        Require.nonNull(total, "total");
        parcels = List.copyOf(Require.nonNull(parcels, "parcels"));
        waitingFor = List.copyOf(Require.nonNull(waitingFor, "waitingFor"));
    }

    /** {@return the view of an order as stored}
     * @param order the order */
    static CustomerOrderView of(Order order) {
        List<Parcel> parcels = order.packages().values().map(p -> new Parcel(p.id(), p.state(),
                p.label().map(OrderPackage.Label::carrier).toJavaOptional(), p.label().map(OrderPackage.Label::trackingNumber).toJavaOptional(),
                p.shippedAt().toJavaOptional(), p.deliveredAt().toJavaOptional(), p.trackingStatus().toJavaOptional())).toJavaList();
        int returnsOpen = order.returns().all().count(r -> r.state() == dev.oms.core.order.ReturnAuthorization.State.REQUESTED
                || r.state() == dev.oms.core.order.ReturnAuthorization.State.APPROVED);
        return new CustomerOrderView(order.id(), order.externalId(), order.channel(), order.placedAt(), order.status(),
                order.activeValue(), parcels, order.waitingFor().toJavaList(), returnsOpen);
    }
}
