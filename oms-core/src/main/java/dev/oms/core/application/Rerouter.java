// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.command.AllocationCommand;
import dev.oms.spi.Ports;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-routes an order's units away from a location that cannot fulfil them after all: {@link ReroutingRules}
 * decides which units move, the facade's allocation path plans them again on the order as it would stand
 * (which shows it no stock at the failed location), and both are recorded as one command, so a reroute
 * that cannot be planned changes nothing.
 */
final class Rerouter {
    private static final Logger LOG = LoggerFactory.getLogger(Rerouter.class);

    private final Ports ports;
    private final CommandExecution execution;
    private final Allocation allocation;

    Rerouter(Ports ports, CommandExecution execution, Allocation allocation) {
        this.ports = ports;
        this.execution = execution;
        this.allocation = allocation;
    }

    Either<Rejection, Order> reroute(Order order, LocationId failed, String idempotencyKey, String reason) {
        if (order.handled(idempotencyKey).isDefined()) {
            return order.isReplay(idempotencyKey, AllocationCommand.Reroute.fingerprintOf(failed, reason)) ? Either.right(order)
                    : Rejections.keyReused(idempotencyKey);
        }
        if (List.ofAll(ports.inventory().locations()).find(l -> l.id().equals(failed)).isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_LOCATION, "failedLocation", "no location " + failed));
        }
        return ReroutingRules.deallocate(order, failed, reason)
                .map(freed -> freed.foldLeft(order, (o, event) -> OrderEvolution.apply(o, event)))
                .flatMap(working -> allocation.plan(working, idempotencyKey))
                .flatMap(plan -> execution.execute(order.id(), new AllocationCommand.Reroute(idempotencyKey, failed, reason, plan)))
                .peek(rerouted -> LOG.info("order {}: units re-routed away from {}", order.id(), failed));
    }
}
