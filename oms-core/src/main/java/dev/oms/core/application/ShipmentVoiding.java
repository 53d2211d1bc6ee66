// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.FulfilmentCommand;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.InputLimits.TextKind;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Optional;

/**
 * Voids a shipment for {@link Warehouse#voidShipment}. What the order owes is run first, so the package's capture is
 * settled (or known to be still owed, and the void refused) before the void fixes what each capture is refunded.
 */
final class ShipmentVoiding {
    private ShipmentVoiding() {}

    static Either<Rejection, VoidedShipment> voidShipment(Settling settling, OrderId orderId, VoidShipmentRequest request) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(request, "request");
        List<Problem> problems = InputLimits.text(request.idempotencyKey(), TextKind.ID, "idempotencyKey")
                .appendAll(InputLimits.text(request.packageId().value(), TextKind.ID, "packageId"))
                .appendAll(InputLimits.text(request.reason(), TextKind.FREE_TEXT, "reason"));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        String key = IdempotencyKeys.host(HostRequest.VOID_SHIPMENT, request.idempotencyKey()).value();
        FulfilmentCommand.VoidShipment command = new FulfilmentCommand.VoidShipment(key, request.packageId(), request.reason(),
                request.outcome() == VoidShipmentRequest.Outcome.RESTOCK);
        return settling.existing(orderId)
                .map(order -> order.handled(key).isDefined() ? order : settling.resume(orderId).get())
                .flatMap(order -> settling.run(orderId, command))
                .map(order -> answer(order, key, request));
    }

    private static VoidedShipment answer(Order order, String key, VoidShipmentRequest request) {
        Optional<PackageId> repacked = order.madeBy(key, ShipmentVoided.class).headOption().toJavaOptional()
                .flatMap(ShipmentVoided::repackedAs);
        return new VoidedShipment(order, request.packageId(), repacked);
    }
}
