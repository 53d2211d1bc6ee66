// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.ExchangeRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.Page;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.testkit.ConcurrentHistories.Exchange;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;

/**
 * The after-sale call of a history ({@link Exchange}): on an order with nothing delivered yet, its allocated units are
 * picked, packed, shipped and delivered; on one with a delivered unit not under return, that unit is exchanged for one
 * unit of the call's SKU, the replacement reserved (or queued) in the exchange's commit while placements, receipts,
 * cancellations and the same exchange race it.
 */
final class HistoryExchange {
    private HistoryExchange() {}

    static String run(OrderManagement oms, Exchange x, Money price, Set<String> features) {
        List<OrderId> ids = Page.all(oms.queries()::orderIds);
        if (ids.isEmpty()) {
            return "no order to exchange";
        }
        OrderId id = ids.get(x.slot() % ids.size());
        Order order = oms.queries().find(id).get();
        Option<Line> delivered = order.lines().values().find(l -> l.count(Bucket.DELIVERED)
                > order.returns().underReturn(l.id()) - order.returns().received(l.id()));
        if (delivered.isEmpty()) {
            return fulfil(oms, id, x.key(), features);
        }
        ExchangeRequest request = new ExchangeRequest(x.key(), List.of(new ReturnRequest.Line(delivered.get().id(), 1, "history")),
                List.of(LineRequest.of(x.sku().code(), 1, price)), false);
        return oms.exchanges().open(id, request).fold(r -> "rejected " + r.codes().mkString(","), opening -> {
            features.add("order exchanged");
            return "exchanged a unit of " + id + " for " + x.sku() + " (" + opening.order().lines().values()
                    .map(l -> l.units().toString()).mkString(" ") + ")";
        });
    }

    /** Picks, packs, ships and delivers what the order has allocated, stopping at the first refusal. */
    private static String fulfil(OrderManagement oms, OrderId id, String key, Set<String> features) {
        Either<Rejection, ?> listed = oms.warehouse().createPickLists(id);
        if (listed.isLeft()) {
            return "nothing to deliver (" + listed.getLeft().codes().mkString(",") + ")";
        }
        Order order = oms.queries().find(id).get();
        int n = 0;
        for (PickList list : order.pickLists().values().filter(PickList::open)) {
            if (oms.warehouse().confirmPicked(id, list.id()).isLeft()) {
                return "pick of " + list.id() + " refused";
            }
            List<PackageItem> items = list.items().map(i -> new PackageItem(i.lineId(), i.quantity())).toJavaList();
            Either<Rejection, PackageId> parcel = oms.warehouse().confirmPacked(id, PackRequest.of(key + "-pack-" + (++n), list.location(), items))
                    .flatMap(packed -> oms.warehouse().ship(id, packed.packageId(), "ground")).map(shipped -> shipped.packageId());
            if (parcel.isLeft() || oms.warehouse().confirmDelivery(id, parcel.get()).isLeft()) {
                return "delivery of " + list.id() + " refused " + parcel.fold(r -> r.codes().mkString(","), p -> "at delivery");
            }
        }
        features.add("order delivered");
        return "delivered " + id;
    }
}
