// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.restock.ReceiptRules;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stock moved between locations. Units sent are on hand at neither end until received: they cannot be picked,
 * but they can be promised. Where a SKU may be backordered at all ({@code BackorderPolicy.mayBackorder}), an
 * order short of stock waits at a transfer's destination for units on their way that nobody waits for yet,
 * told the arrival date of the transfer that brings them, before any backorder terms are asked; the storefront's
 * backorder headroom counts them too. When the transfer is received, the units waiting there are filled first.
 * Reached through {@link OrderManagement#transfers()}.
 */
public final class Transfers {
    private static final Logger LOG = LoggerFactory.getLogger(Transfers.class);

    private final Settling settling;
    private final Ports ports;
    private final Restocking restocking;

    Transfers(Settling settling, Restocking restocking) {
        this.settling = settling;
        this.ports = settling.ports();
        this.restocking = restocking;
    }

    /**
     * Sends units from one location to another, idempotently by the transfer's id: sending the same transfer
     * again changes nothing, and another transfer under a used id is refused. Only units available at the source
     * can be sent: reserved units stay with their orders.
     *
     * @param transfer the SKU, both locations, the units and when they are expected
     * @return the transfer, now in transit; or a rejection naming every problem: {@code UNKNOWN_LOCATION} for
     *     either end, an id, SKU or quantity beyond the input limits, {@code INSUFFICIENT_STOCK} at the source,
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, StockTransfer> send(StockTransfer transfer) {
        Require.nonNull(transfer, "transfer");
        List<Problem> problems = EntryChecks.stockTransfer(transfer)
                .appendAll(ReceiptRules.location(transfer.from(), settling.locations()).map(p -> at(p, "from")))
                .appendAll(ReceiptRules.location(transfer.to(), settling.locations()).map(p -> at(p, "to")));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        ReservationResult sent;
        try {
            sent = ports.inventory().sendTransfer(sendKey(transfer.transferId()), transfer);
        } catch (OperationKeyReusedException reused) {
            return Rejections.keyReused(transfer.transferId());
        }
        if (sent instanceof ReservationResult.Insufficient short_) {
            ReservationResult.Shortfall shortfall = short_.shortfalls().get(0);
            return Either.left(Rejection.of(ProblemCode.INSUFFICIENT_STOCK, "quantity", transfer.quantity() + " units of "
                    + transfer.sku() + " to send from " + transfer.from() + ", " + shortfall.available() + " available"));
        }
        LOG.info("transfer {}: {} units of {} sent from {} to {}, expected {}", transfer.transferId(), transfer.quantity(),
                transfer.sku(), transfer.from(), transfer.to(), transfer.expectedArrival());
        return Either.right(transfer);
    }

    /**
     * Receives a transfer at its destination: the units that arrived are put on hand there and fill the orders
     * waiting for the SKU, those waiting at that location first. Units sent but not received were lost on the way.
     *
     * @param sku the transfer's SKU
     * @param transferId the transfer
     * @param received how many of its units arrived, from none to all
     * @return the orders filled, each once; or a rejection: {@code NOTHING_TO_DO} when no such transfer of the SKU
     *     is in transit (never sent, or received already), {@code QUANTITY_TOO_LARGE} when more arrived than were
     *     sent, {@code QUANTITY_NOT_POSITIVE} for a negative count
     */
    public Either<Rejection, java.util.List<Order>> receive(Sku sku, String transferId, long received) {
        Require.nonNull(sku, "sku");
        Require.nonNull(transferId, "transferId");
        Option<StockTransfer> transfer = List.ofAll(ports.inventory().inTransit(sku)).find(t -> t.transferId().equals(transferId));
        if (transfer.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "transferId", "no transfer " + transferId + " of "
                    + sku + " is in transit: it was never sent, or was received already"));
        }
        if (received < 0 || received > transfer.get().quantity()) {
            return Either.left(Rejection.of(received < 0 ? ProblemCode.QUANTITY_NOT_POSITIVE : ProblemCode.QUANTITY_TOO_LARGE,
                    "received", "transfer " + transferId + " sent " + transfer.get().quantity() + " units; " + received
                            + " cannot have arrived"));
        }
        ports.inventory().receiveTransfer("transfer-received/" + transferId, transferId, received);
        LOG.info("transfer {}: {} of {} units of {} received at {}", transferId, received, transfer.get().quantity(), sku,
                transfer.get().to());
        List<Order> filled = restocking.fill(sku, "transfer/" + transferId, Option.some(transfer.get().to()));
        settling.alerts().unitsBack(sku, received, BackInStockKeys.transfer(transferId));
        return Either.right(filled.toJavaList());
    }

    /**
     * {@return the SKU's transfers in transit, by expected arrival}
     *
     * @param sku the SKU
     */
    public java.util.List<StockTransfer> inTransit(Sku sku) {
        return ports.inventory().inTransit(Require.nonNull(sku, "sku"));
    }

    private static String sendKey(String transferId) {
        return "transfer/" + transferId;
    }

    private static Problem at(Problem problem, String path) {
        return Problem.of(problem.code(), path, problem.message());
    }
}
