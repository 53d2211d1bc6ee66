// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The events of an order: the only way its state changes. They are stored by
 * {@link dev.oms.spi.order.OrderStore} implementations and drive every side effect, so they live in the
 * SPI where an adapter can persist them without knowing the core.
 *
 * <h2>The contract a listener may rely on</h2>
 * <ul>
 *   <li><b>Families.</b> {@link dev.oms.spi.event.OrderEvent} is sealed over families, one file each.
 *       All but one are business facts: {@link dev.oms.spi.event.PlacementEvent},
 *       {@link dev.oms.spi.event.AllocationEvent}, {@link dev.oms.spi.event.WaitingEvent},
 *       {@link dev.oms.spi.event.IndentEvent}, {@link dev.oms.spi.event.PaymentEvent},
 *       {@link dev.oms.spi.event.FulfilmentEvent}, {@link dev.oms.spi.event.ExternalFulfilmentEvent},
 *       {@link dev.oms.spi.event.CancellationEvent}, {@link dev.oms.spi.event.ApprovalEvent} and
 *       {@link dev.oms.spi.event.ReturnEvent} (returns: requested, approved or rejected). The last,
 *       {@link dev.oms.spi.event.EffectEvent}, is bookkeeping of calls to ports (a reservation, an
 *       authorisation, a label asked for; stock released or consumed; a notification sent): a listener that
 *       follows the business may skip it with {@code instanceof EffectEvent}.</li>
 *   <li><b>Past tense, immutable, validated.</b> Every event is a record that checks its own fields; a
 *       stored event always parses back to an equal record.</li>
 *   <li><b>Typed ids.</b> Events name what they refer to by value types of {@link dev.oms.spi.value}, never by
 *       bare strings: {@code PurchaseId}, {@code ReceiptId}, {@code AuthorizationId}, {@code CaptureId},
 *       {@code RefundId}, {@code LabelId}, and {@code ReleaseId} for stock owed back to the inventory by a
 *       cancellation or a reroute. The same id crosses the ports ({@code PurchaseRequest}, the payment
 *       gateway's requests and results, the carrier's labels), so a listener can match an event to a call.</li>
 *   <li><b>Units.</b> Every event that moves units names the line and the count; the buckets of a line
 *       always add up to its ordered quantity. Which event may move units between which buckets is the
 *       core's transition table ({@code dev.oms.core.order.Transitions}), printed in the README.</li>
 *   <li><b>Order.</b> The events of one order arrive in the order they were stored (see
 *       {@link dev.oms.spi.outbox.OrderEventListener}); the first is always
 *       {@link dev.oms.spi.event.PlacementEvent.OrderPlaced}.</li>
 *   <li><b>Exhaustive handling.</b> A listener that must handle every event type implements
 *       {@link dev.oms.spi.event.OrderEvent.Visitor}: when a later version adds an event, its code stops
 *       compiling instead of silently ignoring the new fact.</li>
 *   <li><b>Stability.</b> Within a major version, events are only added, never removed or renamed; a new
 *       field is added with a default for events stored before it.</li>
 * </ul>
 */
package dev.oms.spi.event;
