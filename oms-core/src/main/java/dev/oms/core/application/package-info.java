// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The application facade a host embeds. {@link dev.oms.core.application.OrderManagement} is the composition
 * root, built by its builder from the host's ports and policies; it hands out one service per kind of caller:
 * {@link dev.oms.core.application.OrderTaking} (place, cancel), {@link dev.oms.core.application.Storefront}
 * (availability, checkout holds), {@link dev.oms.core.application.Warehouse} (pick lists to delivery),
 * {@link dev.oms.core.application.Inbound} (receipts, releases, supplier answers),
 * {@link dev.oms.core.application.Sourcing} (allocate, reroute, explain), {@link dev.oms.core.application.Payments},
 * {@link dev.oms.core.application.Recovery} and {@link dev.oms.core.application.OrderQueries}. Each request
 * record sits beside the service that takes it. At this API optional values are {@link java.util.Optional}
 * and collections {@link java.util.List}; results are Vavr {@code Either<Rejection, T>}.
 *
 * <p>Every service loads an order, decides a command with the pure core, appends the events with the
 * expected version, and then runs the side effects the stored order owes through the host's ports, through
 * the plumbing they share ({@code Settling}, {@code CommandExecution}, {@code EffectRunner}, {@code Restocking}).
 * The idempotency keys they store are built only in {@code IdempotencyKeys}. The only package of oms-core
 * that talks to ports or logs.
 */
package dev.oms.core.application;
