// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.approval.ApprovalPolicy;
import dev.oms.core.stockloss.StockLossPolicy;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.OrderManagementBuilder;
import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.dropship.DropshipPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.returns.ReturnPolicy;

/**
 * The policy beans the host defined (each may be null: the builder's default then applies).
 *
 * @param allocation where an order's pending units are reserved
 * @param availability what stock is promised to a new order
 * @param backorders per SKU, whether units the stock cannot cover may wait for a receipt
 * @param preorders the pre-order caps per channel
 * @param preorderPayment when pre-ordered units are authorised and charged
 * @param indent which lines are bought from a supplier for the order
 * @param approval which new orders are held for a person's approval as they are placed
 * @param stockLoss what happens to orders whose units a stock count found gone
 * @param dropship which lines a supplier ships straight to the customer (needs a {@code FulfilmentService} bean)
 * @param returns how long after delivery units may be returned
 */
public record OmsPolicies(AllocationPolicy allocation, AvailabilityPolicy availability, BackorderPolicy backorders,
        PreorderPolicy preorders, PreorderPaymentPolicy preorderPayment, IndentPolicy indent,
        ApprovalPolicy approval, StockLossPolicy stockLoss, DropshipPolicy dropship, ReturnPolicy returns) {

    /**
     * The policies without a return policy.
     *
     * @param allocation where an order's pending units are reserved
     * @param availability what stock is promised to a new order
     * @param backorders per SKU, whether units the stock cannot cover may wait for a receipt
     * @param preorders the pre-order caps per channel
     * @param preorderPayment when pre-ordered units are authorised and charged
     * @param indent which lines are bought from a supplier for the order
     * @param approval which new orders are held for a person's approval as they are placed
     * @param stockLoss what happens to orders whose units a stock count found gone
     * @param dropship which lines a supplier ships straight to the customer (needs a {@code FulfilmentService} bean)
     */
    public OmsPolicies(AllocationPolicy allocation, AvailabilityPolicy availability, BackorderPolicy backorders,
            PreorderPolicy preorders, PreorderPaymentPolicy preorderPayment, IndentPolicy indent,
            ApprovalPolicy approval, StockLossPolicy stockLoss, DropshipPolicy dropship) {
        this(allocation, availability, backorders, preorders, preorderPayment, indent, approval, stockLoss, dropship, null);
    }

    /**
     * The policies without dropship.
     *
     * @param allocation where an order's pending units are reserved
     * @param availability what stock is promised to a new order
     * @param backorders per SKU, whether units the stock cannot cover may wait for a receipt
     * @param preorders the pre-order caps per channel
     * @param preorderPayment when pre-ordered units are authorised and charged
     * @param indent which lines are bought from a supplier for the order
     * @param approval which new orders are held for a person's approval as they are placed
     * @param stockLoss what happens to orders whose units a stock count found gone
     */
    public OmsPolicies(AllocationPolicy allocation, AvailabilityPolicy availability, BackorderPolicy backorders,
            PreorderPolicy preorders, PreorderPaymentPolicy preorderPayment, IndentPolicy indent,
            ApprovalPolicy approval, StockLossPolicy stockLoss) {
        this(allocation, availability, backorders, preorders, preorderPayment, indent, approval, stockLoss, null, null);
    }

    /**
     * Sets on the builder every policy given.
     *
     * @param builder the facade's builder
     */
    public void applyTo(OrderManagementBuilder builder) {
        if (allocation != null) {
            builder.allocationPolicy(allocation);
        }
        if (availability != null) {
            builder.availabilityPolicy(availability);
        }
        if (backorders != null) {
            builder.backorderPolicy(backorders);
        }
        if (preorders != null) {
            builder.preorderPolicy(preorders);
        }
        if (preorderPayment != null) {
            builder.preorderPayment(preorderPayment);
        }
        if (indent != null) {
            builder.indentPolicy(indent);
        }
        if (approval != null) {
            builder.approvalPolicy(approval);
        }
        if (stockLoss != null) {
            builder.stockLossPolicy(stockLoss);
        }
        if (dropship != null) {
            builder.dropshipPolicy(dropship);
        }
        if (returns != null) {
            builder.returnPolicy(returns);
        }
    }
}
