// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.availability.HoldId;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.Objects;

/**
 * The idempotency keys the facade stores on an order and hands the inventory, built in one place: a
 * {@link Key} can be made nowhere else, so every shape below is the only one of its kind. The stored text
 * of each key is part of the persisted format (golden fixtures pin it) and must not change.
 *
 * <p>Keys live per order. A host's key is scoped by the kind of request it came with and put under
 * {@code host/}, a prefix no key the facade makes itself starts with: a host key can neither replay nor
 * block one of oms's own commands, nor a request of another kind. The parameters a host key came with are
 * fingerprinted beside it, so the same key with other parameters is rejected ({@code IDEMPOTENCY_KEY_REUSED}).
 */
final class IdempotencyKeys {
    private IdempotencyKeys() {}

    /** One idempotency key; its {@link #value()} is what is stored. Only {@link IdempotencyKeys} makes them. */
    static final class Key {
        private final String value;

        private Key(String value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        /** The key as stored. */
        String value() {
            return value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** A host's key for a request of this kind on one order. */
    static Key host(HostRequest kind, String hostKey) {
        return new Key("host/" + kind.stored() + ":" + hostKey);
    }

    /** The key of an order's placement: its channel order, placed at most once. */
    static Key placement(Channel channel, String externalId) {
        return new Key("place:" + channel + ":" + externalId);
    }

    /**
     * The invoice-number port's key for one shipped package: it names the order and the package and nothing else, so a
     * package gets one number. The order id's length goes first, so no two pairs of ids make the same key.
     */
    static Key invoice(OrderId orderId, PackageId packageId) {
        return new Key("invoice:" + orderId.value().length() + ":" + orderId.value() + ":" + packageId.value());
    }

    /** The supplier's answer to one purchase: recorded once. */
    static Key supplierAnswer(PurchaseId purchaseId) {
        return new Key("supplier-answer:" + purchaseId);
    }

    /**
     * The inventory's key for goods received against a purchase: scoped to the purchase, so a delivery-note
     * number that covers the purchases of two orders receives each of them.
     */
    static Key ringFencedReceipt(PurchaseId purchaseId, String hostKey) {
        return new Key("receipt:" + purchaseId + ":" + hostKey);
    }

    /** Allocating an order's pending units, as of this version. */
    static Key allocation(long version) {
        return new Key("allocate-v" + version);
    }

    /*
     * Keys the effect runner makes (it still spells them out itself; these are the same shapes, for it to use).
     */

    /** Reserving an order's pending units again after a reservation came up short, as of this version. */
    static Key reallocation(long version) {
        return new Key("reallocate-v" + version);
    }

    /** Queueing an order's pending units that may wait, as of this version. */
    static Key queueing(long version) {
        return new Key("queue-v" + version);
    }

    /** Cancelling a line no source can fill, as of this version. */
    static Key unsourced(long version, LineId lineId) {
        return new Key("unsourced-v" + version + "-" + lineId);
    }

    /** Cancelling an order whose reservation attempts ran out. */
    static Key outOfStock(int attempts) {
        return new Key("out-of-stock-" + attempts);
    }

    /** The payment gateway's key for one authorisation attempt of an order. */
    static Key authorizationRequest(OrderId orderId, long attempt) {
        return new Key(orderId + ":authorization-request:" + attempt);
    }

    /**
     * The payment gateway's key for the authorisation an edit asks for before it is recorded: per edit and amount, so
     * confirming again after a failure replays the provider's answer, and an edit priced anew asks anew.
     */
    static Key editAuthorization(OrderId orderId, String editKey, org.joda.money.Money amount) {
        return new Key(orderId + ":" + editKey + ":authorize:" + amount.getCurrencyUnit() + amount.getAmountMinorLong());
    }

    /** The payment gateway's key for voiding again what an edit's authorisation granted short of what it asked. */
    static Key editAuthorizationVoid(Key editAuthorization) {
        return new Key(editAuthorization.value() + ":void");
    }

    /** The payment gateway's key for one prepayment request of an order. */
    static Key prepaymentRequest(OrderId orderId, long request) {
        return new Key(orderId + ":prepayment-request:" + request);
    }

    /** The pick lists made for an order as of this version. */
    static Key pickLists(long version) {
        return new Key("pick-lists-v" + version);
    }

    /** Confirming a pick list picked: once per pick list. */
    static Key picked(PickListId pickListId) {
        return new Key("picked:" + pickListId);
    }

    /** The key of voiding a pick list: a list is voided at most once, whatever the reason given. */
    static Key voided(PickListId pickListId) {
        return new Key("voided:" + pickListId);
    }

    /** Asking the carrier for a package's label with one service. */
    static Key labelRequest(PackageId packageId, String carrierService) {
        return new Key("label-request:" + packageId + ":" + carrierService);
    }

    /** Handing a package to the carrier: once per package. */
    static Key ship(PackageId packageId) {
        return new Key("ship:" + packageId);
    }

    /** A package's delivery: once per package. */
    static Key delivery(PackageId packageId) {
        return new Key("delivered:" + packageId);
    }

    /** A carrier's tracking event, once per order by the carrier's own event id. */
    static Key tracking(String carrierEventId) { return new Key("tracked:" + carrierEventId); }

    /** Telling a pre-ordered line its product's release date moved to {@code releasesAt}. */
    static Key releaseDateMoved(LineId lineId, Instant releasesAt) {
        return new Key("release-moved:" + lineId + ":" + releasesAt);
    }

    /** Filling one waiting line's bucket from a restock, as of the order's version. */
    static Key fill(String restockId, LineId lineId, Bucket bucket, long version) {
        return new Key("fill:" + restockId + ":" + lineId + ":" + bucket + ":v" + version);
    }

    /** The inventory key of one attempt to reserve a checkout hold's units; {@code attempt} is fresh per try. */
    static Key holdAttempt(HoldId holdId, String attempt) {
        return new Key("hold:" + holdId + ":" + attempt);
    }

    /** The inventory key giving back the units of a hold attempt that no hold record names. */
    static Key unusedHoldAttempt(String attemptKey) {
        return new Key(attemptKey + ":unused");
    }

    /** The inventory key giving back the units a hold change took off the hold; the change's attempt key names it. */
    static Key holdGivenUp(String changeAttemptKey) {
        return new Key(changeAttemptKey + ":given-up");
    }

    /** Recording, on a placement that took a checkout hold over, that the hold's units are its reservation. */
    static Key heldReservation(String placementKey) {
        return new Key(placementKey + ":hold");
    }

    /** Allocating, on a placement that took checkout holds over, the units the holds promised without stock. */
    static Key promisedAllocation(String placementKey) {
        return new Key(placementKey + ":promised");
    }

    /** The inventory key giving an ended checkout hold's units back. */
    static Key holdRelease(HoldId holdId) {
        return new Key("hold-release:" + holdId);
    }

    /*
     * Restock ids: each names one event that brought or freed stock, and keys the fills it makes per waiting
     * line. Host ids are scoped by what they came with, so a receipt and a release under one id are two restocks.
     */

    static Key receiptRestock(String receiptKey) {
        return new Key("receipt/" + receiptKey);
    }

    /** A further pass of one restock over a queue: its own name, so a line filled again keeps both notices. */
    static Key restockPass(String restockId, int pass) {
        return new Key(restockId + "/" + pass);
    }

    static Key releaseRestock(String releaseId) {
        return new Key("release/" + releaseId);
    }

    /** The fill that ends a command on an order: stock it freed, or units it left waiting, as of this version. */
    static Key settlingRestock(OrderId orderId, long version) {
        return new Key("queue/" + orderId + ":v" + version);
    }

    /** A recovery run's fill of every waiting queue, named by when it ran. */
    static Key recoveryRestock(java.time.Instant ranAt) {
        return new Key("recovery/" + ranAt);
    }

    /** What an order gives up to a stock adjustment, keyed by the host's adjustment key: once per order. */
    static Key stockLoss(String adjustmentKey) {
        return new Key("stock-loss:host/" + adjustmentKey);
    }

    /** What an order gives up to a recovery run that finishes settling a stock record left promised beyond on hand. */
    static Key stockLossRecovery(java.time.Instant ranAt, Sku sku, LocationId location) {
        return new Key("stock-loss:recovery/" + ranAt + "/" + sku + "@" + location);
    }

    /** The fill after an adjustment found units, so waiting orders get them first. */
    static Key adjustmentRestock(String adjustmentKey) {
        return new Key("adjustment/" + adjustmentKey);
    }

    /** The restock of units a hold change gave back, named by the change's attempt key. */
    static Key holdChangeRestock(String changeAttemptKey) {
        return new Key("hold-given-up/" + changeAttemptKey);
    }

    /** Putting an order's units at third-party locations on requests to their providers, as of this version. */
    static Key externalFulfilmentRequest(long version) {
        return new Key("fulfilment-request:" + version);
    }

    /** A provider's shipment of a request: recorded once, however often the provider reports it. */
    static Key externalShipment(FulfilmentRequestId requestId, String shipmentId) {
        return new Key("external-shipment:" + requestId + ":" + shipmentId);
    }

    /** A provider's rejection of some of a request's units: recorded once. */
    static Key externalRejection(FulfilmentRequestId requestId, String rejectionId) {
        return new Key("external-rejection:" + requestId + ":" + rejectionId);
    }

    /** Each count a fulfilment service reports for a SKU at its location, under the host's key for the report. */
    static String providerCount(String syncKey, Sku sku) {
        return "provider-count:" + syncKey + ":" + sku;
    }

    static Key holdRestock(HoldId holdId) {
        return new Key("hold-freed/" + holdId);
    }
}
