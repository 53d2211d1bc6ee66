// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.documents.Invoice;
import dev.oms.core.documents.Invoices;
import dev.oms.core.documents.PackingSlip;
import dev.oms.core.documents.PickListDocument;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import io.vavr.control.Either;

/**
 * Shipping documents, for the warehouse's printers and the host's accounts: pick lists, packing slips and invoices as
 * data, which {@link dev.oms.core.documents.html.HtmlDocuments} renders. Reading an order changes nothing; an invoice
 * takes its number from the host's {@link dev.oms.spi.invoice.InvoiceNumbers} once per package. Reached through
 * {@link OrderManagement#documents()}.
 */
public final class Documents {
    private final Settling settling;
    private final Invoicing invoicing;

    Documents(Settling settling, Invoicing invoicing) {
        this.settling = settling;
        this.invoicing = invoicing;
    }

    /**
     * The pick list of an order as a document: what to take from which bin at its location.
     *
     * @param orderId the order
     * @param pickListId one of its pick lists, open, picked or voided
     * @return the document, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PICK_LIST}
     */
    public Either<Rejection, PickListDocument> pickList(OrderId orderId, PickListId pickListId) {
        Require.nonNull(pickListId, "pickListId");
        return settling.existing(orderId).flatMap(order -> {
            PickList list = order.pickLists().get(pickListId).getOrNull();
            return list == null
                    ? Either.left(Rejection.of(ProblemCode.UNKNOWN_PICK_LIST, "pickListId", "no pick list " + pickListId))
                    : Either.right(PickListDocument.of(order, list));
        });
    }

    /**
     * The packing slip of a package: where it goes and what is in it, without prices.
     *
     * @param orderId the order
     * @param packageId one of its packages, in whatever state
     * @return the slip, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PACKAGE}
     */
    public Either<Rejection, PackingSlip> packingSlip(OrderId orderId, PackageId packageId) {
        Require.nonNull(packageId, "packageId");
        return settling.existing(orderId).flatMap(order -> {
            OrderPackage pkg = order.packages().get(packageId).getOrNull();
            return pkg == null ? Either.left(unknownPackage(packageId)) : Either.right(PackingSlip.of(order, pkg));
        });
    }

    /**
     * The invoice of a shipped package. Its number is issued through the {@link Invoicing#numbers()} port under a key
     * derived from the order and the package, so a package gets one number however often its invoice is asked for:
     * asking again answers the same invoice, with the same number and issue date (the instant the number was first
     * issued, from the facade's clock). Its total is exactly what the package was worth as it shipped, the amount
     * captured for it.
     *
     * @param orderId the order
     * @param packageId one of its packages, shipped or delivered
     * @return the invoice, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PACKAGE}, {@code ILLEGAL_TRANSITION}
     *     for a package not shipped (no number is issued for it)
     * @throws PortFailure when the invoice numbers port fails; by its contract no number was taken, and asking again
     *     issues one
     */
    public Either<Rejection, Invoice> invoice(OrderId orderId, PackageId packageId) {
        Require.nonNull(packageId, "packageId");
        return settling.existing(orderId).flatMap(order -> {
            OrderPackage pkg = order.packages().get(packageId).getOrNull();
            if (pkg == null) {
                return Either.left(unknownPackage(packageId));
            }
            if (!pkg.isShipped()) {
                return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "packageId",
                        "package " + packageId + " is " + pkg.state() + ": only a shipped package is invoiced"));
            }
            return Either.right(Invoices.of(order, pkg, issue(orderId, packageId), invoicing.seller()));
        });
    }

    /** Issues the package's number under {@link IdempotencyKeys#invoice}: one per package. */
    private InvoiceNumber issue(OrderId orderId, PackageId packageId) {
        String key = IdempotencyKeys.invoice(orderId, packageId).value();
        try {
            return invoicing.numbers().issue(key, invoicing.series(), settling.ports().clock().instant());
        } catch (RuntimeException e) {
            throw new PortFailure("invoice numbers did not issue a number for package " + packageId + " of order " + orderId, e);
        }
    }

    private static Rejection unknownPackage(PackageId packageId) {
        return Rejection.of(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + packageId);
    }
}
