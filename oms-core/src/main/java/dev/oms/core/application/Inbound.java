// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.Purchase;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.restock.ReceiptRules;
import dev.oms.core.command.IndentCommand;
import dev.oms.core.command.WaitingCommand;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Goods in: stock receipts, product releases and their date moves, and suppliers' answers and deliveries
 * for indent purchases. Reached through {@link OrderManagement#inbound()}. Whatever brings stock fills the
 * waiting pre-orders and backorders first.
 */
public final class Inbound {
    private final Settling settling;
    private final Ports ports;
    private final Restocking restocking;
    private final WaitingOrders waiting;
    private final IndentPolicy indents;
    private final PurchaseReceiving purchases;

    Inbound(Settling settling, Restocking restocking, WaitingOrders waiting, IndentPolicy indents) {
        this.settling = settling;
        this.ports = settling.ports();
        this.restocking = restocking;
        this.waiting = waiting;
        this.indents = indents;
        this.purchases = new PurchaseReceiving(settling);
    }

    /**
     * Records a goods receipt through the inventory port, then fills the SKU's waiting units from the
     * stock now available: pre-orders first (once the product is released), then backorders, each in
     * placement order. A partial receipt fills partially; a repeated receipt key adds no stock, and the
     * same key for other goods is refused ({@code IDEMPOTENCY_KEY_REUSED}).
     *
     * @param receipt what arrived, where, under the receipt's id
     * @return the orders that were filled or told they still wait, in queue order
     */
    public Either<Rejection, java.util.List<Order>> receiveStock(StockReceipt receipt) {
        Require.nonNull(receipt, "receipt");
        List<Problem> problems = EntryChecks.stockReceipt(receipt)
                .appendAll(ReceiptRules.stockReceipt(receipt.location(), receipt.quantity(), settling.locations()));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        try {
            ports.inventory().receive(receipt.idempotencyKey(), receipt.sku(), receipt.location(), receipt.quantity());
        } catch (OperationKeyReusedException reused) {
            return Rejections.keyReused(receipt.idempotencyKey());
        }
        List<Order> filled = restocking.fill(receipt.sku(),
                IdempotencyKeys.receiptRestock(receipt.idempotencyKey()).value(), Option.some(receipt.location()));
        settling.alerts().unitsBack(receipt.sku(), receipt.quantity(), BackInStockKeys.receipt(receipt.idempotencyKey()));
        return Either.right(filled.toJavaList());
    }

    /**
     * Releases an announced product: its pre-ordered units are filled from the stock on hand, in placement
     * order, before any backorder; those the stock cannot cover stay pre-ordered, keep their place and
     * their customers are told. Also fills waiting units after stock was freed outside a receipt.
     *
     * @param sku the product
     * @param releaseId the release's id: releasing again under it fills nothing twice
     * @return the orders that changed, or {@code NOT_RELEASED} before the release date
     */
    public Either<Rejection, java.util.List<Order>> release(Sku sku, String releaseId) {
        Require.nonNull(sku, "sku");
        Require.nonBlank(releaseId, "releaseId");
        Option<Rejection> malformed = EntryChecks.release(sku, releaseId);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        Option<Product> product = Option.ofOptional(ports.catalog().find(sku));
        if (product.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_SKU, "sku", "no product with SKU " + sku));
        }
        if (product.get().isUnreleasedAt(ports.clock().instant())) {
            return Either.left(Rejection.of(ProblemCode.NOT_RELEASED, "sku",
                    "SKU " + sku + " releases at " + product.get().releasesAt().get()));
        }
        List<Order> filled = restocking.fill(sku, IdempotencyKeys.releaseRestock(releaseId).value());
        // Whatever can be promised after the release is back: before it, nothing could be.
        settling.alerts().unitsBack(sku, settling.alerts().promisable(sku), BackInStockKeys.release(releaseId));
        return Either.right(filled.toJavaList());
    }

    /**
     * Tells the customers of pre-ordered units that the product's release date moved: call it after the
     * catalogue's {@code releasesAt} changed.
     *
     * @param sku the product
     * @return the orders whose customers are told
     */
    public Either<Rejection, java.util.List<Order>> releaseDateMoved(Sku sku) {
        Require.nonNull(sku, "sku");
        if (!EntryChecks.lookable(sku.code())) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_SKU, "sku", "no product can have this SKU"));
        }
        Option<Instant> releasesAt = Option.ofOptional(ports.catalog().find(sku).flatMap(Product::releasesAt));
        if (releasesAt.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "sku", "SKU " + sku + " has no release date"));
        }
        List<Order> told = List.empty();
        for (Order order : waiting.preorderedOf(sku)) {
            for (Line line : order.lines().valuesIterator().filter(l -> l.sku().equals(sku))) {
                if (!order.preorderReleases().get(line.id()).contains(releasesAt.get())) {
                    told = told.appendAll(settling.run(order.id(), new WaitingCommand.MoveReleaseDate(
                            IdempotencyKeys.releaseDateMoved(line.id(), releasesAt.get()).value(), line.id(), releasesAt.get())));
                }
            }
        }
        return Either.right(told.toJavaList());
    }

    /**
     * Records a supplier's answer to an indent purchase. Committed units stay held for the order until
     * their goods arrive; the units not committed are cancelled, backordered or sourced again from stock,
     * as the {@link IndentPolicy} says, and the customer is told. The same answer given again changes nothing;
     * another answer to a purchase already answered is refused ({@code IDEMPOTENCY_KEY_REUSED}).
     *
     * @param orderId the order
     * @param answer the supplier's answer, naming its purchase
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_PURCHASE},
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> recordSupplierAnswer(OrderId orderId, SupplierConfirmation answer) {
        Require.nonNull(answer, "answer");
        Option<Rejection> malformed = EntryChecks.supplierAnswer(answer);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.existing(orderId).flatMap(order -> {
            Option<Purchase> purchase = order.purchases().get(answer.purchaseId());
            if (purchase.isEmpty()) {
                return Either.left(Rejection.of(ProblemCode.UNKNOWN_PURCHASE, "purchaseId", "no purchase " + answer.purchaseId()));
            }
            return settling.run(orderId, new IndentCommand.ApplySupplierAnswer(
                    IdempotencyKeys.supplierAnswer(answer.purchaseId()).value(), answer));
        });
    }

    /**
     * Receives goods against an indent purchase: the units enter the inventory ring-fenced, so nobody
     * else can take them, then become the order's reservation. A receipt may cover part of what the
     * supplier committed, never more; receiving again under the same key adds nothing, and the same key
     * for another purchase or quantity of this order is refused ({@code IDEMPOTENCY_KEY_REUSED}). The key is
     * scoped to the purchase in the inventory: one delivery note may cover purchases of several orders.
     *
     * @param orderId the order
     * @param receipt what arrived, where, under the receipt's id
     * @return the order as it now stands, or a rejection naming every problem with the receipt
     */
    public Either<Rejection, Order> receivePurchase(OrderId orderId, PurchaseReceipt receipt) {
        return purchases.receive(orderId, receipt);
    }
}
