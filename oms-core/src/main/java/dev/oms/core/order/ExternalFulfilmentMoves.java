// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.EffectEvent.FulfilmentRequestSent;
import dev.oms.spi.event.ExternalFulfilmentEvent.ExternalShipmentConfirmed;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRejected;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRequested;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.PackageItem;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;

/** How external fulfilment events change an order: requests, the provider's shipments and rejections. */
final class ExternalFulfilmentMoves {

    private ExternalFulfilmentMoves() {}

    static Order requested(Order order, FulfilmentRequested e) {
        ExternalRequest request = new ExternalRequest(e.requestId(), e.locationId(), List.ofAll(e.items()), List.empty(),
                List.empty(), false);
        return order.copy().withExternalRequests(order.externalRequests().put(request.id(), request));
    }

    static Order sent(Order order, FulfilmentRequestSent e) {
        return withRequest(order, e.requestId(), ExternalRequest::markSent);
    }

    /** A package that left with the provider's carrier: shipped from allocated, its label the provider's tracking. */
    static Order shipped(Order order, ExternalShipmentConfirmed e) {
        Order moved = withRequest(order, e.requestId(), r -> r.shippedMore(e.contents()));
        for (PackageItem item : e.contents()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.at(Bucket.ALLOCATED, e.locationId()), Slot.of(Bucket.SHIPPED),
                    item.quantity());
        }
        boolean consumesStock = e.contents().stream().anyMatch(item -> order.line(item.lineId())
                .exists(line -> line.holdsStockAt(e.locationId())));
        OrderPackage pkg = OrderPackage.packed(e.packageId(), e.locationId(), List.ofAll(e.contents()), Option.none(), Option.none())
                .withLabel(new OrderPackage.Label(e.carrier(), LabelId.of(e.packageId().value()), e.trackingNumber()))
                .shipped(e.shippedAt());
        moved = moved.copy().withPackages(moved.packages().put(pkg.id(), consumesStock ? pkg : pkg.markStockConsumed()));
        return Charges.shipped(order, pkg, Prepaying.shipped(order, pkg, moved));
    }

    /** The request no longer covers the units given up; their move back to pending is its own event. */
    static Order rejected(Order order, FulfilmentRejected e) {
        return withRequest(order, e.requestId(), r -> r.rejectedMore(e.items()));
    }

    private static Order withRequest(Order order, FulfilmentRequestId id, UnaryOperator<ExternalRequest> change) {
        ExternalRequest request = order.externalRequests().get(id)
                .getOrElseThrow(() -> new IllegalStateException("unknown fulfilment request " + id));
        return order.copy().withExternalRequests(order.externalRequests().put(id, change.apply(request)));
    }
}
