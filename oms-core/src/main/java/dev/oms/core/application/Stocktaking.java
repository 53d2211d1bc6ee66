// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.AllocationCommand.SettleStockLoss;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.restock.ReceiptRules;
import dev.oms.core.stockloss.StockLossPolicy;
import dev.oms.core.stockloss.StockLossResponse;
import dev.oms.core.stockloss.StockLossRules;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockChange;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Optional;
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
    private final Option<HoldStore> holdStore;
    private final HoldDesk holds;

    Stocktaking(Settling settling, Allocation allocation, WaitingOrders waiting, Restocking restocking, StockLossPolicy policy,
            Option<HoldStore> holdStore, HoldDesk holds) {
        this.holdStore = holdStore;
        this.holds = holds;
        this.settling = settling;
        this.ports = settling.ports();
        this.allocation = allocation;
        this.waiting = waiting;
        this.restocking = restocking;
        this.policy = policy;
    }

    /**
     * The stock of a SKU at every location as it stood at a past instant, from the inventory's stock log: on hand,
     * reserved and ring-fenced once every change stamped at or before {@code at} was applied. Costs the SKU's logged
     * changes, never the store's; the changes are stamped by the inventory store's clock.
     *
     * @param sku the SKU
     * @param at the instant
     * @return the SKU's stock records then, by location id (none where it had no record yet); empty when the
     *     inventory store keeps no stock history
     */
    public Optional<java.util.List<StockLevel>> stockAsOf(Sku sku, Instant at) {
        Require.nonNull(sku, "sku");
        Require.nonNull(at, "at");
        return ports.inventory().history().map(history -> history.stockAsOf(sku, at));
    }

    /**
     * What changed a SKU's stock between two instants, in the order applied: each change with the record it left and
     * what it moved (a reservation, a shipment, a receipt, a count). Applied to {@link #stockAsOf stockAsOf(sku,
     * from)}, they give {@code stockAsOf(sku, until)}.
     *
     * @param sku the SKU
     * @param from the instant after which changes count
     * @param until the last instant changes count at; not before {@code from}
     * @return the changes; empty when the inventory store keeps no stock history
     * @throws IllegalArgumentException when {@code until} is before {@code from}
     */
    public Optional<java.util.List<StockChange>> stockChanges(Sku sku, Instant from, Instant until) {
        Require.nonNull(sku, "sku");
        return ports.inventory().history().map(history -> history.changes(sku, from, until));
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
        List<Order> gaveUp = settle(adjustment.sku(), adjustment.locationId(), IdempotencyKeys.stockLoss(idempotencyKey).value(), reason);
        List<Order> filled = stock.onHandAfter() > stock.onHandBefore()
                ? restocking.fill(adjustment.sku(), IdempotencyKeys.adjustmentRestock(idempotencyKey).value())
                : List.empty();
        settling.alerts().unitsBack(adjustment.sku(), stock.onHandAfter() - stock.onHandBefore(), BackInStockKeys.adjustment(idempotencyKey));
        return Either.right(new AdjustmentReport(stock, gaveUp.toJavaList(), filled.toJavaList(),
                shortfall(adjustment.sku(), adjustment.locationId())));
    }

    /**
     * Finishes settling every stock record an adjustment left promised beyond what is on hand (a crash, a port
     * failure or an order busy with a reservation cut settling short), as {@link #adjust} would have. For recovery;
     * costs the records short, read from the inventory's {@code overpromised}, not the orders stored.
     *
     * @return the orders that gave units up
     */
    List<Order> settleOverpromised() {
        List<Order> settled = List.empty();
        java.time.Instant ranAt = ports.clock().instant();
        for (StockLevel level : ports.inventory().overpromised()) {
            String reason = "stock at " + level.locationId() + " promised beyond the " + level.onHand() + " units of "
                    + level.sku() + " on hand";
            settled = settled.appendAll(settle(level.sku(), level.locationId(),
                    IdempotencyKeys.stockLossRecovery(ranAt, level.sku(), level.locationId()).value(), reason));
        }
        return settled;
    }

    /**
     * Takes the units gone from live checkout holds first (a cart gives way to an order already sold; the hold
     * ends and its checkout must hold again), newest first, then from the newest orders at the location, until
     * the promises fit what is on hand.
     */
    private List<Order> settle(Sku sku, LocationId location, String lossKey, String reason) {
        long missing = shortfall(sku, location);
        for (Hold hold : liveHoldsHolding(sku, location)) {
            if (missing <= 0) {
                break;
            }
            long held = List.ofAll(hold.movements()).filter(m -> m.sku().equals(sku) && m.locationId().equals(location))
                    .map(StockMovement::quantity).sum().longValue();
            if (holds.release(hold.id()).isRight()) {
                LOG.info("checkout hold {} ended: {}", hold.id(), reason);
                missing -= held;
            }
        }
        List<Order> settled = List.empty();
        List<OrderId> holders = List.ofAll(ports.orders().allocatedAt(sku, location)).map(AllocatedLine::orderId).distinct();
        for (OrderId holder : holders) {
            if (missing <= 0) {
                break;
            }
            Option<Order> order = settling.find(holder).filter(o -> o.handled(lossKey).isEmpty());
            if (order.isDefined()) {
                Option<Order> gaveUp = giveUp(order.get(), sku, location, missing, lossKey, reason);
                settled = settled.appendAll(gaveUp);
                missing -= gaveUp.map(after -> StockLossRules.losable(order.get(), sku, location)
                        - StockLossRules.losable(after, sku, location)).getOrElse(0L);
            }
        }
        return settled;
    }

    /**
     * The order gives up at most {@code missing} units, or none it has; one busy settling a reservation is resumed
     * first and asked again once. Answers the order after, or none when it kept its units for now.
     */
    private Option<Order> giveUp(Order order, Sku sku, LocationId location, long missing, String lossKey, String reason) {
        long taken = Math.min(StockLossRules.losable(order, sku, location), missing);
        if (taken <= 0) {
            return Option.none();
        }
        Either<Rejection, Order> outcome = settling.run(order.id(), command(order, sku, location, taken, lossKey, reason));
        if (outcome.isLeft() && outcome.getLeft().problems().exists(p -> p.code() == ProblemCode.ILLEGAL_TRANSITION)) {
            Option<Order> resumed = settling.resume(order.id()).filter(o -> o.handled(lossKey).isEmpty());
            long still = Math.min(missing, resumed.map(o -> StockLossRules.losable(o, sku, location)).getOrElse(0L));
            if (still > 0) {
                outcome = settling.run(order.id(), command(resumed.get(), sku, location, still, lossKey, reason));
            }
        }
        outcome.peekLeft(refused -> LOG.info("order {} keeps its units of {} for now: {}", order.id(), sku, refused));
        return outcome.toOption();
    }

    private SettleStockLoss command(Order order, Sku sku, LocationId location, long taken, String lossKey, String reason) {
        StockLossResponse response = policy.respond(sku, location, order.channel());
        Option<AllocatePending> plan = Option.none();
        if (response != StockLossResponse.BACKORDER) {
            Order afterLoss = StockLossRules.lose(order, sku, location, taken, reason).foldLeft(order, OrderEvolution::apply);
            plan = allocation.plan(afterLoss, lossKey).toOption();
        }
        // Lost units wait where the location's terms take them, told its date; else anywhere, told the SKU's.
        BackorderTerms atLocation = allocation.backorders().termsAt(sku, location, order.channel())
                .filter(BackorderTerms::allowed).getOrElse(BackorderTerms.notAllowed());
        BackorderTerms terms = atLocation.allowed() ? atLocation : allocation.backorders().termsFor(sku);
        return new SettleStockLoss(lossKey, sku, location, taken, reason, plan, waiting.mayWait(sku),
                response == StockLossResponse.HOLD_FOR_REVIEW, atLocation.allowed() ? Option.some(location) : Option.none(),
                terms.expectedRestock());
    }

    /**
     * Live holds with units of the SKU at the location, newest first. Reads every live hold (the store lists them
     * by expiry): checkout holds live hours, so these are the checkouts in progress, never the order history.
     */
    private List<Hold> liveHoldsHolding(Sku sku, LocationId location) {
        if (holdStore.isEmpty()) {
            return List.empty();
        }
        java.time.Instant now = ports.clock().instant();
        return List.ofAll(holdStore.get().expiredBy(java.time.Instant.parse("9999-12-31T23:59:59Z")))
                .filter(h -> h.liveAt(now) && h.movements().stream().anyMatch(m -> m.sku().equals(sku) && m.locationId().equals(location)))
                .sortBy(Hold::placedAt).reverse();
    }

    /** Units promised at the location beyond what is on hand now. */
    private long shortfall(Sku sku, LocationId location) {
        return List.ofAll(ports.inventory().stockOf(sku)).find(level -> level.locationId().equals(location))
                .map(level -> Math.max(0, level.reserved() + level.ringFenced() - level.onHand()))
                .getOrElse(0L);
    }
}
