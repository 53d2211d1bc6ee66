// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.command.FulfilmentCommand.ConfirmDelivery;
import dev.oms.core.command.FulfilmentCommand.ConfirmPacked;
import dev.oms.core.command.FulfilmentCommand.ConfirmPicked;
import dev.oms.core.command.FulfilmentCommand.VoidPickList;
import dev.oms.core.command.DecisionContext.Bins;
import dev.oms.core.command.FulfilmentCommand.CreatePickLists;
import dev.oms.core.command.EffectOutcome.RecordLabel;
import dev.oms.core.command.EffectOutcome.RecordLabelRefused;
import dev.oms.core.command.FulfilmentCommand.RequestLabel;
import dev.oms.core.command.EffectOutcome.RecordLabelVoided;
import dev.oms.core.command.EffectOutcome.RecordStockConsumed;
import dev.oms.core.command.FulfilmentCommand.Ship;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.FulfilmentEvent.LabelRefused;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.FulfilmentEvent.LabelVoided;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.FulfilmentEvent.PickListVoided;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

/** The rules of the warehouse floor: what may be picked, packed, labelled, shipped and delivered. */
public final class FulfilmentRules {
    private FulfilmentRules() {}

    /**
     * One pick list per location, for allocated units no open pick list covers; payment must be cleared first.
     *
     * @param order the order as it stands
     * @param command the request
     * @param bins where each SKU is shelved, for the pick lists
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> createPickLists(Order order, CreatePickLists command, Bins bins) {
        if (!order.paymentCleared()) {
            return reject(ProblemCode.PAYMENT_NOT_AUTHORIZED, "", "payment must be authorised before picking");
        }
        List<LocationId> locations = order.lines().valuesIterator()
                .flatMap(l -> l.slots(Bucket.ALLOCATED)).map(s -> s.location().get()).filter(l -> command.at().forAll(l::equals))
                .distinct().toList().sorted();
        List<OrderEvent> created = List.empty();
        int next = order.pickLists().size();
        for (LocationId location : locations) {
            List<PickItem> items = List.empty();
            for (Line line : order.lines().valuesIterator()) {
                long unlisted = line.dropshipper().contains(location) ? 0 : Fulfillable.units(order, line.id(), location); // its supplier ships them
                if (unlisted > 0) {
                    String bin = bins.binOf(line.sku(), location).getOrElse("UNASSIGNED");
                    items = items.append(new PickItem(line.id(), line.sku(), unlisted, bin));
                }
            }
            if (!items.isEmpty()) {
                next++;
                created = created.append(new PickListCreated(
                        dev.oms.spi.value.PickListId.of(order.id().value() + "-PL" + next), location, items.toJavaList()));
            }
        }
        return created.isEmpty()
                ? reject(ProblemCode.NOTHING_TO_DO, "", "no allocated units wait for a pick list" + command.at().map(l -> " at " + l).getOrElse(""))
                : Either.right(created);
    }

    /**
     * Confirms a pick list as picked, once; {@code UNKNOWN_PICK_LIST} for a list the order does not have.
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> confirmPicked(Order order, ConfirmPicked command) {
        PickList list = order.pickLists().get(command.pickListId()).getOrNull();
        if (list == null) {
            return reject(ProblemCode.UNKNOWN_PICK_LIST, "pickListId", "no pick list " + command.pickListId());
        }
        if (!list.open()) {
            return illegal("pick list " + list.id() + " was already " + list.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        return events(new PickListPicked(list.id()));
    }

    /**
     * Voids an open pick list; {@code UNKNOWN_PICK_LIST} for a list the order does not have, {@code ILLEGAL_TRANSITION}
     * for one picked or voided already.
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> voidPickList(Order order, VoidPickList command) {
        return confirmPicked(order, new ConfirmPicked(command.idempotencyKey(), command.pickListId()))
                .map(picked -> List.of(new PickListVoided(command.pickListId(), command.reason())));
    }

    /**
     * Packs picked units at one location into a new package; reports every item that does not fit. Each
     * item is bounded by {@link InputLimits#MAX_LINE_QUANTITY} and the package by {@link InputLimits#MAX_LINES}
     * items, so the units asked of a line are summed without overflow: a sum that wrapped round would pass
     * the "no more than picked" check and store a package that evolving the order cannot apply.
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> confirmPacked(Order order, ConfirmPacked command) {
        List<Problem> problems = List.empty();
        List<PackageItem> contents = command.contents();
        if (contents.isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "contents", "a package holds at least one item"));
        }
        problems = problems.appendAll(InputLimits.count(contents.size(), InputLimits.MAX_LINES, "contents"));
        for (int i = 0; i < contents.size(); i++) {
            problems = problems.appendAll(InputLimits.atMost(contents.get(i).quantity(), InputLimits.MAX_LINE_QUANTITY,
                    "contents[" + i + "].quantity"));
        }
        if (!problems.isEmpty()) {
            // Sums over unbounded items could overflow; what fits is only worth checking once they are bounded.
            return Either.left(Rejection.of(problems));
        }
        for (int i = 0; i < contents.size(); i++) {
            PackageItem item = contents.get(i);
            String path = "contents[" + i + "]";
            Line line = order.line(item.lineId()).getOrNull();
            if (line == null) {
                problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LINE, path + ".lineId", "no line " + item.lineId()));
                continue;
            }
            long packable = line.count(Bucket.PICKED, command.location());
            long asked = contents.filter(c -> c.lineId().equals(item.lineId())).map(PackageItem::quantity).foldLeft(0L, Math::addExact);
            if (asked > packable) {
                problems = problems.append(Problem.of(ProblemCode.ILLEGAL_TRANSITION, path + ".quantity",
                        asked + " units of line " + line.id() + " to pack at " + command.location() + ", " + packable + " picked there"));
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems.distinct()));
        }
        return events(new PackagePacked(order.nextPackageId(), command.location(), contents.toJavaList(),
                command.specialHandling().toJavaOptional(), command.giftMessage().toJavaOptional()));
    }

    /**
     * A label may be asked for a packed package that has none and none on the way.
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> requestLabel(Order order, RequestLabel command) {
        return packedPackage(order, command.packageId()).flatMap(pkg -> {
            if (pkg.label().isDefined()) {
                return illegal("package " + pkg.id() + " already has label " + pkg.label().get().labelId());
            }
            if (pkg.labelRequested().isDefined()) {
                return illegal("a label for package " + pkg.id() + " was already asked for (" + pkg.labelRequested().get() + ")");
            }
            return events(new LabelRequested(pkg.id(), command.service()));
        });
    }

    /**
     * The carrier's label for the label asked for. Recorded even when the package was opened meanwhile:
     * the label exists and is paid for, so it must be known to be voided.
     *
     * @param order the order as it stands
     * @param command the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordLabel(Order order, RecordLabel command) {
        return labelOwed(order, command.packageId()).flatMap(pkg ->
                events(new LabelPurchased(pkg.id(), command.carrier(), command.labelId(), command.trackingNumber(), command.cost())));
    }

    /**
     * The carrier refused the label asked for (service unknown, destination not served...), as owed.
     *
     * @param order the order as it stands
     * @param command the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordLabelRefused(Order order, RecordLabelRefused command) {
        return labelOwed(order, command.packageId()).flatMap(pkg ->
                events(new LabelRefused(pkg.id(), pkg.labelRequested().get(), command.reason())));
    }

    private static Either<Rejection, OrderPackage> labelOwed(Order order, PackageId id) {
        OrderPackage pkg = order.packages().get(id).getOrNull();
        if (pkg == null) {
            return reject(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + id);
        }
        return pkg.labelRequested().isDefined() ? Either.right(pkg) : illegal("no label was asked for package " + id);
    }

    /**
     * Shipping a labelled package, at {@code now}.
     *
     * @param order the order as it stands
     * @param command the request
     * @param now when it happened, the decision's time
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> ship(Order order, Ship command, Instant now) {
        return packedPackage(order, command.packageId()).flatMap(pkg -> pkg.label().isEmpty()
                ? illegal("package " + pkg.id() + " has no label yet")
                : events(new PackageShipped(pkg.id(), now)));
    }

    /**
     * Delivery at {@code now}; for cash on delivery, the cash the carrier collected is recorded with it.
     *
     * @param order the order as it stands
     * @param command the request
     * @param now when it happened, the decision's time
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> confirmDelivery(Order order, ConfirmDelivery command, Instant now) {
        OrderPackage pkg = order.packages().get(command.packageId()).getOrNull();
        if (pkg == null) {
            return reject(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + command.packageId());
        }
        if (pkg.state() != OrderPackage.State.SHIPPED) {
            return illegal("package " + pkg.id() + " is " + pkg.state() + ", not SHIPPED");
        }
        OrderEvent delivered = new PackageDelivered(pkg.id(), now);
        // A package of free units (a gift, a promotion) is handed over with no cash to collect.
        return order.payment().isCashOnDelivery() && order.value(pkg).isPositive()
                ? events(delivered, new CashCollected(pkg.id(), order.value(pkg)))
                : events(delivered);
    }

    /**
     * The inventory consumed a shipped package's reserved stock, as owed.
     *
     * @param order the order as it stands
     * @param command the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordStockConsumed(Order order, RecordStockConsumed command) {
        OrderPackage pkg = order.packages().get(command.packageId()).getOrNull();
        if (pkg == null || !pkg.owesStockConsumption()) {
            return illegal("no stock consumption owed for package " + command.packageId());
        }
        return events(new StockConsumed(pkg.id()));
    }

    /**
     * The carrier voided the label of a package that will not ship with it, as owed.
     *
     * @param order the order as it stands
     * @param command the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordLabelVoided(Order order, RecordLabelVoided command) {
        OrderPackage pkg = order.packages().get(command.packageId()).getOrNull();
        if (pkg == null || !pkg.owesLabelVoid()) {
            return illegal("no label void owed for package " + command.packageId());
        }
        return events(new LabelVoided(pkg.id(), pkg.label().get().labelId()));
    }

    private static Either<Rejection, OrderPackage> packedPackage(Order order, PackageId id) {
        OrderPackage pkg = order.packages().get(id).getOrNull();
        if (pkg == null) {
            return reject(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + id);
        }
        if (pkg.state() != OrderPackage.State.PACKED) {
            return illegal("package " + id + " is " + pkg.state() + ", not PACKED");
        }
        return Either.right(pkg);
    }
}
