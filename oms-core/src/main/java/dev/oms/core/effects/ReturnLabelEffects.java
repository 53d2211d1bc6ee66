// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.effects;

import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.order.ReturnLabel;
import io.vavr.collection.List;

/**
 * What an order owes the carrier for its return labels: the purchase of each label asked for and not yet answered,
 * then the void of each label bought that its return no longer needs. A purchase is owed even when the return's units
 * all arrived meanwhile: the carrier may have sold it on a call whose answer was lost, so it is bought or replayed
 * under its key, then voided, never left paid for unused.
 */
final class ReturnLabelEffects {
    private ReturnLabelEffects() {}

    static List<PendingEffect> of(Order order) {
        List<ReturnAuthorization> returns = order.returns().all();
        List<PendingEffect> purchases = returns.filter(r -> r.label().exists(l -> l.state() == ReturnLabel.State.REQUESTED))
                .map(r -> new PendingEffect.PurchaseReturnLabel(purchaseKey(order, r), r.id(), r.label().get().returnTo(),
                        r.label().get().service(), r.totalUnits()));
        return purchases.appendAll(returns.filter(ReturnAuthorization::owesLabelVoid).map(r -> new PendingEffect.VoidReturnLabel(
                order.id() + ":void-return-label:" + r.id(), r.id(), r.label().get().issued().get().labelId())));
    }

    /** The key names the return and the request, so each request is bought once and a request after a refusal anew. */
    private static String purchaseKey(Order order, ReturnAuthorization r) {
        return order.id() + ":return-label:" + r.id() + ":" + r.label().get().request();
    }
}
