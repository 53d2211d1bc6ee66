// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.Sku;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transfers {@link InMemoryInventoryStore} has sent, and which of them are still in transit. Each
 * transfer's in-transit state is read and written only under its SKU's lock, held by the store.
 */
final class InMemoryTransfers {
    private static final Comparator<StockTransfer> BY_ARRIVAL = Comparator.comparing(StockTransfer::expectedArrival)
            .thenComparing(StockTransfer::transferId);

    private final Map<String, StockTransfer> sent = new ConcurrentHashMap<>();
    private final Map<Sku, Map<String, StockTransfer>> inTransit = new ConcurrentHashMap<>();

    /** Records a transfer as in transit; a transfer id names one transfer only. */
    void send(StockTransfer transfer) {
        StockTransfer before = sent.putIfAbsent(transfer.transferId(), transfer);
        if (before != null) {
            throw new OperationKeyReusedException("transfer id", transfer.transferId());
        }
        inTransit.computeIfAbsent(transfer.sku(), sku -> new ConcurrentHashMap<>()).put(transfer.transferId(), transfer);
    }

    /** The transfer sent under this id, received or not. */
    Optional<StockTransfer> find(String transferId) {
        return Optional.ofNullable(sent.get(transferId));
    }

    /** The SKU's transfers in transit, by expected arrival then id. */
    List<StockTransfer> of(Sku sku) {
        return inTransit.getOrDefault(sku, Map.of()).values().stream().sorted(BY_ARRIVAL).toList();
    }

    /** Ends a transfer in transit, checking that {@code received} is between none and all of its units. */
    StockTransfer receive(String transferId, long received) {
        StockTransfer transfer = find(transferId).orElseThrow(() -> new IllegalArgumentException("no transfer " + transferId));
        Map<String, StockTransfer> ofSku = inTransit.getOrDefault(transfer.sku(), Map.of());
        if (!ofSku.containsKey(transferId)) {
            throw new IllegalArgumentException("transfer " + transferId + " was received already");
        }
        if (received < 0 || received > transfer.quantity()) {
            throw new IllegalArgumentException("transfer " + transferId + " sent " + transfer.quantity()
                    + " units; " + received + " cannot have arrived");
        }
        ofSku.remove(transferId);
        return transfer;
    }
}
