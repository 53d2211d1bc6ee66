// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Routing (distributed order management): choosing the locations that fulfil an order.
 *
 * <p>A {@link dev.oms.core.routing.RoutingStrategy} is a pure function of a {@link dev.oms.core.routing.RoutingRequest}
 * (the units to route, where they go, the customer's ship-together wish) and the
 * {@link dev.oms.core.routing.Candidate}s with their stock. It answers with a
 * {@link dev.oms.core.routing.RoutingDecision}: per line, the location and quantity of each shipment, what
 * cannot be covered, and a trace of every candidate's scores and why it lost. {@link dev.oms.core.routing.Strategies}
 * holds the built-in strategies; {@link dev.oms.core.routing.Rules} lets a host compose its own from
 * {@link dev.oms.core.routing.Filters} and ranked {@link dev.oms.core.routing.Criteria}.
 * {@link dev.oms.core.routing.RoutedAllocation} plugs any strategy into the facade as an
 * {@link dev.oms.core.allocation.AllocationPolicy}.
 *
 * <p>Determinism (design invariant 8): every ranking ends with the location id, so equal inputs route alike.
 */
package dev.oms.core.routing;
