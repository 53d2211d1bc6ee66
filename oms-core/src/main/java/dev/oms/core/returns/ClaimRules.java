// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.rejection.Rejections.events;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ClaimEvent.ClaimResolution;
import dev.oms.spi.event.ClaimEvent.ClaimSettled;
import dev.oms.spi.event.ClaimEvent.ReplacementAdded;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import org.joda.money.Money;

/**
 * Decides claims: units of a delivered parcel the customer reports damaged, not received, or the wrong item; also units
 * of a parcel still on its way that its carrier reports held up ({@code EXCEPTION}) or sent back
 * ({@code RETURNED_TO_SENDER}), which then leave the shipped units. A claim is settled without the units coming back,
 * by a refund or by a reship: replacement lines, free of charge, for the same SKUs and units, which the caller
 * allocates in the same decision. A line's units may be claimed while the parcel delivered them and the
 * customer still holds them (not claimed before, not under a return). Each is refunded its share of the line like a
 * returned unit (the next share not yet refunded), drawn on the captures that paid for the line
 * ({@link RefundSources}); no restocking fee, as nothing comes back to sell.
 */
public final class ClaimRules {
    private ClaimRules() {}

    /**
     * Decides a claim.
     *
     * @param order the order as it stands
     * @param packageId the parcel claimed on
     * @param reason why
     * @param resolution a refund, or replacements sent
     * @param items the units claimed per line; not empty
     * @param now when the claim is settled
     * @param tender for a refund, where the money goes back: the captures (the original payment) or store credit
     * @return {@code ClaimSettled} (and {@code ReplacementAdded} for a reship, {@code StoreCreditOwed} for a refund as
     *     store credit), or every problem: {@code UNKNOWN_PACKAGE},
     *     {@code ILLEGAL_TRANSITION} (the parcel is neither delivered nor reported held up or sent back), {@code UNKNOWN_LINE},
     *     {@code NOT_CLAIMABLE}, {@code REFUND_NOT_COVERED}
     */
    public static Either<Rejection, List<OrderEvent>> settle(Order order, PackageId packageId, ClaimReason reason,
            ClaimResolution resolution, List<PackageItem> items, Instant now, RefundTender tender) {
        if (order.packages().get(packageId).isEmpty()) {
            return Rejections.reject(ProblemCode.UNKNOWN_PACKAGE, "packageId", "the order has no package " + packageId);
        }
        OrderPackage parcel = order.packages().get(packageId).get();
        if (parcel.deliveredAt().isEmpty() && !(parcel.state() == OrderPackage.State.SHIPPED && heldUp(parcel))) {
            return Rejections.illegal("package " + packageId + " is " + parcel.state() + ": a claim is on a delivered parcel, or"
                    + " one the carrier reports held up or sent back; one still on its way is the carrier's to find");
        }
        List<Problem> problems = List.empty();
        for (int i = 0; i < items.size(); i++) {
            PackageItem item = items.get(i);
            String path = "lines[" + i + "]";
            if (order.line(item.lineId()).isEmpty()) {
                problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LINE, path + ".lineId", "the order has no line " + item.lineId()));
            } else if (items.indexWhere(other -> other.lineId().equals(item.lineId())) == i) {
                long asked = items.filter(o -> o.lineId().equals(item.lineId())).map(PackageItem::quantity).sum().longValue();
                long claimable = claimable(order, parcel, item.lineId());
                if (asked > claimable) {
                    problems = problems.append(Problem.of(ProblemCode.NOT_CLAIMABLE, path + ".quantity", claimable + " units of line "
                            + item.lineId() + " in package " + packageId + " may be claimed; asked " + asked));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        ClaimId claimId = order.returns().nextClaimId(order.id());
        if (resolution == ClaimResolution.RESHIP) {
            return events(new ClaimSettled(claimId, packageId, reason, items.toJavaList(), now, java.util.List.of()),
                    new ReplacementAdded(claimId, replacements(order, items).toJavaList()));
        }
        Money refund = Money.zero(order.currency());
        for (LineId lineId : items.map(PackageItem::lineId).distinct()) {
            long units = items.filter(i -> i.lineId().equals(lineId)).map(PackageItem::quantity).sum().longValue();
            refund = refund.plus(order.line(lineId).get().valueOfUnits(order.returns().sharesTaken(lineId), units));
        }
        Either<Money, RefundSources.Payback> drawn = RefundSources.payBack(order, items.map(PackageItem::lineId).distinct(), refund,
                tender, "claim " + claimId);
        if (drawn.isLeft()) {
            return Rejections.reject(ProblemCode.REFUND_NOT_COVERED, "lines", "the order's captures can pay back only "
                    + drawn.getLeft() + " of the " + refund + " the units claimed are worth");
        }
        return Either.right(List.<OrderEvent>of(new ClaimSettled(claimId, packageId, reason, items.toJavaList(), now,
                drawn.get().refunds().toJavaList())).appendAll(drawn.get().credit()));
    }

    /** Whether the carrier's latest word on a parcel on its way is that it is held up or coming back. */
    private static boolean heldUp(OrderPackage parcel) {
        return parcel.trackingStatus().exists(s -> s == TrackingStatus.EXCEPTION || s == TrackingStatus.RETURNED_TO_SENDER);
    }

    /**
     * Units of a line the parcel delivered and the customer still holds: not claimed, not promised back under a return;
     * for a parcel still on its way, its units not claimed yet.
     */
    private static long claimable(Order order, OrderPackage parcel, LineId lineId) {
        Line line = order.line(lineId).get();
        if (parcel.deliveredAt().isEmpty()) {
            return Math.max(0, Math.min(parcel.units(lineId) - order.returns().claimed(parcel.id(), lineId), line.count(Bucket.SHIPPED)));
        }
        long promisedBack = order.returns().underReturn(lineId) - order.returns().received(lineId);
        long held = line.count(Bucket.DELIVERED) - promisedBack;
        return Math.max(0, Math.min(parcel.units(lineId) - order.returns().claimed(parcel.id(), lineId), held));
    }

    /** One free line per line claimed, for its SKU and the units claimed, numbered after the order's last line. */
    private static List<PlacedLine> replacements(Order order, List<PackageItem> items) {
        List<LineId> claimed = items.map(PackageItem::lineId).distinct();
        return claimed.zipWithIndex().map(t -> {
            Line original = order.line(t._1).get();
            long units = items.filter(i -> i.lineId().equals(t._1)).map(PackageItem::quantity).sum().longValue();
            return new PlacedLine(LineId.ofPosition(order.lines().size() + t._2), original.sku(), units,
                    Money.zero(order.currency()), original.stockTracked());
        });
    }
}
