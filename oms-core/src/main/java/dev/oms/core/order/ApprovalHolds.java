// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.Require;
import io.vavr.collection.LinkedHashMap;

/**
 * The approval holds open on an order, one per reason, each with the note that placed it. While any is open
 * the order keeps its reservations and authorisation but is not picked, packed, shipped or captured.
 *
 * @param open the open holds by reason, in the order they were placed, with the note that placed each
 */
public record ApprovalHolds(LinkedHashMap<ApprovalReason, String> open) {
    /** No hold open. */
    public static final ApprovalHolds NONE = new ApprovalHolds(LinkedHashMap.empty());

    /**
     * Refuses null.
     *
     * @param open the open holds by reason, with the note that placed each
     */
    public ApprovalHolds {
        Require.nonNull(open, "open");
    }

    /** {@return whether any hold is open: the order waits for a person} */
    public boolean held() {
        return !open.isEmpty();
    }

    /** {@return whether the hold for this reason is open}
     * @param reason the reason */
    public boolean isOpen(ApprovalReason reason) {
        return open.containsKey(reason);
    }

    ApprovalHolds placed(ApprovalReason reason, String note) {
        return new ApprovalHolds(open.put(reason, note));
    }

    ApprovalHolds released(ApprovalReason reason) {
        return new ApprovalHolds(open.remove(reason));
    }
}
