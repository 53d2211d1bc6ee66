// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.allocation.AllocationPlan.LineShortfall;
import dev.oms.core.backorder.Backorder;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.dropship.Dropship;
import dev.oms.core.dropship.DropshipPolicy;
import dev.oms.core.indent.Indent;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.preorder.Preorder;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.DropshipAllocated;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;

/**
 * Decides what happens to an order's pending units, as one {@link AllocatePending} command. A pure
 * function of its arguments:
 * <ol>
 *   <li>units of a product not yet released are pre-ordered, within the catalogue's total cap and the
 *       {@link PreorderPolicy}'s channel cap; units over a cap are backordered where the
 *       {@link BackorderPolicy} allows, else the order is refused with {@code PREORDER_CAP_EXCEEDED};
 *   <li>lines the {@link DropshipPolicy} sends to a supplier are allocated there without stock (dropship);
 *   <li>lines the {@link IndentPolicy} sources from a supplier are bought for the order (indent);
 *   <li>the {@link AllocationPolicy} plans the rest on the stock a new order may see: stock less the
 *       units already waiting for the SKU, so nobody jumps the queue;
 *   <li>each line's shortfall is pre-ordered again when the line was a pre-order (it keeps its rank),
 *       else backordered within the backorder terms, else refused with {@code INSUFFICIENT_STOCK} (or
 *       {@code BACKORDER_LIMIT_EXCEEDED}).
 * </ol>
 * The allocation policy's interface is untouched: backorders and pre-orders are decided from its shortfalls.
 * Lines whose stock is not tracked take no part in any step: the policy is shown no stock of them and its
 * shortfalls of them are ignored, and their units are allocated without stock where
 * {@link UntrackedAllocation} says, never pre-ordered, bought, backordered or refused for want of stock.
 */
public final class PendingAllocation {

    /**
     * What the decision reads besides the order and the stock.
     *
     * @param now the time of the decision, for release dates
     * @param products the host's catalogue
     * @param preorders the host's per-channel pre-order caps
     * @param indents which lines are bought from a supplier
     * @param backorders the host's backorder terms
     * @param demand units already waiting per SKU, in other orders
     * @param dropships which lines a supplier ships itself
     * @param inTransit the transfers of a SKU in transit, which units short of stock may wait for; read only for a
     *     SKU that is short and may be backordered
     */
    public record Context(Instant now, Function<Sku, Option<Product>> products, PreorderPolicy preorders,
            IndentPolicy indents, BackorderPolicy backorders, WaitingDemand demand, DropshipPolicy dropships,
            Function<Sku, List<StockTransfer>> inTransit) {
        /**
         * Checks the components.
         *
         * @param now the time of the decision
         * @param products the host's catalogue
         * @param preorders the host's per-channel pre-order caps
         * @param indents which lines are bought from a supplier
         * @param backorders the host's backorder terms
         * @param demand units already waiting per SKU
         * @param dropships which lines a supplier ships itself
         * @param inTransit the transfers of a SKU in transit
         */
        public Context {
            Require.nonNull(dropships, "dropships");
            Require.nonNull(inTransit, "inTransit");
            Require.nonNull(now, "now");
            Require.nonNull(products, "products");
            Require.nonNull(preorders, "preorders");
            Require.nonNull(indents, "indents");
            Require.nonNull(backorders, "backorders");
            Require.nonNull(demand, "demand");
        }

        /**
         * {@return this context counting other units waiting}
         *
         * @param waiting the units waiting, and promised by live holds
         */
        public Context withDemand(WaitingDemand waiting) {
            return new Context(now, products, preorders, indents, backorders, waiting, dropships, inTransit);
        }
    }

    private PendingAllocation() {}

    /**
     * Decides what happens to the order's pending units, in the steps above.
     *
     * @param order the order, with units in PENDING
     * @param idempotencyKey the key of the command decided
     * @param context the time, catalogue, policies and waiting demand
     * @param policy where stock is reserved
     * @param locations every known location
     * @param stock stock levels of the SKUs the pending lines need
     * @return the command, or every problem found: a cap exceeded, stock short where backorders are not allowed
     */
    public static Either<Rejection, AllocatePending> decide(Order order, String idempotencyKey, Context context,
            AllocationPolicy policy, List<Location> locations, List<StockLevel> stock) {
        Deciding deciding = new Deciding(order, context, locations);
        List<Line> pending = order.lines().valuesIterator().toList().filter(l -> l.count(Bucket.PENDING) > 0);
        // Untracked lines never wait and are never bought: they are allocated without stock, below.
        List<Line> untracked = pending.filter(l -> !l.stockTracked());
        List<Line> unreleased = pending.removeAll(untracked)
                .filter(l -> context.products().apply(l.sku()).exists(p -> p.isUnreleasedAt(context.now())));
        unreleased.forEach(deciding::preorder);
        pending.removeAll(unreleased).removeAll(untracked).forEach(deciding::dropship);
        pending.removeAll(unreleased).removeAll(untracked).filter(l -> !deciding.dropshipped(l)).forEach(deciding::indent);
        // Lines pre-ordered or bought from a supplier here take nothing from stock, nor do untracked ones.
        List<Sku> notFromStock = unreleased.map(Line::sku).appendAll(deciding.indents.map(i -> order.line(i.lineId()).get().sku()))
                .appendAll(untracked.map(Line::sku));
        List<StockLevel> shown = context.demand().shownToNewOrders(stock, locations).filter(level -> !notFromStock.contains(level.sku()));
        AllocationPlan plan = policy.plan(deciding.working, locations, shown);
        plan.shortfalls().filter(s -> !notFromStock.contains(s.sku())).forEach(deciding::shortOfStock);
        List<Reservation> reservations = plan.reservations().filter(r -> !UntrackedAllocation.untracked(order, r));
        List<Reservation> withoutStock = UntrackedAllocation.of(order, reservations, locations);
        if (!untracked.isEmpty() && withoutStock.isEmpty()) {
            deciding.problems = deciding.problems.appendAll(untracked.map(l -> Problem.of(ProblemCode.UNKNOWN_LOCATION, path(l),
                    "SKU " + l.sku() + " is not stock-tracked, but no location is known to ship it from")));
        }
        if (!deciding.problems.isEmpty()) {
            return Either.left(Rejection.of(deciding.problems));
        }
        return Either.right(new AllocatePending(idempotencyKey, deciding.preorders, deciding.indents, deciding.backorders,
                withoutStock.appendAll(reservations), deciding.dropships));
    }

    /** The decision so far, and the order as it would stand, so each step sees what the previous ones did. */
    private static final class Deciding {
        private final Order order;
        private final Context context;
        private final List<Location> locations;
        private Order working;
        private List<Problem> problems = List.empty();
        private List<Preorder> preorders = List.empty();
        private List<Indent> indents = List.empty();
        private List<Backorder> backorders = List.empty();
        private List<Dropship> dropships = List.empty();

        Deciding(Order order, Context context, List<Location> locations) {
            this.order = order;
            this.context = context;
            this.locations = locations;
            this.working = order;
        }

        /**
         * Sends a line to the supplier the dropship policy names, allocated there without stock; a line is
         * dropshipped once, and a supplier that failed the order (rejected its units) is not asked again.
         */
        void dropship(Line line) {
            boolean sourcedBefore = line.dropshipper().isDefined()
                    || order.purchases().valuesIterator().exists(p -> p.lineId().equals(line.id()));
            Option<LocationId> supplier = sourcedBefore ? Option.none()
                    : context.dropships().supplierFor(line.sku(), line.count(Bucket.PENDING), order.channel())
                            .filter(s -> !order.failedLocations().contains(s))
                            // Collected without transfer: only the store serves the order, never a supplier's parcel.
                            .filter(s -> !order.pickup().exists(p -> !p.transferAllowed()));
            if (supplier.isEmpty()) {
                return;
            }
            if (!locations.exists(l -> l.id().equals(supplier.get()) && l.type() == LocationType.SUPPLIER)) {
                problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LOCATION, path(line),
                        "the dropship policy names " + supplier.get() + " for SKU " + line.sku() + ", which is no supplier"));
                return;
            }
            Dropship dropship = new Dropship(line.id(), line.count(Bucket.PENDING), supplier.get());
            dropships = dropships.append(dropship);
            working = OrderEvolution.apply(working, new DropshipAllocated(line.id(), dropship.supplier(), dropship.quantity()));
        }

        boolean dropshipped(Line line) {
            return dropships.exists(d -> d.lineId().equals(line.id()));
        }

        /** Pre-orders a line of an unreleased product within its caps; the rest is backordered or refused. */
        void preorder(Line line) {
            Product product = context.products().apply(line.sku()).get();
            long pending = line.count(Bucket.PENDING);
            long toPreorder = Math.min(pending, PreorderRoom.left(product, order.channel(), context.preorders(), demand()));
            long over = pending - toPreorder;
            if (toPreorder > 0) {
                Preorder preorder = new Preorder(line.id(), toPreorder, product.releasesAt().get());
                preorders = preorders.append(preorder);
                working = OrderEvolution.apply(working, new UnitsPreordered(line.id(), toPreorder, preorder.releasesAt()));
            }
            if (over > 0) {
                Either<BackorderPlaces.Refusal, BackorderPlaces.Place> place = place(line, over);
                if (place.isRight()) {
                    backorder(new Backorder(line.id(), over, 0, place.get().terms().expectedRestock(), "pre-order cap reached",
                            place.get().waitsAt()));
                } else {
                    problems = problems.append(Problem.of(ProblemCode.PREORDER_CAP_EXCEEDED, path(line),
                            "SKU " + line.sku() + ": " + pending + " to pre-order, " + toPreorder + " left under the cap"));
                }
            }
        }

        /** Buys a line from a supplier when the indent policy names one; a line is bought once, never again. */
        void indent(Line line) {
            boolean boughtBefore = order.purchases().valuesIterator().exists(p -> p.lineId().equals(line.id()));
            Option<LocationId> supplier = boughtBefore ? Option.none()
                    : context.indents().supplierFor(line.sku(), line.count(Bucket.PENDING), order.channel());
            if (supplier.isDefined()) {
                Indent indent = new Indent(working.nextPurchaseId(), line.id(), line.count(Bucket.PENDING), supplier.get());
                indents = indents.append(indent);
                working = OrderEvolution.apply(working, new PurchaseRequested(indent.purchaseId(), line.id(), line.sku(),
                        indent.supplier(), indent.quantity()));
            }
        }

        /** What stock cannot cover: pre-ordered again (keeping its rank), backordered within the terms, or refused. */
        void shortOfStock(LineShortfall shortfall) {
            Line line = order.line(shortfall.lineId()).get();
            Option<Instant> preorderedFor = order.preorderReleases().get(line.id());
            if (preorderedFor.isDefined()) {
                preorders = preorders.append(new Preorder(line.id(), shortfall.missing(), preorderedFor.get()));
                return;
            }
            Either<BackorderPlaces.Refusal, BackorderPlaces.Place> place = place(line, shortfall.missing());
            if (place.isRight()) {
                long inHouse = line.count(Bucket.ALLOCATED) + line.count(Bucket.PICKED) + line.count(Bucket.PACKED);
                backorder(new Backorder(line.id(), shortfall.missing(), inHouse + shortfall.covered(),
                        place.get().terms().expectedRestock(), "stock short", place.get().waitsAt()));
            } else if (place.getLeft().limitReached()) {
                problems = problems.append(Problem.of(ProblemCode.BACKORDER_LIMIT_EXCEEDED, path(line),
                        "SKU " + line.sku() + ": " + shortfall.missing() + " to backorder; " + place.getLeft().detail()));
            } else {
                problems = problems.append(Problem.of(ProblemCode.INSUFFICIENT_STOCK, path(line),
                        "SKU " + shortfall.sku() + ": " + shortfall.wanted() + " wanted, " + shortfall.covered() + " available"));
            }
        }

        /** Where {@code units} more units of the line may wait: at a location that may serve the order, or anywhere. */
        private Either<BackorderPlaces.Refusal, BackorderPlaces.Place> place(Line line, long units) {
            return BackorderPlaces.forLine(working, line.id(), units, context.withDemand(demand()), locations.filter(l -> l.active()
                    && PickupAllocation.mayServe(order, l) && !order.failedLocations().contains(l.id())));
        }

        /**
         * The units waiting in other orders and promised by holds, and those of this order as the decision so far
         * leaves it: two lines of one SKU share its caps and limits.
         */
        private WaitingDemand demand() {
            return context.demand().with(WaitingUnits.of(working));
        }

        private void backorder(Backorder backorder) {
            backorders = backorders.append(backorder);
            working = OrderEvolution.apply(working, backorder.event());
        }
    }

    private static String path(Line line) {
        return "lines[" + line.id() + "]";
    }
}
