// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.InputLimits.TextKind;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.fulfilment.FulfilmentRejection;
import dev.oms.spi.fulfilment.ShipmentConfirmation;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Optional;

/**
 * The shape of each request the facade takes, against {@link InputLimits}: text, counts and quantities.
 * Each entry point checks its request first, before anything is looked up, decided or stored, so every
 * adapter sees only what it can hold; every problem is reported at once. What the decision itself relies
 * on (a package's items, a cancelled quantity) is checked again by the rules that decide, so a command
 * built without the facade cannot store what the order cannot apply either.
 */
final class EntryChecks {
    private EntryChecks() {}

    static Option<Rejection> pack(PackRequest request) {
        List<Problem> problems = key(request.idempotencyKey())
                .appendAll(id(request.location().value(), "location"))
                .appendAll(InputLimits.count(request.contents().size(), InputLimits.MAX_LINES, "contents"));
        for (int i = 0; i < request.contents().size(); i++) {
            PackageItem item = request.contents().get(i);
            problems = problems.appendAll(id(item.lineId().value(), "contents[" + i + "].lineId"))
                    .appendAll(InputLimits.atMost(item.quantity(), InputLimits.MAX_LINE_QUANTITY, "contents[" + i + "].quantity"));
        }
        return refused(problems
                .appendAll(freeText(request.specialHandling(), "specialHandling"))
                .appendAll(freeText(request.giftMessage(), "giftMessage")));
    }

    static Option<Rejection> cancel(CancelRequest request) {
        return refused(key(request.idempotencyKey())
                .appendAll(request.line().map(line -> id(line.value(), "line")).orElse(List.empty()))
                .appendAll(request.quantity().map(q -> InputLimits.atMost(q, InputLimits.MAX_LINE_QUANTITY, "quantity")).orElse(List.empty()))
                .appendAll(List.ofAll(request.firstAt().entrySet()).flatMap(at -> id(at.getKey().value(), "firstAt")
                        .appendAll(InputLimits.atMost(at.getValue(), InputLimits.MAX_LINE_QUANTITY, "firstAt[" + at.getKey().value() + "]"))))
                .appendAll(InputLimits.text(request.reason(), TextKind.FREE_TEXT, "reason")));
    }

    /** An edit's own fields: its key, reason, units taken off and address; the lines added are checked against the catalogue. */
    static List<Problem> edit(Option<String> idempotencyKey, dev.oms.core.edit.ChangeSet changes) {
        List<Problem> problems = idempotencyKey.map(EntryChecks::key).getOrElse(List.empty())
                .appendAll(InputLimits.text(changes.reason(), TextKind.FREE_TEXT, "reason"))
                .appendAll(changes.shippingService().map(s -> id(s, "shippingService")).orElse(List.empty()))
                .appendAll(InputLimits.count(changes.add().size() + changes.remove().size(), InputLimits.MAX_LINES, "lines"));
        for (int i = 0; i < changes.remove().size(); i++) {
            problems = problems.appendAll(id(changes.remove().get(i).lineId().value(), "remove[" + i + "].lineId"));
        }
        return problems.appendAll(changes.shipTo().map(a -> dev.oms.core.placement.PlacementValidation.addressProblems(a, "shipTo"))
                .orElse(List.empty()));
    }

    static Option<Rejection> voidPickList(PickListId pickListId, String reason) {
        return refused(id(Require.nonNull(pickListId, "pickListId").value(), "pickListId")
                .appendAll(InputLimits.text(Require.nonNull(reason, "reason"), TextKind.FREE_TEXT, "reason")));
    }

    static Option<Rejection> approval(ApprovalRequest request) {
        return refused(key(request.idempotencyKey()).appendAll(InputLimits.text(request.note(), TextKind.FREE_TEXT, "note")));
    }

    static Option<Rejection> returnRequest(ReturnRequest request) {
        List<Problem> problems = key(request.idempotencyKey()).appendAll(InputLimits.count(request.lines().size(), InputLimits.MAX_LINES, "lines"));
        if (request.lines().isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "lines", "a return needs at least one line"));
        }
        for (int i = 0; i < request.lines().size(); i++) {
            ReturnRequest.Line line = request.lines().get(i);
            String path = "lines[" + i + "]";
            problems = problems.appendAll(id(line.lineId().value(), path + ".lineId"))
                    .appendAll(InputLimits.atMost(line.quantity(), InputLimits.MAX_LINE_QUANTITY, path + ".quantity"))
                    .appendAll(InputLimits.text(line.reason(), TextKind.FREE_TEXT, path + ".reason"));
            if (line.quantity() <= 0) {
                problems = problems.append(Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE, path + ".quantity", "quantity must be positive"));
            }
        }
        return refused(problems);
    }

    /** An exchange's problems with its key, the units going back (as a return's) and the number of replacements. */
    static List<Problem> exchange(ExchangeRequest request) {
        List<Problem> returned = returnRequest(new ReturnRequest(request.idempotencyKey(), request.lines()))
                .map(Rejection::problems).getOrElse(List.empty());
        List<Problem> replacements = InputLimits.count(request.replacements().size(), InputLimits.MAX_LINES, "replacements");
        return request.replacements().isEmpty() ? returned.appendAll(replacements)
                .append(Problem.of(ProblemCode.NOTHING_TO_DO, "replacements", "an exchange needs at least one replacement line"))
                : returned.appendAll(replacements);
    }

    /** An arrival's problems with its key, ids and sizes, reported with those the facade finds about its location. */
    static List<Problem> returnArrival(ReturnArrival arrival) {
        List<Problem> problems = key(arrival.idempotencyKey()).appendAll(id(arrival.returnId().value(), "returnId"))
                .appendAll(id(arrival.location().value(), "location"))
                .appendAll(InputLimits.count(arrival.lines().size(), InputLimits.MAX_LINES, "lines"));
        if (arrival.lines().isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "lines", "an arrival needs at least one line"));
        }
        for (int i = 0; i < arrival.lines().size(); i++) {
            ReturnArrival.Line line = arrival.lines().get(i);
            String path = "lines[" + i + "]";
            problems = problems.appendAll(id(line.lineId().value(), path + ".lineId"))
                    .appendAll(InputLimits.atMost(line.quantity(), InputLimits.MAX_LINE_QUANTITY, path + ".quantity"));
            if (line.quantity() <= 0) {
                problems = problems.append(Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE, path + ".quantity", "quantity must be positive"));
            }
        }
        return problems;
    }

    static Option<Rejection> claim(ClaimRequest claim) {
        List<Problem> problems = key(claim.idempotencyKey()).appendAll(id(claim.packageId().value(), "packageId"))
                .appendAll(InputLimits.count(claim.lines().size(), InputLimits.MAX_LINES, "lines"));
        if (claim.lines().isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "lines", "a claim needs at least one line"));
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            dev.oms.spi.value.PackageItem line = claim.lines().get(i);
            String path = "lines[" + i + "]";
            // A PackageItem's quantity is positive by construction.
            problems = problems.appendAll(id(line.lineId().value(), path + ".lineId"))
                    .appendAll(InputLimits.atMost(line.quantity(), InputLimits.MAX_LINE_QUANTITY, path + ".quantity"));
        }
        return refused(problems);
    }

    static Option<Rejection> tracking(dev.oms.spi.shipping.TrackingUpdate update) {
        return refused(id(update.carrierEventId(), "update.carrierEventId").appendAll(id(update.trackingNumber(), "update.trackingNumber"))
                .appendAll(freeText(update.detail(), "update.detail")));
    }

    static Option<Rejection> returnDecision(ReturnDecision decision) {
        return refused(key(decision.idempotencyKey()).appendAll(id(decision.returnId().value(), "returnId"))
                .appendAll(InputLimits.text(decision.note(), TextKind.FREE_TEXT, "note")));
    }

    /** A return label request's problems with its key, return and service, reported with the others found. */
    static List<Problem> returnLabelAsk(ReturnLabelAsk ask) {
        return key(ask.idempotencyKey()).appendAll(id(ask.returnId().value(), "returnId")).appendAll(id(ask.returnTo().value(), "returnTo"))
                .appendAll(InputLimits.text(ask.service(), TextKind.CODE, "service"));
    }

    /** A receipt's problems, to be reported with the others the facade finds. */
    static List<Problem> stockReceipt(StockReceipt receipt) {
        return key(receipt.idempotencyKey())
                .appendAll(id(receipt.sku().code(), "sku"))
                .appendAll(id(receipt.location().value(), "location"))
                .appendAll(InputLimits.atMost(receipt.quantity(), InputLimits.MAX_RECEIPT_QUANTITY, "quantity"));
    }

    /** A stock adjustment's problems with its key, SKU, location and size, reported with the others found. */
    static List<Problem> stockAdjustment(StockAdjustment adjustment, String idempotencyKey) {
        return key(idempotencyKey)
                .appendAll(id(adjustment.sku().code(), "sku"))
                .appendAll(id(adjustment.locationId().value(), "location"))
                .appendAll(InputLimits.atMost(adjustment.quantity(), InputLimits.MAX_RECEIPT_QUANTITY, "quantity"));
    }

    /** A stock transfer's problems with its id, SKU and size, reported with the others found. */
    static List<Problem> stockTransfer(dev.oms.spi.inventory.StockTransfer transfer) {
        return id(transfer.transferId(), "transferId")
                .appendAll(id(transfer.sku().code(), "sku"))
                .appendAll(InputLimits.atMost(transfer.quantity(), InputLimits.MAX_RECEIPT_QUANTITY, "quantity"));
    }

    static Option<Rejection> purchaseReceipt(PurchaseReceipt receipt) {
        return refused(key(receipt.idempotencyKey())
                .appendAll(id(receipt.purchaseId().value(), "purchaseId"))
                .appendAll(id(receipt.location().value(), "location"))
                .appendAll(InputLimits.atMost(receipt.quantity(), InputLimits.MAX_RECEIPT_QUANTITY, "quantity")));
    }

    static Option<Rejection> supplierAnswer(SupplierConfirmation answer) {
        return refused(id(answer.purchaseId().value(), "purchaseId").appendAll(freeText(answer.reason(), "reason")));
    }

    static Option<Rejection> shipment(ShipmentConfirmation shipment) {
        return refused(id(shipment.requestId().value(), "requestId").appendAll(id(shipment.shipmentId(), "shipmentId"))
                .appendAll(InputLimits.text(shipment.carrier(), TextKind.CODE, "carrier"))
                .appendAll(id(shipment.trackingNumber(), "trackingNumber")));
    }

    static Option<Rejection> rejection(FulfilmentRejection rejection) {
        return refused(id(rejection.requestId().value(), "requestId").appendAll(id(rejection.rejectionId(), "rejectionId"))
                .appendAll(InputLimits.text(rejection.reason(), TextKind.FREE_TEXT, "reason")));
    }

    static Option<Rejection> reroute(LocationId failedLocation, String idempotencyKey, String reason) {
        return refused(id(failedLocation.value(), "failedLocation")
                .appendAll(key(idempotencyKey))
                .appendAll(InputLimits.text(reason, TextKind.FREE_TEXT, "reason")));
    }

    static Option<Rejection> move(MoveRequest request) {
        return refused(id(request.target().value(), "target").appendAll(key(request.idempotencyKey()))
                .appendAll(List.ofAll(request.units().keySet()).flatMap(line -> id(line.value(), "units[" + line.value() + "]"))));
    }

    static Option<Rejection> retryPayment(String idempotencyKey, Optional<PaymentMethod> newMethod) {
        Require.nonNull(idempotencyKey, "idempotencyKey");
        Require.nonNull(newMethod, "newMethod");
        List<Problem> problems = key(idempotencyKey);
        if (newMethod.isPresent() && newMethod.get() instanceof PaymentMethod.Card card) {
            problems = problems.appendAll(InputLimits.text(card.token(), TextKind.TOKEN, "newMethod.token"));
        }
        return refused(problems);
    }

    static Option<Rejection> carrierService(String carrierService) {
        return refused(InputLimits.text(Require.nonNull(carrierService, "carrierService"), TextKind.CODE, "carrierService"));
    }

    static Option<Rejection> release(Sku sku, String releaseId) {
        return refused(id(sku.code(), "sku").appendAll(id(releaseId, "releaseId")));
    }

    /** A back-in-stock subscription's problems with its key, SKU and customer. */
    static Option<Rejection> subscription(String idempotencyKey, Sku sku, CustomerRef customer) {
        return refused(key(idempotencyKey).appendAll(id(sku.code(), "sku")).appendAll(id(customer.value(), "customer")));
    }

    /**
     * Whether an id a host looks something up by could have been stored at all: one that breaks the limits
     * names nothing, so it is answered as unknown without asking a store that may not hold such text.
     */
    static boolean lookable(String id) {
        return InputLimits.text(id, InputLimits.TextKind.ID, "id").isEmpty();
    }

    private static List<Problem> key(String idempotencyKey) {
        return id(idempotencyKey, "idempotencyKey");
    }

    private static List<Problem> id(String value, String path) {
        return InputLimits.text(value, TextKind.ID, path);
    }

    private static List<Problem> freeText(Optional<String> value, String path) {
        return value.map(text -> InputLimits.text(text, TextKind.FREE_TEXT, path)).orElse(List.empty());
    }

    private static Option<Rejection> refused(List<Problem> problems) {
        return problems.isEmpty() ? Option.none() : Option.some(Rejection.of(problems));
    }
}
