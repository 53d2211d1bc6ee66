// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.decision.OrderDecider;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.restock.ReceiptRules;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.IndentCommand;
import dev.oms.spi.Ports;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Goods received against an indent purchase, in the one order that keeps them safe: the order decides
 * first, so a receipt it refuses (or a key reused for other goods) puts nothing into the inventory; then
 * the units enter the inventory ring-fenced under a key scoped to the purchase; then the receipt is
 * recorded on the order. If the order changed in between, the units are fenced and repeating the receipt
 * key records them.
 */
final class PurchaseReceiving {
    private static final Logger LOG = LoggerFactory.getLogger(PurchaseReceiving.class);

    private final Settling settling;
    private final Ports ports;

    PurchaseReceiving(Settling settling) {
        this.settling = settling;
        this.ports = settling.ports();
    }

    Either<Rejection, Order> receive(OrderId orderId, PurchaseReceipt receipt) {
        Require.nonNull(receipt, "receipt");
        Option<Rejection> malformed = EntryChecks.purchaseReceipt(receipt);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        List<Problem> where = ReceiptRules.location(receipt.location(), settling.locations());
        if (!where.isEmpty()) {
            return Either.left(Rejection.of(where));
        }
        IndentCommand.ReceivePurchaseGoods command = new IndentCommand.ReceivePurchaseGoods(
                IdempotencyKeys.host(HostRequest.PURCHASE_RECEIPT, receipt.idempotencyKey()).value(),
                receipt.purchaseId(), receipt.location(), receipt.quantity());
        return settling.existing(orderId).flatMap(order -> {
            Either<Rejection, List<OrderEvent>> decided = OrderDecider.decide(command, order, DecisionContext.at(ports.clock().instant()));
            if (decided.isLeft()) {
                return Either.left(decided.getLeft());
            }
            if (decided.get().isEmpty()) {
                // A replay decides nothing and is answered with the order as it stands.
                return Either.right(settling.resume(orderId).get());
            }
            ports.inventory().receiveRingFenced(
                    IdempotencyKeys.ringFencedReceipt(receipt.purchaseId(), receipt.idempotencyKey()).value(),
                    order.purchases().get(receipt.purchaseId()).get().sku(), receipt.location(), receipt.quantity());
            return settling.run(orderId, command).peekLeft(r -> LOG.warn(
                    "order {}: receipt {} is ring-fenced in the inventory but not recorded on the order: {}",
                    orderId, receipt.idempotencyKey(), r));
        });
    }
}
