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

    /**
     * The commands of {@code oms}, each run inside {@code scope}.
     *
     * @param oms the facade
     * @param scope what surrounds each call
     */
    public OmsCommands(OrderManagement oms, CommandScope scope) {
        this.oms = oms;
        this.scope = scope;
    }

    /** {@return the facade, unobserved} */
    public OrderManagement oms() {
        return oms;
    }

    /**
     * Runs any facade call as the named command, observed like the others.
     *
     * @param <T> what the call answers when accepted
     * @param command the command's name, the {@code command} tag
     * @param orderId the order's id for the MDC, or {@code null} or empty when there is none
     * @param idempotencyKey the call's idempotency key for the MDC, or {@code null} or empty
     * @param call the facade call
     * @return what {@code call} answered, unchanged
     */
    public <T> Either<Rejection, T> run(String command, String orderId, String idempotencyKey,
            Supplier<Either<Rejection, T>> call) {
        return scope.run(command, orderId, idempotencyKey, call);
    }

    /**
     * {@code orders().place}; the idempotency key is the channel order ({@code channel:externalId}).
     *
     * @param order the order to place
     * @return the placed order, or why it was refused
     */
    public Either<Rejection, Order> place(PlaceOrder order) {
        return scope.run("place", "", order.channel() + ":" + order.externalId(), () -> oms.orders().place(order));
    }

    /**
     * {@code orders().cancel}.
     *
     * @param orderId the order
     * @param request what to cancel, under which idempotency key
     * @return what was cancelled, or why not
     */
    public Either<Rejection, Cancelled> cancel(OrderId orderId, CancelRequest request) {
        return scope.run("cancel", orderId.value(), request.idempotencyKey(), () -> oms.orders().cancel(orderId, request));
    }

    /**
     * {@code warehouse().createPickLists}.
     *
     * @param orderId the order
     * @return the pick lists created, or why none could be
     */
    public Either<Rejection, PickListsCreated> createPickLists(OrderId orderId) {
        return scope.run("createPickLists", orderId.value(), "", () -> oms.warehouse().createPickLists(orderId));
    }

    /**
     * {@code warehouse().confirmPicked}; the pick list's id is the MDC's idempotency key.
     *
     * @param orderId the order
     * @param pickList the pick list picked in full
     * @return the order, or why the confirmation was refused
     */
    public Either<Rejection, Order> confirmPicked(OrderId orderId, PickListId pickList) {
        return scope.run("confirmPicked", orderId.value(), pickList.value(), () -> oms.warehouse().confirmPicked(orderId, pickList));
    }

    /**
     * {@code warehouse().confirmPacked}.
     *
     * @param orderId the order
     * @param request what was packed, under which idempotency key
     * @return the packages packed and the order, or why not
     */
    public Either<Rejection, Packed> confirmPacked(OrderId orderId, PackRequest request) {
        return scope.run("confirmPacked", orderId.value(), request.idempotencyKey(),
                () -> oms.warehouse().confirmPacked(orderId, request));
    }

    /**
     * {@code warehouse().label}; the package's id is the MDC's idempotency key.
     *
     * @param orderId the order
     * @param packageId the package to label
     * @param carrierService the carrier service to buy the label from
     * @return the order, or why the label was refused
     */
    public Either<Rejection, Order> label(OrderId orderId, PackageId packageId, String carrierService) {
        return scope.run("label", orderId.value(), packageId.value(), () -> oms.warehouse().label(orderId, packageId, carrierService));
    }

    /**
     * {@code warehouse().ship}; the package's id is the MDC's idempotency key.
     *
     * @param orderId the order
     * @param packageId the package to hand over
     * @param carrierService the carrier service it travels with
     * @return the package shipped and the order, or why not
     */
    public Either<Rejection, Shipped> ship(OrderId orderId, PackageId packageId, String carrierService) {
        return scope.run("ship", orderId.value(), packageId.value(), () -> oms.warehouse().ship(orderId, packageId, carrierService));
    }

    /**
     * {@code warehouse().confirmDelivery}; the package's id is the MDC's idempotency key.
     *
     * @param orderId the order
     * @param packageId the package delivered
     * @return the order, or why the confirmation was refused
     */
    public Either<Rejection, Order> confirmDelivery(OrderId orderId, PackageId packageId) {
        return scope.run("confirmDelivery", orderId.value(), packageId.value(),
                () -> oms.warehouse().confirmDelivery(orderId, packageId));
    }

    /**
     * {@code payments().retry}.
     *
     * @param orderId the payment-held order
     * @param idempotencyKey the retry's idempotency key
     * @param newMethod the payment method to use instead, or empty to retry the same one
     * @return the order, or why the retry was refused
     */
    public Either<Rejection, Order> retryPayment(OrderId orderId, String idempotencyKey, Optional<PaymentMethod> newMethod) {
        return scope.run("retryPayment", orderId.value(), idempotencyKey, () -> oms.payments().retry(orderId, idempotencyKey, newMethod));
    }

    /**
     * {@code queries().find}, with the MDC set (a query: no command counters).
     *
     * @param orderId the order
     * @return the order, or empty when there is none
     */
    public Optional<Order> find(OrderId orderId) {
        return scope.query("find", orderId.value(), () -> oms.queries().find(orderId));
    }
}
