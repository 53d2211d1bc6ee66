// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.AllocationCommand.SettleStockLoss;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.restock.ReceiptRules;
import dev.oms.core.stockloss.StockLossPolicy;
import dev.oms.core.stockloss.StockLossResponse;
import dev.oms.core.stockloss.StockLossRules;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stock counts and other adjustments (damage, shrinkage, units found): reality wins. The adjustment is recorded
 * through the inventory port even below what is promised; then the orders holding units that are gone give
 * them up, newest first, so the oldest keep theirs, and the host's {@link StockLossPolicy} says whether they
 * are routed again, wait, or are held for a person. Units found go to waiting orders first. Reached through
 * {@link OrderManagement#stocktaking()}.
 */
public final class Stocktaking {
    private static final Logger LOG = LoggerFactory.getLogger(Stocktaking.class);

    private final Settling settling;
    private final Ports ports;
    private final Allocation allocation;
    private final WaitingOrders waiting;
    private final Restocking restocking;
    private final StockLossPolicy policy;

    Stocktaking(Settling settling, Allocation allocation, WaitingOrders waiting, Restocking restocking, StockLossPolicy policy) {
        this.settling = settling;
        this.ports = settling.ports();
        this.allocation = allocation;
        this.waiting = waiting;
        this.restocking = restocking;
        this.policy = policy;
    }

    /**
     * Records a stock adjustment and settles what it changed. Units promised beyond what is now on hand are
     * taken from the orders holding them at the location, newest order first, from units on no open pick list;
     * each such order's units are routed again, backordered, cancelled (where the SKU's units may not wait) or
     * held for review, as the policy says, and its customer is told. Units found fill waiting orders first.
     * Repeating the key replays the adjustment and finishes any settling a crash cut short; the same key for
     * another adjustment is refused ({@code IDEMPOTENCY_KEY_REUSED}).
     *
     * @param adjustment the SKU, location, reason and units
     * @param idempotencyKey the caller's key for this adjustment
     * @return what the adjustment did, or a rejection naming every problem: {@code UNKNOWN_LOCATION}, a key,
     *     SKU or quantity beyond the input limits, {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, AdjustmentReport> adjust(StockAdjustment adjustment, String idempotencyKey) {
        Require.nonNull(adjustment, "adjustment");
        Require.nonNull(idempotencyKey, "idempotencyKey");
        List<Problem> problems = EntryChecks.stockAdjustment(adjustment, idempotencyKey)
                .appendAll(ReceiptRules.location(adjustment.locationId(), settling.locations()));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        StockAdjusted stock;
        try {
            stock = ports.inventory().adjust(idempotencyKey, adjustment);
        } catch (OperationKeyReusedException reused) {
            return Rejections.keyReused(idempotencyKey);
        }
        LOG.info("{} of {} at {}: {} on hand, was {}", adjustment.reason(), adjustment.sku(), adjustment.locationId(),
                stock.onHandAfter(), stock.onHandBefore());
        String reason = adjustment.reason() + " at " + adjustment.locationId() + " left " + stock.onHandAfter()
                + " of " + adjustment.sku() + " on hand";
        List<Order> gaveUp = settle(adjustment, IdempotencyKeys.stockLoss(idempotencyKey).value(), reason);
        List<Order> filled = stock.onHandAfter() > stock.onHandBefore()
                ? restocking.fill(adjustment.sku(), IdempotencyKeys.adjustmentRestock(idempotencyKey).value())
                : List.empty();
        return Either.right(new AdjustmentReport(stock, gaveUp.toJavaList(), filled.toJavaList(), shortfall(adjustment)));
    }

    /** Takes the units gone from the newest orders at the location until the promises fit what is on hand. */
    private List<Order> settle(StockAdjustment adjustment, String lossKey, String reason) {
        long missing = shortfall(adjustment);
        List<Order> settled = List.empty();
        List<OrderId> holders = List.ofAll(ports.orders().allocatedAt(adjustment.sku(), adjustment.locationId()))
                .map(AllocatedLine::orderId).distinct();
        for (OrderId holder : holders) {
            if (missing <= 0) {
                break;
            }
            Option<Order> order = settling.find(holder).filter(o -> o.handled(lossKey).isEmpty());
            long losable = order.map(o -> StockLossRules.losable(o, adjustment.sku(), adjustment.locationId())).getOrElse(0L);
            long taken = Math.min(losable, missing);
            if (taken > 0) {
                Either<Rejection, Order> outcome = settling.run(holder, command(order.get(), adjustment, taken, lossKey, reason));
                if (outcome.isRight()) {
                    settled = settled.append(outcome.get());
                    missing -= taken;
                } else {
                    LOG.info("order {} keeps its units of {} for now: {}", holder, adjustment.sku(), outcome.getLeft());
                }
            }
        }
        return settled;
    }

    private SettleStockLoss command(Order order, StockAdjustment adjustment, long taken, String lossKey, String reason) {
        StockLossResponse response = policy.respond(adjustment.sku(), adjustment.locationId(), order.channel());
        Option<AllocatePending> plan = Option.none();
        if (response != StockLossResponse.BACKORDER) {
            Order afterLoss = StockLossRules.lose(order, adjustment.sku(), adjustment.locationId(), taken, reason)
                    .foldLeft(order, OrderEvolution::apply);
            plan = allocation.plan(afterLoss, lossKey).toOption();
        }
        return new SettleStockLoss(lossKey, adjustment.sku(), adjustment.locationId(), taken, reason, plan,
                waiting.mayWait(adjustment.sku()), response == StockLossResponse.HOLD_FOR_REVIEW);
    }

    /** Units promised at the location beyond what is on hand now. */
    private long shortfall(StockAdjustment adjustment) {
        return List.ofAll(ports.inventory().stockOf(adjustment.sku()))
                .find(level -> level.locationId().equals(adjustment.locationId()))
                .map(level -> Math.max(0, level.reserved() + level.ringFenced() - level.onHand()))
                .getOrElse(0L);
    }
}
