// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.command.FulfilmentCommand;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.shipping.TrackingUpdate;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The warehouse: pick lists, packing, labels, handing packages to the carrier, their tracking and delivery. Reached
 * through {@link OrderManagement#warehouse()}.
 */
public final class Warehouse {
    private final Settling settling;
    private final LabelBuying labels;
    private final AllocationMover mover;

    Warehouse(Settling settling, AllocationMover mover) {
        this.settling = settling;
        this.labels = new LabelBuying(settling);
        this.mover = mover;
    }

    /**
     * Creates one pick list per location for allocated units not yet on a pick list; payment must be authorised.
     *
     * @param orderId the order
     * @return the pick lists made, with the order
     */
    public Either<Rejection, PickListsCreated> createPickLists(OrderId orderId) {
        return settling.existing(orderId).flatMap(order -> {
            String key = IdempotencyKeys.pickLists(order.version()).value();
            return settling.run(orderId, new FulfilmentCommand.CreatePickLists(key))
                    .map(listed -> new PickListsCreated(listed,
                            listed.madeBy(key, PickListCreated.class).map(PickListCreated::pickListId).toJavaList()));
        });
    }

    /**
     * Creates the pick list of one location for its allocated units not yet on a pick list, leaving the order's
     * other locations alone (so their units can still be cancelled, re-routed or listed later); payment must be
     * authorised.
     *
     * @param orderId the order
     * @param location the location to pick at
     * @return the pick list made, with the order, or a rejection: {@code UNKNOWN_LOCATION},
     *     {@code NOTHING_TO_DO} when no unit allocated there waits for a pick list
     */
    public Either<Rejection, PickListsCreated> createPickLists(OrderId orderId, LocationId location) {
        Require.nonNull(location, "location");
        if (!settling.locations().contains(location)) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_LOCATION, "location", "no location " + location));
        }
        return settling.existing(orderId).flatMap(order -> {
            String key = IdempotencyKeys.pickLists(order.version()).value();
            return settling.run(orderId, new FulfilmentCommand.CreatePickLists(key, Option.some(location)))
                    .map(listed -> new PickListsCreated(listed,
                            listed.madeBy(key, PickListCreated.class).map(PickListCreated::pickListId).toJavaList()));
        });
    }

    /**
     * Moves allocated units to the named location, so they ship from there: all or nothing. The target reserves them
     * before the reservations they leave are released, so no unit is ever without an owner; the stock they free goes
     * to orders waiting for it first. Units on an open pick list elsewhere stay (void the list to move them), as do
     * picked and packed ones. The moved units can be listed at once with {@link #createPickLists(OrderId, LocationId)}.
     * Repeating the key answers as the first call did; the key with another target or other units is refused.
     *
     * @param orderId the order
     * @param request the target, the units (or none for every unit the target can take) and the host's key
     * @return the order with the units allocated at the target, or a rejection naming every problem:
     *     {@code UNKNOWN_LOCATION}; {@code LOCATION_CANNOT_SERVE} for a target inactive, not shipping to customers or
     *     re-routed away from before; {@code UNKNOWN_LINE}; {@code QUANTITY_NOT_POSITIVE}; {@code ILLEGAL_TRANSITION}
     *     for too few units free to move (naming the open pick lists holding others), a reservation in flight or
     *     payment on hold; {@code ON_APPROVAL_HOLD}; {@code INSUFFICIENT_STOCK} when the target has too few, also when
     *     its stock went to someone else first (the units then stay where they were); {@code NOTHING_TO_DO};
     *     {@code IDEMPOTENCY_KEY_REUSED}
     * @throws PortFailure when the inventory does not answer; the move stays recorded and is finished by
     *     {@link Recovery#resume} or by calling again under the same key
     */
    public Either<Rejection, Order> moveAllocation(OrderId orderId, MoveRequest request) {
        Require.nonNull(request, "request");
        Option<Rejection> malformed = EntryChecks.move(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        String key = IdempotencyKeys.host(HostRequest.MOVE_ALLOCATION, request.idempotencyKey()).value();
        return settling.existing(orderId).flatMap(order -> mover.move(order, request, key));
    }

    /**
     * Confirms a pick list was picked in full. Naturally idempotent: confirming it again changes nothing.
     *
     * @param orderId the order
     * @param pickListId the pick list
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PICK_LIST}
     */
    public Either<Rejection, Order> confirmPicked(OrderId orderId, PickListId pickListId) {
        return settling.run(orderId, new FulfilmentCommand.ConfirmPicked(IdempotencyKeys.picked(pickListId).value(), pickListId));
    }

    /**
     * Voids an open pick list: nothing was taken from the shelf, and its units are allocated at its location with
     * no list covering them, so they can be cancelled, listed again or moved. Voiding again for the same reason
     * answers the order as it stands; for another reason it is refused ({@code IDEMPOTENCY_KEY_REUSED}). Allowed
     * while the order is held for approval.
     *
     * @param orderId the order
     * @param pickListId the open pick list
     * @param reason why, in words for people
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PICK_LIST},
     *     {@code ILLEGAL_TRANSITION} for a list already picked, {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> voidPickList(OrderId orderId, PickListId pickListId, String reason) {
        Option<Rejection> malformed = EntryChecks.voidPickList(pickListId, reason);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.run(orderId, new FulfilmentCommand.VoidPickList(IdempotencyKeys.voided(pickListId).value(), pickListId,
                reason));
    }

    /**
     * Packs picked units into a new package, carrying handling and gift-wrap instructions. Packing again
     * under the same key packs nothing twice and answers the package the first call made.
     *
     * @param orderId the order
     * @param request what was packed where, under the host's key
     * @return the new package's id with the order, or a rejection naming every item that does not fit
     */
    public Either<Rejection, Packed> confirmPacked(OrderId orderId, PackRequest request) {
        Option<Rejection> malformed = EntryChecks.pack(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        String key = IdempotencyKeys.host(HostRequest.PACK, request.idempotencyKey()).value();
        return settling.run(orderId, new FulfilmentCommand.ConfirmPacked(key, request.location(),
                List.ofAll(request.contents()), Option.ofOptional(request.specialHandling()),
                Option.ofOptional(request.giftMessage())))
                .map(order -> new Packed(order, order.madeBy(key, PackagePacked.class).head().packageId()));
    }

    /**
     * Buys a packed package's label through the shipping port and records its tracking number, without
     * handing it over yet (labels are often printed at the packing bench). Labelling twice buys one label;
     * a service the carrier refuses is answered as {@code CARRIER_UNAVAILABLE} and changes nothing.
     *
     * @param orderId the order
     * @param packageId the package
     * @param carrierService the carrier's service to buy the label from
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_PACKAGE}, {@code ILLEGAL_TRANSITION} for a
     *     package not packed, {@code CARRIER_UNAVAILABLE}
     * @throws PortFailure when the carrier does not answer; the label request stays recorded and is retried
     *     by {@link Recovery#resume} or by calling again, under the same key
     */
    public Either<Rejection, Order> label(OrderId orderId, PackageId packageId, String carrierService) {
        Option<Rejection> malformed = EntryChecks.carrierService(carrierService);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.existing(orderId).flatMap(order -> {
            OrderPackage pkg = order.packages().get(packageId).getOrNull();
            if (pkg == null) {
                return Either.left(unknownPackage(packageId));
            }
            return pkg.label().isDefined() ? Either.right(order) : labels.buy(order, pkg, carrierService);
        }).map(order -> settling.resume(order.id()).get());
    }

    /**
     * Hands a packed package to the carrier: buys its label through the shipping port (unless it has one),
     * records the tracking number and ships it; payment for the package is then captured.
     *
     * <p>A label the carrier refuses is answered as {@code CARRIER_UNAVAILABLE} and changes nothing: the
     * carrier is asked before anything is recorded.
     *
     * @param orderId the order
     * @param packageId the package
     * @param carrierService the carrier's service to buy the label from
     * @return the package shipped with the label it travels under, and the order
     * @throws PortFailure when the carrier does not answer; the label request stays recorded and is retried
     *     by {@link Recovery#resume} or by calling again, under the same key
     */
    public Either<Rejection, Shipped> ship(OrderId orderId, PackageId packageId, String carrierService) {
        Option<Rejection> malformed = EntryChecks.carrierService(carrierService);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        FulfilmentCommand.Ship command = new FulfilmentCommand.Ship(IdempotencyKeys.ship(packageId).value(), packageId);
        return settling.existing(orderId).flatMap(order -> {
            OrderPackage pkg = order.packages().get(packageId).getOrNull();
            if (pkg == null) {
                return Either.left(unknownPackage(packageId));
            }
            if (order.handled(command.idempotencyKey()).isDefined() || pkg.label().isDefined()) {
                return settling.run(orderId, command);
            }
            // Bought at once, the label and the shipment are one commit with the request; else it ships once bought.
            return labels.buy(order, pkg, carrierService, Option.some(command)).flatMap(bought ->
                    bought.handled(command.idempotencyKey()).isDefined() ? Either.<Rejection, Order>right(bought)
                            : settling.run(orderId, command));
        })
                .map(order -> new Shipped(order, packageId, order.packages().get(packageId).get().label().get()));
    }

    /**
     * Records that the customer received a package; for cash on delivery, that the cash was collected. A package
     * delivered already (confirmed before, or by the carrier's tracking) is delivered once: the answer is the order as
     * it stands.
     *
     * @param orderId the order
     * @param packageId the package
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_PACKAGE}, {@code ILLEGAL_TRANSITION} for a
     *     package not shipped
     */
    public Either<Rejection, Order> confirmDelivery(OrderId orderId, PackageId packageId) {
        Option<Order> deliveredByCarrier = settling.find(orderId)
                .filter(order -> order.packages().get(packageId).exists(p -> p.deliveredAt().isDefined()));
        return deliveredByCarrier.isDefined() ? Either.right(deliveredByCarrier.get()) // delivered once, whoever said so first
                : settling.run(orderId, new FulfilmentCommand.ConfirmDelivery(IdempotencyKeys.delivery(packageId).value(), packageId));
    }

    /**
     * Applies one of the carrier's tracking events for a shipped package, from the host's webhook. Each carrier event is
     * recorded once (its id is the key: the same event again answers the order as it stands; the same id with other facts
     * is refused), in any arrival order: the package's tracking status is its latest event's by the carrier's time. A
     * delivery delivers the package at the carrier's time unless it was delivered already; out for delivery, a delivery
     * exception and a return to sender are told to the customer, once per change, while the package is on its way; an
     * exception or a return to sender lets a claim be made on it ({@link Returns#claim}).
     *
     * @param orderId the order
     * @param packageId the package
     * @param update the carrier's event
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PACKAGE},
     *     {@code TRACKING_NUMBER_MISMATCH}, {@code ILLEGAL_TRANSITION} for a package not shipped, the input limits' codes,
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> track(OrderId orderId, PackageId packageId, TrackingUpdate update) {
        Require.nonNull(packageId, "packageId");
        Option<Rejection> malformed = EntryChecks.tracking(Require.nonNull(update, "update"));
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.run(orderId, new FulfilmentCommand.TrackPackage(IdempotencyKeys.tracking(update.carrierEventId()).value(),
                packageId, update));
    }

    /**
     * Asks the carrier ({@link dev.oms.spi.shipping.ShippingCarrier#trackingUpdates}) for the events of every package of
     * the order still on its way, and applies those not applied yet as {@link #track} does. The newest are applied
     * first, so the customer is told where the parcel is now, not where it was. An event the order refuses (another
     * parcel's, an id reused) is skipped and logged; the others still apply.
     *
     * @param orderId the order
     * @return the order as it now stands, or {@code UNKNOWN_ORDER}
     */
    public Either<Rejection, Order> poll(OrderId orderId) {
        return settling.existing(orderId).map(order -> ParcelPolling.poll(order, settling.ports().carrier(),
                (pkg, update) -> track(orderId, pkg, update)));
    }

    /**
     * Voids the shipment of a parcel its carrier never collected (shipped, no tracking event since): its label is voided
     * with the carrier, each of its captures refunded, and its units go back to the stock of the location it shipped from,
     * on hand and reserved for their lines, once each, retried by {@link Recovery#resume} after a crash or a port failure.
     * By the host's choice the units stay packed, in a new package (answered) that gets a new label and ships again with a
     * new capture, or go back on the shelf, allocated, to be picked again or cancelled. The customer is told. The same key
     * again answers the first void; with another package, reason or outcome it is refused.
     *
     * @param orderId the order
     * @param request the package, why, what becomes of its units, and the host's key
     * @return the order with the new package, if any, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PACKAGE},
     *     {@code ILLEGAL_TRANSITION} (not shipped, delivered, reported by its carrier, its capture still owed, carrying
     *     units prepaid at placement, or, with discounts, taxes or shipping charged, a parcel shipped after it not voided
     *     yet), the input limits' codes, {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, VoidedShipment> voidShipment(OrderId orderId, VoidShipmentRequest request) {
        return ShipmentVoiding.voidShipment(settling, orderId, request);
    }

    private static Rejection unknownPackage(PackageId packageId) {
        return Rejection.of(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + packageId);
    }
}
