// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.command.ExternalFulfilmentCommand.RecordExternalRejection;
import dev.oms.core.command.ExternalFulfilmentCommand.RecordExternalShipment;
import dev.oms.core.command.ExternalFulfilmentCommand.RequestExternalFulfilment;
import dev.oms.core.order.ExternalRequest;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.event.EffectEvent.FulfilmentRequestSent;
import dev.oms.spi.event.ExternalFulfilmentEvent.ExternalShipmentConfirmed;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRejected;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRequested;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.fulfilment.ShipmentConfirmation;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.ReleaseId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Units fulfilled by others: what goes on a request to a third-party location's provider, and how its answers
 * apply. Each shipment and each rejection names its units, so answers apply once each in whatever order they
 * come, and one that would take more than the request still has open is refused rather than applied. Pure.
 */
public final class ExternalFulfilmentRules {
    private ExternalFulfilmentRules() {}

    /**
     * One request per third-party location, for the allocated units there that nothing covers; payment must be
     * cleared first, as for a pick list.
     *
     * @param order the order
     * @param command the locations run by others
     * @return the events, or a rejection: {@code PAYMENT_NOT_AUTHORIZED}, {@code NOTHING_TO_DO}
     */
    public static Either<Rejection, List<OrderEvent>> request(Order order, RequestExternalFulfilment command) {
        if (!order.paymentCleared()) {
            return reject(ProblemCode.PAYMENT_NOT_AUTHORIZED, "", "payment must be authorised before fulfilment");
        }
        List<OrderEvent> requested = List.empty();
        int next = order.externalRequests().size();
        for (LocationId location : command.locations()) {
            List<PackageItem> items = order.lines().valuesIterator().toList()
                    .filter(line -> Fulfillable.units(order, line.id(), location) > 0)
                    .map(line -> new PackageItem(line.id(), Fulfillable.units(order, line.id(), location)));
            if (!items.isEmpty()) {
                next++;
                requested = requested.append(new FulfilmentRequested(
                        FulfilmentRequestId.of(order.id().value() + "-FR" + next), location, items.toJavaList()));
            }
        }
        return requested.isEmpty()
                ? reject(ProblemCode.NOTHING_TO_DO, "", "no allocated units at a third-party location wait for a request")
                : Either.right(requested);
    }

    /**
     * {@return whether the order has allocated units at one of these locations that nothing covers yet}
     *
     * @param order the order
     * @param locations the locations run by others
     */
    public static boolean owesRequest(Order order, Iterable<LocationId> locations) {
        return List.ofAll(locations).exists(location -> order.lines().valuesIterator()
                .exists(line -> Fulfillable.units(order, line.id(), location) > 0));
    }

    /**
     * The request was handed to the fulfilment port.
     *
     * @param order the order
     * @param requestId the request
     * @return the event, or a rejection when no such request is owed to the port
     */
    public static Either<Rejection, List<OrderEvent>> recordSent(Order order, FulfilmentRequestId requestId) {
        ExternalRequest request = order.externalRequests().get(requestId).getOrNull();
        if (request == null || request.sent()) {
            return illegal("no fulfilment request " + requestId + " is owed to the fulfilment service");
        }
        return events(new FulfilmentRequestSent(requestId));
    }

    /**
     * A provider's shipment: its units leave the location as a package named after the shipment.
     *
     * @param order the order
     * @param command the confirmation
     * @return the event, or a rejection: {@code UNKNOWN_FULFILMENT_REQUEST}, {@code ILLEGAL_TRANSITION} naming every
     *     line the shipment takes more of than the request still has open
     */
    public static Either<Rejection, List<OrderEvent>> ship(Order order, RecordExternalShipment command) {
        ShipmentConfirmation shipment = command.confirmation();
        return open(order, shipment.requestId(), List.ofAll(shipment.items()), "ships").flatMap(request -> {
            PackageId packageId = packageOf(shipment.requestId(), shipment.shipmentId());
            if (order.packages().containsKey(packageId)) {
                return illegal("shipment " + shipment.shipmentId() + " of " + shipment.requestId() + " was recorded before");
            }
            return events(new ExternalShipmentConfirmed(request.id(), packageId, request.location(), shipment.items(),
                    shipment.carrier(), shipment.trackingNumber(), shipment.shippedAt()));
        });
    }

    /**
     * A provider's rejection: the request no longer covers the units it gives up, and they go back to pending
     * (their reservation released, the location not used for them again), to be routed elsewhere, wait or be
     * cancelled as any pending units are.
     *
     * @param order the order
     * @param command the rejection
     * @return the events, or a rejection: {@code UNKNOWN_FULFILMENT_REQUEST}, {@code ILLEGAL_TRANSITION} naming every
     *     line it gives up more of than the request still has open, or while a reservation is in flight
     */
    public static Either<Rejection, List<OrderEvent>> rejectUnits(Order order, RecordExternalRejection command) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.ILLEGAL_TRANSITION);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        List<PackageItem> items = List.ofAll(command.rejection().items());
        return open(order, command.rejection().requestId(), items, "gives up").map(request -> {
            String reason = "fulfilment service rejected: " + command.rejection().reason();
            ReleaseId releaseId = ReleaseId.of(order.id().value() + "-X" + order.version());
            List<OrderEvent> freed = perLine(items).toList().map(e -> new UnitsDeallocated(releaseId, e._1, request.location(),
                    e._2, reason));
            return freed.prepend(new FulfilmentRejected(request.id(), command.rejection().rejectionId(),
                    command.rejection().items(), command.rejection().reason()));
        });
    }

    /** {@return the package a provider's shipment becomes}: one per request and shipment id, the same on every replay */
    private static PackageId packageOf(FulfilmentRequestId requestId, String shipmentId) {
        return PackageId.of(requestId.value() + "-" + shipmentId);
    }

    /** The request, when it has open at least the units named for each of their lines. */
    private static Either<Rejection, ExternalRequest> open(Order order, FulfilmentRequestId id, List<PackageItem> items, String verb) {
        ExternalRequest request = order.externalRequests().get(id).getOrNull();
        if (request == null) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_FULFILMENT_REQUEST, "requestId",
                    "order " + order.id() + " has no fulfilment request " + id));
        }
        List<Problem> problems = perLine(items).toList()
                .filter(e -> e._2 > request.openUnits(e._1))
                .map(e -> Problem.of(ProblemCode.ILLEGAL_TRANSITION, "items",
                        "the provider " + verb + " " + e._2 + " of line " + e._1 + " but request " + id + " has "
                                + request.openUnits(e._1) + " open"));
        return problems.isEmpty() ? Either.right(request) : Either.left(Rejection.of(problems));
    }

    private static LinkedHashMap<LineId, Long> perLine(List<PackageItem> items) {
        return items.foldLeft(LinkedHashMap.<LineId, Long>empty(),
                (sum, item) -> sum.put(item.lineId(), sum.get(item.lineId()).getOrElse(0L) + item.quantity()));
    }
}
