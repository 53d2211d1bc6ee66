// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.fulfilment.FulfilmentRejection;
import dev.oms.spi.fulfilment.FulfilmentRequest;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.fulfilment.ShipmentConfirmation;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FulfilmentService} standing in for a 3PL or a marketplace's fulfilment: it records the requests it is
 * sent, and answers them the way real providers do, late, twice and out of order. A test (or a host trying its
 * integration) makes the provider {@link #ship ship} or {@link #reject reject} units; the answers wait in an outbox
 * until taken, in order or {@link #takeAnswersTwiceOutOfOrder shuffled with each one twice}, and are then handed to
 * the facade. Idempotent by request id; a request id repeated with a different request throws, since that is a bug.
 */
public final class InMemoryFulfilmentService implements FulfilmentService {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryFulfilmentService.class);

    /** An answer from the provider, for the order whose request it answers. */
    public sealed interface Answer {
        /** {@return the order the answered request belongs to} */
        OrderId orderId();
    }

    /**
     * The provider shipped units.
     *
     * @param orderId the order
     * @param confirmation what the provider reports
     */
    public record Shipped(OrderId orderId, ShipmentConfirmation confirmation) implements Answer {}

    /**
     * The provider gave units up.
     *
     * @param orderId the order
     * @param rejection what the provider reports
     */
    public record Rejected(OrderId orderId, FulfilmentRejection rejection) implements Answer {}

    private final Map<FulfilmentRequestId, FulfilmentRequest> requests = new LinkedHashMap<>();
    private final List<Answer> outbox = new ArrayList<>();
    private int failuresLeft;

    /** Creates a provider with no requests. */
    public InMemoryFulfilmentService() {}

    @Override
    public synchronized void submit(FulfilmentRequest request) {
        Require.nonNull(request, "request");
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("fulfilment service unavailable");
        }
        FulfilmentRequest previous = requests.putIfAbsent(request.requestId(), request);
        if (previous != null && !previous.equals(request)) {
            throw new IllegalStateException("request " + request.requestId() + " was already submitted differently");
        }
        LOG.debug("fulfilment requested: {}", request.requestId());
    }

    /**
     * Makes the next submissions fail, as a provider that is down does.
     *
     * @param times how many
     */
    public synchronized void failNext(int times) {
        failuresLeft = times;
    }

    /** {@return every request received, in arrival order, each once} */
    public synchronized List<FulfilmentRequest> requests() {
        return List.copyOf(requests.values());
    }

    /**
     * The provider ships units of a request; the confirmation waits in the outbox.
     *
     * @param requestId the request, which must have been received
     * @param shipmentId the provider's shipment id
     * @param shippedAt when it left
     * @param items the units shipped
     * @return the confirmation queued
     */
    public synchronized ShipmentConfirmation ship(FulfilmentRequestId requestId, String shipmentId, Instant shippedAt,
            PackageItem... items) {
        ShipmentConfirmation confirmation = new ShipmentConfirmation(requestId, shipmentId, List.of(items), "PROVIDER-POST",
                "TRK-" + shipmentId, shippedAt);
        outbox.add(new Shipped(received(requestId).orderId(), confirmation));
        return confirmation;
    }

    /**
     * The provider gives up units of a request; the rejection waits in the outbox.
     *
     * @param requestId the request, which must have been received
     * @param rejectionId the provider's id of its answer
     * @param reason why
     * @param items the units given up
     * @return the rejection queued
     */
    public synchronized FulfilmentRejection reject(FulfilmentRequestId requestId, String rejectionId, String reason,
            PackageItem... items) {
        FulfilmentRejection rejection = new FulfilmentRejection(requestId, rejectionId, List.of(items), reason);
        outbox.add(new Rejected(received(requestId).orderId(), rejection));
        return rejection;
    }

    /** {@return the answers waiting, in the order the provider made them, and empties the outbox} */
    public synchronized List<Answer> takeAnswers() {
        List<Answer> taken = List.copyOf(outbox);
        outbox.clear();
        return taken;
    }

    /**
     * {@return the answers waiting, each twice, in an order shuffled by the seed, and empties the outbox}: what a
     * provider that retries its webhooks over a queue that does not keep order delivers
     *
     * @param seed the shuffle's seed, so a failing run can be repeated
     */
    public synchronized List<Answer> takeAnswersTwiceOutOfOrder(long seed) {
        List<Answer> twice = new ArrayList<>(outbox);
        twice.addAll(outbox);
        outbox.clear();
        Collections.shuffle(twice, new Random(seed));
        return List.copyOf(twice);
    }

    private FulfilmentRequest received(FulfilmentRequestId requestId) {
        FulfilmentRequest request = requests.get(requestId);
        if (request == null) {
            throw new IllegalArgumentException("no request " + requestId + " was submitted");
        }
        return request;
    }
}
