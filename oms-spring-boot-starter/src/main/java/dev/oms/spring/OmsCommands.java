// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The oms facade's commands, each run inside {@link CommandScope}: an MDC with the order id, the command and
 * the idempotency key, a Micrometer observation, and the command counters. Hosts call oms through this bean
 * to have every call observed; {@link #oms()} is the facade itself, and {@link #run} observes any other call.
 */
public final class OmsCommands {
    private final OrderManagement oms;
    private final CommandScope scope;

    public OmsCommands(OrderManagement oms, CommandScope scope) {
        this.oms = oms;
        this.scope = scope;
    }

    /** The facade, unobserved. */
    public OrderManagement oms() {
        return oms;
    }

    /** Runs any facade call as the named command, observed like the others. */
    public <T> Either<Rejection, T> run(String command, String orderId, String idempotencyKey,
            Supplier<Either<Rejection, T>> call) {
        return scope.run(command, orderId, idempotencyKey, call);
    }

    /** {@code orders().place}; the idempotency key is the channel order ({@code channel:externalId}). */
    public Either<Rejection, Order> place(PlaceOrder order) {
        return scope.run("place", "", order.channel() + ":" + order.externalId(), () -> oms.orders().place(order));
    }

    /** {@code orders().cancel}. */
    public Either<Rejection, Cancelled> cancel(OrderId orderId, CancelRequest request) {
        return scope.run("cancel", orderId.value(), request.idempotencyKey(), () -> oms.orders().cancel(orderId, request));
    }

    /** {@code warehouse().createPickLists}. */
    public Either<Rejection, PickListsCreated> createPickLists(OrderId orderId) {
        return scope.run("createPickLists", orderId.value(), "", () -> oms.warehouse().createPickLists(orderId));
    }

    /** {@code warehouse().confirmPicked}. */
    public Either<Rejection, Order> confirmPicked(OrderId orderId, PickListId pickList) {
        return scope.run("confirmPicked", orderId.value(), pickList.value(), () -> oms.warehouse().confirmPicked(orderId, pickList));
    }

    /** {@code warehouse().confirmPacked}. */
    public Either<Rejection, Packed> confirmPacked(OrderId orderId, PackRequest request) {
        return scope.run("confirmPacked", orderId.value(), request.idempotencyKey(),
                () -> oms.warehouse().confirmPacked(orderId, request));
    }

    /** {@code warehouse().label}. */
    public Either<Rejection, Order> label(OrderId orderId, PackageId packageId, String carrierService) {
        return scope.run("label", orderId.value(), packageId.value(), () -> oms.warehouse().label(orderId, packageId, carrierService));
    }

    /** {@code warehouse().ship}. */
    public Either<Rejection, Shipped> ship(OrderId orderId, PackageId packageId, String carrierService) {
        return scope.run("ship", orderId.value(), packageId.value(), () -> oms.warehouse().ship(orderId, packageId, carrierService));
    }

    /** {@code warehouse().confirmDelivery}. */
    public Either<Rejection, Order> confirmDelivery(OrderId orderId, PackageId packageId) {
        return scope.run("confirmDelivery", orderId.value(), packageId.value(),
                () -> oms.warehouse().confirmDelivery(orderId, packageId));
    }

    /** {@code payments().retry}. */
    public Either<Rejection, Order> retryPayment(OrderId orderId, String idempotencyKey, Optional<PaymentMethod> newMethod) {
        return scope.run("retryPayment", orderId.value(), idempotencyKey, () -> oms.payments().retry(orderId, idempotencyKey, newMethod));
    }

    /** {@code queries().find}, with the MDC set (a query: no command counters). */
    public Optional<Order> find(OrderId orderId) {
        return scope.query("find", orderId.value(), () -> oms.queries().find(orderId));
    }
}
