// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.effects;

/**
 * One method per effect type: implementing it is the compile-time proof that every effect is performed.
 *
 * @param <R> what performing an effect yields
 */
public interface PendingEffectVisitor<R> {
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.Reserve effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.ReserveMoved effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.ReleaseStock effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.ConsumeStock effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.PurchaseLabel effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.VoidLabel effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.Authorize effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.Capture effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.Prepay effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.Refund effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.IssueStoreCredit effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.VoidAuthorization effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.RequestPurchase effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.ReserveRingFenced effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.SubmitFulfilment effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.Notify effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.RestockReturned effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.ReturnVoidedStock effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.PurchaseReturnLabel effect);
    /** {@return what performing it yields}
     * @param effect the effect to perform */
    R visit(PendingEffect.VoidReturnLabel effect);
}
