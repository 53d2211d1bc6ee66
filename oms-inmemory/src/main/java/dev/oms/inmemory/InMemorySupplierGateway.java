// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.supplier.PurchaseRequest;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Require;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SupplierGateway} that records purchase requests, as a supplier's order inbox would. The host
 * (or a test) reads {@link #requests()} and answers each with a confirmation through the facade.
 * Idempotent by purchase id; a purchase id repeated with a different request throws, since that is a bug.
 */
public final class InMemorySupplierGateway implements SupplierGateway {
    private static final Logger LOG = LoggerFactory.getLogger(InMemorySupplierGateway.class);

    private final Map<PurchaseId, PurchaseRequest> requests = new LinkedHashMap<>();

    /** Creates a gateway with no requests. */
    public InMemorySupplierGateway() {}

    @Override
    public synchronized void requestPurchase(PurchaseRequest request) {
        Require.nonNull(request, "request");
        PurchaseRequest previous = requests.putIfAbsent(request.purchaseId(), request);
        if (previous != null && !previous.equals(request)) {
            throw new IllegalStateException("purchase " + request.purchaseId() + " was already requested differently");
        }
        LOG.debug("purchase requested: {}", request.purchaseId());
    }

    /** {@return every purchase request received, in arrival order, each once} */
    public synchronized List<PurchaseRequest> requests() {
        return List.copyOf(requests.values());
    }
}
