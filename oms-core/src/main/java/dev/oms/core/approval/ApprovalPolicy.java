// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.approval;

import dev.oms.core.order.Order;
import dev.oms.spi.value.ApprovalReason;
import java.util.Map;

/**
 * The host's rules that hold a new order for approval as it is placed (an order above a value, a first order
 * from a new customer, a ship-to country under review). Pure: it reads only the order, and is decided with the
 * placement, so the holds are stored in the order's first commit. A rule that needs an outside service (a fraud
 * score) holds the order by hand afterwards, through {@code OrderManagement.approvals()}.
 */
@FunctionalInterface
public interface ApprovalPolicy {

    /**
     * {@return the holds the new order gets, by reason, each with a note for the audit trail (no personal data);
     * empty for none}
     *
     * @param placed the order as placed, before any reservation
     */
    Map<ApprovalReason, String> holdsFor(Order placed);

    /** {@return the policy that holds no order} */
    static ApprovalPolicy none() {
        return placed -> Map.of();
    }
}
