// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.EffectOutcome;
import dev.oms.core.effects.PendingEffect;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Option;

/** Calls the store-credit port for a credit an order owes, and folds its answer into the outcome the order records. */
final class StoreCreditCalls {
    private StoreCreditCalls() {}

    /**
     * Issues the credit under the effect's key.
     *
     * @param port the host's store-credit port; a credit is only ever owed when it is configured (the facade refuses
     *     store credit otherwise), so its absence is a bug
     * @param orderId the order
     * @param effect the credit owed
     * @return issued or declined
     */
    static EffectOutcome issue(Option<StoreCredit> port, OrderId orderId, PendingEffect.IssueStoreCredit effect) {
        StoreCredit credit = port.getOrElseThrow(() -> new IllegalStateException(
                "order " + orderId + " owes store credit but no store-credit port was configured"));
        return credit.issue(new StoreCredit.Request(effect.key(), orderId, effect.amount(), effect.reason())).fold(
                issued -> new EffectOutcome.RecordStoreCreditIssued(effect.key(), effect.credit(), issued.creditId()),
                declined -> new EffectOutcome.RecordStoreCreditDeclined(effect.key(), effect.credit(), declined.reason()));
    }
}
