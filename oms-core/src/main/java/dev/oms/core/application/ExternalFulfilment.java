// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.ExternalFulfilmentCommand;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.fulfilment.FulfilmentRejection;
import dev.oms.spi.fulfilment.ShipmentConfirmation;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Locations run by others (type {@link LocationType#THIRD_PARTY}): a third-party logistics provider, or a
 * marketplace's fulfilment channel. oms reserves their stock as any location's, never makes pick lists there, and
 * sends the units allocated there to the provider through the host's
 * {@link dev.oms.spi.fulfilment.FulfilmentService} as soon as payment clears. The host hands the provider's
 * answers back here, as they come: twice, late or out of order, each applies once. Reached through
 * {@link OrderManagement#externalFulfilment()}.
 */
public final class ExternalFulfilment {
    private final Settling settling;
    private final Stocktaking stocktaking;

    ExternalFulfilment(Settling settling, Stocktaking stocktaking) {
        this.settling = settling;
        this.stocktaking = stocktaking;
    }

    /**
     * Records a provider's shipment: its units leave the provider's location as a package named after the
     * shipment, their stock is consumed, its value captured and the customer told, as for a warehouse's shipment.
     * The rest of the request stays open. A confirmation repeated under its shipment id changes nothing; one that
     * takes more of a line than the request still has open is refused.
     *
     * @param orderId the order
     * @param shipment what the provider reported
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_FULFILMENT_REQUEST},
     *     {@code ILLEGAL_TRANSITION} naming each line shipped beyond what is open, {@code IDEMPOTENCY_KEY_REUSED} for
     *     a shipment id reported again with other contents, ids or texts beyond the input limits
     */
    public Either<Rejection, Order> recordShipment(OrderId orderId, ShipmentConfirmation shipment) {
        Require.nonNull(shipment, "shipment");
        Option<Rejection> malformed = EntryChecks.shipment(shipment);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        String key = IdempotencyKeys.externalShipment(shipment.requestId(), shipment.shipmentId()).value();
        return settling.run(orderId, new ExternalFulfilmentCommand.RecordExternalShipment(key, shipment));
    }

    /**
     * Records that a provider will not ship some of a request's units: they go back to pending, their reservation
     * at the provider's location released, and are routed again without that location, wait where their SKU may,
     * or are cancelled, as units a reservation could not place are. A rejection repeated under its id changes
     * nothing.
     *
     * @param orderId the order
     * @param rejection what the provider reported
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_FULFILMENT_REQUEST},
     *     {@code ILLEGAL_TRANSITION} naming each line given up beyond what is open (or while a reservation is in
     *     flight: resume first), {@code IDEMPOTENCY_KEY_REUSED}, ids or texts beyond the input limits
     */
    public Either<Rejection, Order> recordRejection(OrderId orderId, FulfilmentRejection rejection) {
        Require.nonNull(rejection, "rejection");
        Option<Rejection> malformed = EntryChecks.rejection(rejection);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        String key = IdempotencyKeys.externalRejection(rejection.requestId(), rejection.rejectionId()).value();
        return settling.run(orderId, new ExternalFulfilmentCommand.RecordExternalRejection(key, rejection));
    }

    /**
     * Records the stock counts a provider reports for its location, one {@link Stocktaking#adjust count} per SKU:
     * a count below what is reserved there settles the newest orders holding units as the stock-loss policy says,
     * units the provider still has on a request excepted. Repeating the key changes nothing.
     *
     * @param location the provider's location, of type {@code THIRD_PARTY}
     * @param counts the units the provider holds, per SKU; zero or more each
     * @param idempotencyKey the host's key for this report
     * @return what each count did, by SKU in code order, or a rejection: {@code UNKNOWN_LOCATION} for a location that is not a
     *     third-party one, or the first count's rejection (the counts before it stay recorded; repeat the key)
     */
    public Either<Rejection, Map<Sku, AdjustmentReport>> syncStock(LocationId location, Map<Sku, Long> counts,
            String idempotencyKey) {
        Require.nonNull(location, "location");
        Require.nonNull(counts, "counts");
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        boolean thirdParty = List.ofAll(settling.ports().inventory().locations())
                .exists(l -> l.id().equals(location) && l.type() == LocationType.THIRD_PARTY);
        if (!thirdParty) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_LOCATION, "location", "no third-party location " + location));
        }
        Map<Sku, AdjustmentReport> reports = new LinkedHashMap<>();
        for (Map.Entry<Sku, Long> count : List.ofAll(counts.entrySet()).sortBy(e -> e.getKey().code())) {
            Either<Rejection, AdjustmentReport> report = stocktaking.adjust(
                    StockAdjustment.counted(count.getKey(), location, count.getValue()),
                    IdempotencyKeys.providerCount(idempotencyKey, count.getKey()));
            if (report.isLeft()) {
                return Either.left(report.getLeft());
            }
            reports.put(count.getKey(), report.get());
        }
        return Either.right(java.util.Collections.unmodifiableMap(reports));
    }
}
