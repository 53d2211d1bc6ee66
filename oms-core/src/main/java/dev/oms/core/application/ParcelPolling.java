// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.shipping.TrackingUpdate;
import dev.oms.spi.value.PackageId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the carrier for the events of an order's parcels on their way, for {@link Warehouse#poll}. */
final class ParcelPolling {
    private static final Logger LOG = LoggerFactory.getLogger(ParcelPolling.class);

    private ParcelPolling() {}

    /** Applies, newest first, each event of each shipped parcel the order has not applied yet; a refused one is logged. */
    static Order poll(Order order, ShippingCarrier carrier, BiFunction<PackageId, TrackingUpdate, Either<Rejection, Order>> track) {
        Order polled = order;
        for (OrderPackage pkg : order.packages().values().filter(p -> p.state() == OrderPackage.State.SHIPPED && p.label().isDefined())) {
            List<TrackingUpdate> updates = List.ofAll(carrier.trackingUpdates(pkg.label().get().trackingNumber()))
                    .sortBy(TrackingUpdate::occurredAt).reverse();
            for (TrackingUpdate update : updates) {
                if (polled.handled(IdempotencyKeys.tracking(update.carrierEventId()).value()).isEmpty()) {
                    Either<Rejection, Order> tracked = track.apply(pkg.id(), update);
                    tracked.peekLeft(refused -> LOG.warn("tracking event {} of package {} of order {} refused: {}",
                            update.carrierEventId(), pkg.id(), order.id(), refused.codes()));
                    polled = tracked.getOrElse(polled);
                }
            }
        }
        return polled;
    }
}
