// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.fulfilment;

/**
 * The host's link to the services that fulfil from locations run by others (type
 * {@link dev.oms.spi.inventory.LocationType#THIRD_PARTY}): a third-party logistics provider, or a marketplace's
 * fulfilment channel. oms submits a request for the units allocated there; the provider's answers arrive later,
 * possibly twice or out of order, and the host hands each to the facade as a {@link ShipmentConfirmation} or a
 * {@link FulfilmentRejection}.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #submit} is idempotent by {@link FulfilmentRequest#requestId()}: a repeat (after a crash or a
 *       timeout) must not make the provider ship twice.
 *   <li>Infrastructure failures may be thrown unchecked; oms retries later with the same request.
 * </ul>
 */
public interface FulfilmentService {

    /**
     * Sends a fulfilment request to the provider of its location. The answers come back later through the facade.
     *
     * @param request what to ship, from where, to whom; its request id is the idempotency key
     */
    void submit(FulfilmentRequest request);
}
