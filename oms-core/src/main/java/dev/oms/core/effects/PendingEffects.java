// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.effects;

import dev.oms.core.order.Order;
import dev.oms.core.order.ExternalRequest;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Authorization;
import dev.oms.core.order.Prepayments;
import dev.oms.core.order.ReturnReceipt;
import dev.oms.core.order.ShipmentVoid;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.fulfilment.FulfilmentItem;
import dev.oms.spi.fulfilment.FulfilmentRequest;
import dev.oms.spi.supplier.PurchaseRequest;
import io.vavr.Tuple2;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.joda.money.Money;

/**
 * Derives what an order still owes the ports, in the order the facade should run it. Ring-fenced stock
 * is turned into the order's reservation before anything else touches stock.
 */
public final class PendingEffects {
    private PendingEffects() {}

    /**
     * The effects of the state last asked about on this thread. The summary stored with a commit and the
     * effect runner that follows ask about the same state in turn; a state is immutable, so its effects are too.
     */
    private static final ThreadLocal<Object[]> LAST_ASKED = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * {@return the effects {@code order} owes, in the order to run them}
     *
     * @param order the order as it stands
     */
    @SuppressWarnings("unchecked")
    public static List<PendingEffect> of(Order order) {
        Object[] last = LAST_ASKED.get();
        if (last[0] == order) {
            return (List<PendingEffect>) last[1];
        }
        List<PendingEffect> effects = derived(order);
        last[0] = order;
        last[1] = effects;
        return effects;
    }

    /**
     * Every source is asked only when it holds something: most states owe nothing from most of them, and this runs for
     * every state an order is stored in.
     */
    private static List<PendingEffect> derived(Order order) {
        java.util.List<PendingEffect> effects = new java.util.ArrayList<>();
        stock(order, effects);
        boolean packages = !order.packages().isEmpty();
        boolean returns = !order.returns().byId().isEmpty();
        if (packages) {
            labels(order).forEach(effects::add);
        }
        if (returns) {
            ReturnLabelEffects.of(order).forEach(effects::add);
        }
        payment(order).forEach(effects::add);
        values(order.notificationsOwed()).forEach(n -> effects.add(new PendingEffect.Notify(n.key(), n)));
        return effects.isEmpty() ? List.empty() : List.ofAll(effects);
    }

    private static void stock(Order order, java.util.List<PendingEffect> effects) {
        String id = order.id().value();
        entries(order.ringFencesOwed()).forEach(e -> effects.add(new PendingEffect.ReserveRingFenced(id + ":ring-fence:" + e._1, e._1, e._2)));
        order.reservationInFlight().forEach(list -> effects.add(new PendingEffect.Reserve(id + ":reserve:" + order.reservationAttempts(),
                order.reservationAttempts(), list.map(r -> new StockMovement(r.sku(), r.locationId(), r.quantity())))));
        // A move's target is reserved before the reservations it leaves are released: never a unit with no owner.
        order.moveInFlight().forEach(move -> effects.add(new PendingEffect.ReserveMoved(id + ":move:" + move.moveId(),
                move.moveId(), MoveMovements.atTarget(order, move))));
        entries(order.releasesOwed()).forEach(e -> effects.add(new PendingEffect.ReleaseStock(id + ":release:" + e._1, e._1, e._2)));
        values(order.purchases()).filter(p -> !p.sent()).forEach(p -> effects.add(new PendingEffect.RequestPurchase(
                id + ":purchase:" + p.id(), new PurchaseRequest(p.id(), order.id(), p.supplier(), p.sku(), p.requested()))));
        values(order.externalRequests()).filter(r -> !r.sent()).forEach(r -> effects.add(new PendingEffect.SubmitFulfilment(
                id + ":fulfilment:" + r.id(), fulfilmentRequest(order, r))));
        if (!order.returns().byId().isEmpty()) {
            order.returns().restocksOwed().forEach(r -> effects.add(new PendingEffect.RestockReturned(
                    r.key(), r.sku(), r.locationId(), r.quantity())));
        }
        values(order.packages()).filter(OrderPackage::owesStockConsumption)
                .forEach(p -> effects.add(new PendingEffect.ConsumeStock(id + ":consume:" + p.id(), p.id(), movements(order, p))));
        // A voided shipment's stock comes back once its consumption is recorded: the same units, once.
        values(order.packages()).filter(OrderPackage::owesStockReturn)
                .forEach(p -> effects.add(new PendingEffect.ReturnVoidedStock(id + ":void-return:" + p.id(), p.id(), movements(order, p))));
    }

    /** Walking even an empty Vavr map makes an iterator, and most of an order's maps are empty in most states. */
    private static <K, V> Iterator<Tuple2<K, V>> entries(Map<K, V> map) {
        return map.isEmpty() ? Iterator.empty() : map.iterator();
    }

    private static <K, V> Iterator<V> values(Map<K, V> map) {
        return map.isEmpty() ? Iterator.empty() : map.valuesIterator();
    }

    /** The stock a shipped package consumes: its units that hold stock there (one with none is consumed when it ships). */
    private static List<StockMovement> movements(Order order, OrderPackage pkg) {
        return pkg.contents().filter(item -> order.line(item.lineId()).get().holdsStockAt(pkg.location())).map((PackageItem item) ->
                new StockMovement(order.line(item.lineId()).get().sku(), pkg.location(), item.quantity()));
    }

    private static FulfilmentRequest fulfilmentRequest(Order order, ExternalRequest request) {
        return new FulfilmentRequest(request.id(), order.id(), request.location(), request.items().map(item ->
                new FulfilmentItem(item.lineId(), order.line(item.lineId()).get().sku(), item.quantity())).toJavaList(), order.shipTo());
    }

    private static List<PendingEffect> labels(Order order) {
        List<PendingEffect> purchases = order.packages().valuesIterator().filter(p -> p.labelRequested().isDefined())
                .map(p -> (PendingEffect) labelPurchase(order, p, p.labelRequested().get()))
                .toList();
        return purchases.appendAll(order.packages().valuesIterator().filter(OrderPackage::owesLabelVoid)
                .map(p -> (PendingEffect) new PendingEffect.VoidLabel(voidLabelKey(order, p), p.id(), p.label().get().labelId()))
                .toList());
    }

    /**
     * Buying a package's label with a service. Its key names the package and the service, so asking the
     * carrier before a request is recorded and buying it for the recorded request are one purchase.
     *
     * @param order the order
     * @param pkg the packed package
     * @param service the carrier service asked for
     * @return the effect
     */
    public static PendingEffect.PurchaseLabel labelPurchase(Order order, OrderPackage pkg, String service) {
        return new PendingEffect.PurchaseLabel(order.id() + ":label:" + pkg.id() + ":" + service, pkg.id(), pkg.location(),
                service, pkg.totalUnits());
    }

    /**
     * {@return the key under which a package's unused label is voided}
     *
     * @param order the order
     * @param pkg the package
     */
    public static String voidLabelKey(Order order, OrderPackage pkg) {
        return order.id() + ":void-label:" + pkg.id();
    }

    private static List<PendingEffect> payment(Order order) {
        if (order.payment().isCashOnDelivery()) {
            return storeCredits(order); // nothing to authorise, capture or void: what is owed back to cash is store credit
        }
        String id = order.id().value();
        List<PendingEffect> effects = List.empty();
        boolean settled = order.reservationInFlight().isEmpty() && order.units(Bucket.PENDING) == 0;
        for (Money asked : order.payment().authorizationInFlight()) {
            effects = effects.append(new PendingEffect.Authorize(id + ":authorize:" + order.payment().nextAttempt(),
                    order.payment().method(), asked));
        }
        if (!order.payment().onHold() && !order.approvals().held() && !order.packages().isEmpty()) {
            // Nothing is captured while the order is held for approval, not even for a package shipped before.
            // Money a requested prepayment will draw is not there for package captures.
            List<Authorization> open = order.payment().openAuthorizations().filter(a -> available(order, a).isPositive());
            for (OrderPackage pkg : order.packages().valuesIterator().filter(OrderPackage::isShipped)) {
                Money due = order.value(pkg).minus(order.payment().capturedFor(pkg.id()))
                        .minus(order.prepayments().appliedTo(pkg.id(), order.currency()));
                if (due.isPositive() && !open.isEmpty()) {
                    Authorization from = open.head();
                    Money available = available(order, from);
                    Money amount = due.isGreaterThan(available) ? available : due;
                    effects = effects.append(new PendingEffect.Capture(
                            id + ":capture:" + pkg.id() + ":" + from.id() + ":" + order.payment().declines(),
                            pkg.id(), from.id(), amount));
                    break; // one capture at a time: the next one draws on what this one leaves open
                }
            }
        }
        if (!order.payment().onHold()) {
            effects = effects.appendAll(prepayments(order)).appendAll(returnRefunds(order)).appendAll(storeCredits(order))
                    .appendAll(voidRefunds(order));
        }
        effects = effects.appendAll(releases(order));
        if (settled && !order.outstanding().isPositive()) {
            effects = effects.appendAll(order.payment().openAuthorizations().map(a -> new PendingEffect.VoidAuthorization(
                    id + ":void:" + a.id(), a.id(), a.open())));
        }
        return effects;
    }

    private static Money available(Order order, Authorization authorization) {
        return order.prepayments().inFlight().filter(r -> r.authorizationId().equals(authorization.id()))
                .map(r -> authorization.open().minus(r.amount())).getOrElse(authorization.open());
    }

    /** Refunds of units received back; like every refund, keyed anew after a decline. */
    private static List<PendingEffect> returnRefunds(Order order) {
        if (order.returns().byId().isEmpty() && order.returns().claims().isEmpty()) {
            return List.empty();
        }
        return order.returns().refunds().filter(ReturnReceipt.Refund::owed)
                .map(r -> new PendingEffect.Refund(refundKey(order, r), r.captureId(), r.amount()));
    }

    /** Credits owed as store credit; like refunds, keyed anew after a decline. */
    private static List<PendingEffect> storeCredits(Order order) {
        if (order.returns().credits().byNumber().isEmpty()) {
            return List.empty();
        }
        return order.returns().credits().owed().map(c -> new PendingEffect.IssueStoreCredit(
                order.id() + ":store-credit:" + c.number() + ":" + order.payment().declines(), c.number(), c.amount(), c.reason()));
    }

    /** Releases of authorised money an edit recorded: each asked for once, under the key its number fixes. */
    private static List<PendingEffect> releases(Order order) {
        if (order.payment().authorizations().valuesIterator().forAll(a -> a.releasing().isEmpty())) {
            return List.empty();
        }
        return order.payment().authorizations().values().toList().flatMap(a -> a.releasing()
                .map(r -> new PendingEffect.VoidAuthorization(releaseKey(order, a.id(), r.number()), a.id(), r.amount())));
    }

    /**
     * {@return the key a release of authorised money is asked for under}: fixed by its number on its authorisation
     *
     * @param order the order
     * @param authorizationId the authorisation
     * @param release the release's number on it
     */
    public static String releaseKey(Order order, dev.oms.spi.value.AuthorizationId authorizationId, int release) {
        return order.id() + ":release:" + authorizationId + ":" + release;
    }

    /** Refunds of voided shipments' captures; like every refund, keyed anew after a decline. */
    private static List<PendingEffect> voidRefunds(Order order) {
        if (order.packages().isEmpty()) {
            return List.empty();
        }
        return order.packages().valuesIterator().filter(p -> p.voiding().isDefined()).toList()
                .flatMap(p -> p.voiding().get().refunds().filter(ShipmentVoid.Refund::owed).map(r -> new PendingEffect.Refund(
                        order.id() + ":void-refund:" + p.id() + ":" + r.captureId() + ":" + order.payment().declines(),
                        r.captureId(), r.amount())));
    }

    /**
     * {@return the key a refund owed by a return is asked for under now}: the decline count is part of it
     *
     * @param order the order
     * @param refund the refund owed
     */
    public static String refundKey(Order order, ReturnReceipt.Refund refund) {
        return refund.key() + ":" + order.payment().declines();
    }

    /** Keys carry the decline count: after a decline and a retry, the provider is asked anew. */
    private static List<PendingEffect> prepayments(Order order) {
        Prepayments prepayments = order.prepayments();
        if (prepayments.inFlight().isEmpty() && prepayments.refunds().isEmpty()) {
            return List.empty();
        }
        String suffix = ":" + order.payment().declines();
        List<PendingEffect> effects = prepayments.inFlight().toList().map(r -> new PendingEffect.Prepay(
                order.id().value() + ":prepay:" + r.attempt() + suffix, r.authorizationId(), r.amount()));
        return effects.appendAll(prepayments.refundsOwed().map(r -> new PendingEffect.Refund(
                r.key() + suffix, r.captureId(), r.amount())));
    }
}
