// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One call of {@link InMemoryInventoryStore} that moves stock (reserve, release, consume, reserve ring-fenced),
 * checked and read once: the units wanted per SKU and location, the SKUs whose locks it takes, and the digest its
 * key is remembered by. Such calls come with every order, so the ledger keeps the digest, not the movements.
 *
 * @param wanted the units per SKU and location, summed, in the order each first appears
 * @param skus the SKUs the call names
 * @param digest the request as the idempotency ledger remembers it
 */
record MovementCall(Map<StockKey, Long> wanted, Set<Sku> skus, RequestDigest digest) {

    /** {@return the call}, checked to be named by a key and to move something */
    static MovementCall of(String operationKey, List<StockMovement> movements) {
        List<StockMovement> request = StockKey.checked(operationKey, movements);
        Map<StockKey, Long> wanted = StockKey.totals(request);
        return new MovementCall(wanted, StockKey.skusOf(wanted), RequestDigest.ofMovements(request));
    }
}
