// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The rules of an order's money: which authorisation, capture, void, prepayment or refund the order owes
 * ({@link dev.oms.core.payment.PaymentDecisions}, {@link dev.oms.core.payment.PrepaymentDecisions}), when an
 * authorisation has lapsed ({@link dev.oms.core.payment.AuthorizationLapse}), and that they stay exact
 * (captured never exceeds authorised, refunded never exceeds captured; design invariant 5). The money's
 * state itself ({@link dev.oms.core.order.PaymentLedger}, {@link dev.oms.core.order.Prepayments}) is part of
 * the order aggregate in {@code dev.oms.core.order}: the aggregate holds state, each rule package reads it,
 * and no package cycle forms.
 */
package dev.oms.core.payment;
