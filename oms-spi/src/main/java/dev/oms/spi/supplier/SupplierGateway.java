// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.supplier;

/**
 * The host's link to third-party suppliers, for indent orders: units bought from a supplier for one
 * order. oms raises a purchase request here; the supplier's answer (full, partial or no commitment,
 * with an expected date) arrives later, and the host hands it to the facade as a
 * {@link SupplierConfirmation}.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #requestPurchase} is idempotent by {@link PurchaseRequest#purchaseId()}: a repeat (after a
 *       crash or a timeout) must not raise a second purchase with the supplier.
 *   <li>Infrastructure failures may be thrown unchecked; oms retries later with the same request.
 * </ul>
 */
public interface SupplierGateway {

    /**
     * Raises a purchase request with the supplier. The supplier's answer comes back later through the facade.
     *
     * @param request what to buy, for which order; its purchase id is the idempotency key
     */
    void requestPurchase(PurchaseRequest request);
}
