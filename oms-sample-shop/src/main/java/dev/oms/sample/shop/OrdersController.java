// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spring.OmsCommands;
import io.vavr.control.Either;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's order API. Requests that create something carry an {@code Idempotency-Key} header: sent again
 * with the same body, the request is answered as the first time and nothing happens twice; with another
 * body it is refused ({@code IDEMPOTENCY_KEY_REUSED}). Picking, shipping and delivery are idempotent by
 * their path. Every rejection is a problem detail naming all of its problems ({@link ShopProblems}).
 */
@RestController
@RequestMapping("/orders")
class OrdersController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OmsCommands oms;

    OrdersController(OmsCommands oms) {
        this.oms = oms;
    }

    /** Checkout: places the order, reserving its stock and authorising the card. */
    @PostMapping
    ResponseEntity<OrderView> place(@RequestHeader(IDEMPOTENCY_KEY) String key, @RequestBody ShopRequests.Checkout checkout) {
        OrderView placed = OrderView.of(answer(oms.place(checkout.toCommand(key))));
        return ResponseEntity.created(URI.create("/orders/" + placed.orderId())).body(placed);
    }

    @GetMapping("/{orderId}")
    OrderView find(@PathVariable String orderId) {
        return oms.find(OrderId.of(orderId)).map(OrderView::of).orElseThrow(
                () -> new Rejected(Rejection.of(ProblemCode.UNKNOWN_ORDER, "orderId", "no order " + orderId)));
    }

    @PostMapping("/{orderId}/cancellation")
    OrderView cancel(@PathVariable String orderId, @RequestHeader(IDEMPOTENCY_KEY) String key,
            @RequestBody ShopRequests.Cancellation cancellation) {
        return OrderView.of(answer(oms.cancel(OrderId.of(orderId), cancellation.toCommand(key))).order());
    }

    /** Retries a held payment (a declined card) with another card. */
    @PostMapping("/{orderId}/payment")
    OrderView retryPayment(@PathVariable String orderId, @RequestHeader(IDEMPOTENCY_KEY) String key,
            @RequestBody ShopRequests.Payment payment) {
        return OrderView.of(answer(oms.retryPayment(OrderId.of(orderId), key, payment.method())));
    }

    /** Creates a pick list per location for the allocated units not on one yet. */
    @PostMapping("/{orderId}/pick-lists")
    @ResponseStatus(HttpStatus.CREATED)
    PickListsView createPickLists(@PathVariable String orderId) {
        var created = answer(oms.createPickLists(OrderId.of(orderId)));
        return new PickListsView(created.pickListIds().stream().map(PickListId::value).toList(), OrderView.of(created.order()));
    }

    @PostMapping("/{orderId}/pick-lists/{pickListId}/picked")
    OrderView picked(@PathVariable String orderId, @PathVariable String pickListId) {
        return OrderView.of(answer(oms.confirmPicked(OrderId.of(orderId), PickListId.of(pickListId))));
    }

    /** Voids an open pick list: its units stay allocated, to be cancelled or listed again. */
    @PostMapping("/{orderId}/pick-lists/{pickListId}/voiding")
    OrderView voidPickList(@PathVariable String orderId, @PathVariable String pickListId,
            @RequestBody(required = false) ShopRequests.Voiding voiding) {
        String reason = voiding == null ? new ShopRequests.Voiding(null).reasonOrDefault() : voiding.reasonOrDefault();
        return OrderView.of(answer(oms.run("voidPickList", orderId, pickListId,
                () -> oms.oms().warehouse().voidPickList(OrderId.of(orderId), PickListId.of(pickListId), reason))));
    }

    /** Holds the order for a reviewer: nothing is picked, shipped or captured until the hold is released. */
    @PostMapping("/{orderId}/approval-holds")
    OrderView hold(@PathVariable String orderId, @RequestHeader(IDEMPOTENCY_KEY) String key, @RequestBody ShopRequests.Review review) {
        return OrderView.of(answer(oms.run("holdForApproval", orderId, key,
                () -> oms.oms().approvals().hold(OrderId.of(orderId), review.toCommand(key)))));
    }

    /** Releases the order's hold for the review's reason. */
    @PostMapping("/{orderId}/approval-holds/release")
    OrderView release(@PathVariable String orderId, @RequestHeader(IDEMPOTENCY_KEY) String key, @RequestBody ShopRequests.Review review) {
        return OrderView.of(answer(oms.run("releaseApprovalHold", orderId, key,
                () -> oms.oms().approvals().release(OrderId.of(orderId), review.toCommand(key)))));
    }

    /** Rejects the order in the review of its hold: what has not shipped is cancelled. */
    @PostMapping("/{orderId}/approval-holds/rejection")
    OrderView reject(@PathVariable String orderId, @RequestHeader(IDEMPOTENCY_KEY) String key, @RequestBody ShopRequests.Review review) {
        return OrderView.of(answer(oms.run("rejectInApproval", orderId, key,
                () -> oms.oms().approvals().reject(OrderId.of(orderId), review.toCommand(key)))));
    }

    /** Packs picked units into a new package. */
    @PostMapping("/{orderId}/packages")
    @ResponseStatus(HttpStatus.CREATED)
    PackedView pack(@PathVariable String orderId, @RequestHeader(IDEMPOTENCY_KEY) String key,
            @RequestBody ShopRequests.Packing packing) {
        var packed = answer(oms.confirmPacked(OrderId.of(orderId), packing.toCommand(key)));
        return new PackedView(packed.packageId().value(), OrderView.of(packed.order()));
    }

    /** Buys the label and hands the package to the carrier; the package's payment is captured. */
    @PostMapping("/{orderId}/packages/{packageId}/shipment")
    OrderView ship(@PathVariable String orderId, @PathVariable String packageId,
            @RequestBody(required = false) ShopRequests.Shipment shipment) {
        String service = shipment == null ? "ground" : shipment.serviceOrDefault();
        return OrderView.of(answer(oms.ship(OrderId.of(orderId), PackageId.of(packageId), service)).order());
    }

    @PostMapping("/{orderId}/packages/{packageId}/delivery")
    OrderView delivered(@PathVariable String orderId, @PathVariable String packageId) {
        return OrderView.of(answer(oms.confirmDelivery(OrderId.of(orderId), PackageId.of(packageId))));
    }

    /** Pick lists made, with the order. */
    record PickListsView(List<String> pickListIds, OrderView order) {}

    /** The new package's id, with the order. */
    record PackedView(String packageId, OrderView order) {}

    private static <T> T answer(Either<Rejection, T> answer) {
        return answer.getOrElseThrow(Rejected::new);
    }
}
