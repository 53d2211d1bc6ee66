// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ClaimEvent.ClaimSettled;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A claim on a delivered parcel, settled by a refund without the units coming back, and its refunds done or owed.
 *
 * @param id the claim's id
 * @param packageId the parcel claimed on
 * @param reason why
 * @param items the units claimed, per line
 * @param settledAt when it was settled
 * @param refunds the money owed back, per capture; a refund is keyed like a return receipt's
 */
public record Claim(ClaimId id, PackageId packageId, ClaimReason reason, List<PackageItem> items, Instant settledAt,
        List<ReturnReceipt.Refund> refunds) {

    /** Refuses nulls.
     * @param id the claim's id
     * @param packageId the parcel
     * @param reason why
     * @param items the units claimed
     * @param settledAt when
     * @param refunds the money owed back */
    public Claim {
        Require.nonNull(id, "id");
        Require.nonNull(packageId, "packageId");
        Require.nonNull(reason, "reason");
        Require.nonNull(items, "items");
        Require.nonNull(settledAt, "settledAt");
        Require.nonNull(refunds, "refunds");
    }

    static Claim of(OrderId orderId, ClaimSettled e) {
        String prefix = orderId.value() + ":claim:" + e.claimId();
        List<ReturnReceipt.Refund> refunds = List.ofAll(e.refunds()).zipWithIndex().map(r -> new ReturnReceipt.Refund(r._2 + 1,
                prefix + ":refund:" + (r._2 + 1), r._1.captureId(), r._1.amount(), Option.none()));
        return new Claim(e.claimId(), e.packageId(), e.reason(), List.ofAll(e.items()), e.settledAt(), refunds);
    }

    /** {@return the units of a line claimed}
     * @param lineId the line */
    public long units(LineId lineId) {
        return items.filter(i -> i.lineId().equals(lineId)).map(PackageItem::quantity).sum().longValue();
    }

    Claim refunded(int share, RefundId refundId) {
        ReturnReceipt.Refund owed = refunds.find(r -> r.share() == share && r.owed())
                .getOrElseThrow(() -> new IllegalStateException("no refund share " + share + " owed by claim " + id));
        return new Claim(id, packageId, reason, items, settledAt, refunds.replace(owed,
                new ReturnReceipt.Refund(share, owed.key(), owed.captureId(), owed.amount(), Option.some(refundId))));
    }
}
