// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.shipping.TrackingUpdate;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake carrier with a fixed price list. Labels ({@code label-1}) and tracking numbers
 * ({@code TRK000001}) come from a counter, so runs are reproducible. Purchases and voids are idempotent by
 * key; a service not on the price list is {@link LabelResult.Unavailable}. Return labels are sold too, and can be
 * refused or failed at will ({@link #refuseReturnLabels}, {@link #returnLabelsDown}). Addresses are never kept or logged.
 */
public final class InMemoryShippingCarrier implements ShippingCarrier {
    /** Reason given for a service that is not on the price list. */
    public static final String UNKNOWN_SERVICE = "UNKNOWN_SERVICE";

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryShippingCarrier.class);
    private static final String PURCHASE = "purchase";
    private static final String VOID = "void";
    private static final String RETURN_PURCHASE = "return-purchase";

    private final String carrier;
    private final Map<String, Money> costByService;
    private final Object lock = new Object();
    private final IdempotencyLedger ledger = new IdempotencyLedger();
    private final Map<LabelId, IssuedLabel> labels = new LinkedHashMap<>();
    private final List<LabelId> voided = new ArrayList<>();
    private final Map<String, Money> ratesFrom = new LinkedHashMap<>();
    private final Map<String, List<TrackingUpdate>> tracking = new LinkedHashMap<>();
    private final Map<LabelId, IssuedReturnLabel> returnLabels = new LinkedHashMap<>();
    private volatile String refusingReturns;
    private volatile boolean returnsDown;
    private long labelCount;

    /**
     * A carrier offering the services on {@code costByService}, each at its price per label.
     *
     * @param carrier the carrier's name as it appears on labels
     * @param costByService the price of a label per service name
     */
    public InMemoryShippingCarrier(String carrier, Map<String, Money> costByService) {
        this.carrier = Require.nonBlank(carrier, "carrier");
        this.costByService = Map.copyOf(costByService);
    }

    /** {@return a carrier named {@code in-memory-post} offering {@code ground} (EUR 4.90) and {@code express} (EUR 12.50)} */
    public static InMemoryShippingCarrier withDefaultServices() {
        return new InMemoryShippingCarrier("in-memory-post", Map.of(
                "ground", Money.parse("EUR 4.90"),
                "express", Money.parse("EUR 12.50")));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the package holds no units
     */
    @Override
    public LabelResult purchaseLabel(LabelRequest request) {
        Require.nonNull(request, "request");
        if (request.units() <= 0) {
            throw new IllegalArgumentException("a package holds at least one unit, was " + request.units());
        }
        synchronized (lock) {
            var replay = ledger.replay(PURCHASE, request.idempotencyKey(), request, LabelResult.class);
            if (replay.isDefined()) {
                return replay.get();
            }
            Money cost = costByService.get(request.service());
            LabelResult result;
            if (cost == null) {
                result = new LabelResult.Unavailable(UNKNOWN_SERVICE + ": " + request.service());
            } else {
                long number = ++labelCount;
                var label = new LabelResult.Purchased(
                        carrier, LabelId.of("label-" + number), "TRK" + SequentialIdGenerator.padded(number), cost);
                labels.put(label.labelId(), new IssuedLabel(
                        request.orderId(), request.packageId(), request.service(), request.units(), label));
                result = label;
            }
            LOG.debug("label {} for {}/{}: {}", request.idempotencyKey(), request.orderId(), request.packageId(), result);
            return ledger.record(PURCHASE, request.idempotencyKey(), request, result);
        }
    }

    /**
     * {@inheritDoc} Voiding a label that is already void changes nothing.
     *
     * @throws IllegalStateException when this carrier never issued {@code labelId}: a bug in the caller
     */
    @Override
    public void voidLabel(String idempotencyKey, LabelId labelId) {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(labelId, "labelId");
        synchronized (lock) {
            if (ledger.applied(VOID, idempotencyKey, labelId)) {
                return;
            }
            if (!labels.containsKey(labelId) && !returnLabels.containsKey(labelId)) {
                throw new IllegalStateException("no label " + labelId + " was issued");
            }
            if (!voided.contains(labelId)) {
                voided.add(labelId);
            }
            ledger.record(VOID, idempotencyKey, labelId, labelId);
            LOG.debug("void label {}: {}", idempotencyKey, labelId);
        }
    }

    /**
     * {@inheritDoc} Sold at the service's label price, numbered with the outbound labels; a service not on the price
     * list is refused ({@code UNKNOWN_SERVICE}), and so is every request while {@link #refuseReturnLabels} says so.
     *
     * @throws IllegalStateException while {@link #returnLabelsDown} says the service is down: nothing is bought
     */
    @Override
    public LabelResult purchaseReturnLabel(ReturnLabelRequest request) {
        Require.nonNull(request, "request");
        if (returnsDown) {
            throw new IllegalStateException("return labels unavailable: carrier down");
        }
        synchronized (lock) {
            var replay = ledger.replay(RETURN_PURCHASE, request.idempotencyKey(), request, LabelResult.class);
            if (replay.isDefined()) {
                return replay.get();
            }
            Money cost = costByService.get(request.service());
            LabelResult result;
            if (refusingReturns != null) {
                result = new LabelResult.Unavailable(refusingReturns);
            } else if (cost == null) {
                result = new LabelResult.Unavailable(UNKNOWN_SERVICE + ": " + request.service());
            } else {
                long number = ++labelCount;
                var label = new LabelResult.Purchased(carrier, LabelId.of("label-" + number), "TRK" + SequentialIdGenerator.padded(number), cost);
                returnLabels.put(label.labelId(), new IssuedReturnLabel(request.orderId(), request.returnId(), request.returnTo(),
                        request.service(), request.units(), label));
                result = label;
            }
            LOG.debug("return label {} for {}/{}: {}", request.idempotencyKey(), request.orderId(), request.returnId(), result);
            return ledger.record(RETURN_PURCHASE, request.idempotencyKey(), request, result);
        }
    }

    /**
     * Makes the carrier refuse every new return label with {@code reason}, or sell them again with {@code null}; a
     * purchase asked before answers as it did.
     *
     * @param reason why it refuses, or {@code null} to sell again
     * @return this carrier, for chaining
     */
    public InMemoryShippingCarrier refuseReturnLabels(String reason) {
        this.refusingReturns = reason;
        return this;
    }

    /**
     * Makes return label purchases fail (the carrier is down, nothing is bought) or work again.
     *
     * @param down whether purchases throw
     * @return this carrier, for chaining
     */
    public InMemoryShippingCarrier returnLabelsDown(boolean down) {
        this.returnsDown = down;
        return this;
    }

    /** {@return every return label bought, in purchase order, voided ones included ({@link #labelsVoided})} */
    public List<IssuedReturnLabel> returnLabelsPurchased() {
        synchronized (lock) {
            return List.copyOf(returnLabels.values());
        }
    }

    /**
     * {@inheritDoc} The price of the service from the location when {@link #rateFrom} set one, else the
     * service's label price; {@code UNKNOWN_SERVICE} for a service not on the price list.
     */
    @Override
    public RateQuote quote(RateRequest request) {
        Require.nonNull(request, "request");
        synchronized (lock) {
            Money rate = ratesFrom.getOrDefault(request.shipFrom() + "|" + request.service(), costByService.get(request.service()));
            return rate == null ? new RateQuote.Unavailable(UNKNOWN_SERVICE + ": " + request.service()) : new RateQuote.Quoted(rate);
        }
    }

    /**
     * Quotes {@code service} from {@code location} at {@code price}, as carriers price by origin.
     *
     * @param location the location parcels leave from
     * @param service the service name
     * @param price the label's price from there, instead of the service's default
     * @return this carrier, for chaining
     */
    public InMemoryShippingCarrier rateFrom(dev.oms.spi.value.LocationId location, String service, Money price) {
        Require.nonNull(location, "location");
        Require.nonBlank(service, "service");
        Require.nonNull(price, "price");
        synchronized (lock) {
            ratesFrom.put(location + "|" + service, price);
        }
        return this;
    }

    /**
     * {@inheritDoc} Every update {@link #report} was given for the tracking number, in the order given, repeats
     * included: as a real carrier's feed, it may answer an event twice and out of order.
     */
    @Override
    public List<TrackingUpdate> trackingUpdates(String trackingNumber) {
        Require.nonBlank(trackingNumber, "trackingNumber");
        synchronized (lock) {
            return List.copyOf(tracking.getOrDefault(trackingNumber, List.of()));
        }
    }

    /**
     * Makes the carrier report a tracking event for its parcel, for tests and simulations; the same update may be
     * reported twice, as carriers do.
     *
     * @param update the event, naming the parcel by its tracking number
     * @return this carrier, for chaining
     */
    public InMemoryShippingCarrier report(TrackingUpdate update) {
        Require.nonNull(update, "update");
        synchronized (lock) {
            tracking.computeIfAbsent(update.trackingNumber(), n -> new ArrayList<>()).add(update);
        }
        return this;
    }

    /** {@return every label bought, in purchase order, voided ones included} */
    public List<IssuedLabel> labelsPurchased() {
        synchronized (lock) {
            return List.copyOf(labels.values());
        }
    }

    /** {@return the ids of voided labels, in the order they were voided} */
    public List<LabelId> labelsVoided() {
        synchronized (lock) {
            return List.copyOf(voided);
        }
    }

    /**
     * A label this carrier issued and what it was for.
     *
     * @param orderId the order the label was bought for
     * @param packageId the package it labels
     * @param service the carrier service bought
     * @param units how many units the package holds
     * @param label the answer the purchase gave
     */
    public record IssuedLabel(
            OrderId orderId, PackageId packageId, String service, long units, LabelResult.Purchased label) {}

    /**
     * A return label this carrier issued and what it was for.
     *
     * @param orderId the order the units were sold on
     * @param returnId the return
     * @param returnTo the location the parcel goes back to
     * @param service the carrier service bought
     * @param units how many units the return asks for
     * @param label the answer the purchase gave
     */
    public record IssuedReturnLabel(OrderId orderId, dev.oms.spi.value.ReturnId returnId, dev.oms.spi.value.LocationId returnTo,
            String service, long units, LabelResult.Purchased label) {}
}
