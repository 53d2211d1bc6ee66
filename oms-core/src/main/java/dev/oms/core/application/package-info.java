// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The application facade a host embeds. {@link dev.oms.core.application.OrderManagement} is the composition
 * root, built by its builder from the host's ports and policies; it hands out one service per kind of caller:
 * {@link dev.oms.core.application.OrderTaking} (place, cancel), {@link dev.oms.core.application.Storefront}
 * (availability, checkout holds), {@link dev.oms.core.application.Warehouse} (pick lists to delivery),
 * {@link dev.oms.core.application.Inbound} (receipts, releases, supplier answers),
 * {@link dev.oms.core.application.Sourcing} (allocate, reroute, explain), {@link dev.oms.core.application.Payments},
 * {@link dev.oms.core.application.Recovery}, {@link dev.oms.core.application.OrderQueries} and
 * {@link dev.oms.core.application.Subscriptions} (back-in-stock). Each request
 * record sits beside the service that takes it. At this API optional values are {@link java.util.Optional}
 * and collections {@link java.util.List}; results are Vavr {@code Either<Rejection, T>}.
 *
 * <pre>{@code
 * OrderManagement oms = OrderManagement.using(ports);
 * oms.orders().place(order);                  // OrderTaking: place, cancel
 * oms.storefront().availableToPromise(sku);   // Storefront: availability, checkout holds
 * oms.warehouse().createPickLists(orderId);   // Warehouse: pick, pack, label, ship, deliver
 * oms.inbound().receiveStock(receipt);        // Inbound: receipts, releases, supplier answers
 * oms.sourcing().reroute(...);                // Sourcing: allocate, reroute, explain routing
 * oms.payments().retry(...);                  // Payments: retry a held payment
 * oms.recovery().resumeAll();                 // Recovery: run effects still owed
 * oms.queries().find(orderId);                // OrderQueries: find, orderIds
 * oms.subscriptions().subscribe(key, sku, c); // Subscriptions: told when a SKU is back in stock
 * }</pre>
 *
 * <p>Thread-safe when the ports are: concurrent commands on one order are serialised by the store's
 * optimistic versions, and the services share one set of collaborators, so any mix of them may be used at once.
 *
 * <p>Every service loads an order, decides a command with the pure core, appends the events with the
 * expected version, and then runs the side effects the stored order owes through the host's ports, through
 * the plumbing they share ({@code Settling}, {@code CommandExecution}, {@code EffectRunner}, {@code Restocking}).
 * The idempotency keys they store are built only in {@code IdempotencyKeys}. The only package of oms-core
 * that talks to ports or logs.
 */
package dev.oms.core.application;
