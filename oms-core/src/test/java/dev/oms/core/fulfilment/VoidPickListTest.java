// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import org.junit.jupiter.api.Test;

/** Voiding an open pick list: its units stay allocated, uncovered, and can be cancelled or listed again. */
class VoidPickListTest {
    private final TestShop shop = new TestShop().stock("SHOE", 5, 0);

    @Test
    void aVoidedListsUnitsCanBeCancelledThoughAnOpenListsCannot() {
        Order order = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 50.00"))).get();
        PickListId list = shop.oms.warehouse().createPickLists(order.id()).get().pickListIds().get(0);
        assertThat(shop.oms.orders().cancel(order.id(), CancelRequest.wholeOrder("c-1", "changed mind")).getLeft().codes())
                .containsExactly(ProblemCode.NOT_CANCELLABLE);

        Order voided = shop.oms.warehouse().voidPickList(order.id(), list, "customer called to cancel").get();

        assertThat(voided.pickLists().get(list).get().state()).isEqualTo(PickList.State.VOIDED);
        assertThat(voided.line(LineId.of("L1")).get().count(Bucket.ALLOCATED)).isEqualTo(2);
        assertThat(voided.status()).isEqualTo(OrderStatus.ALLOCATED);
        Order cancelled = shop.oms.orders().cancel(order.id(), CancelRequest.wholeOrder("c-2", "changed mind"))
                .map(Cancelled::order).get();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), TestShop.EAST).get().reserved()).isZero();
    }

    @Test
    void aVoidedListsUnitsAreListedAgainOnANewList() {
        Order order = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 50.00"))).get();
        PickListId first = shop.oms.warehouse().createPickLists(order.id()).get().pickListIds().get(0);
        shop.oms.warehouse().voidPickList(order.id(), first, "printer jam").get();

        PickListsCreated again = shop.oms.warehouse().createPickLists(order.id()).get();

        assertThat(again.pickListIds()).hasSize(1).doesNotContain(first);
        assertThat(again.order().pickLists().get(again.pickListIds().get(0)).get().openUnits(LineId.of("L1"))).isEqualTo(2);
        assertThat(shop.oms.warehouse().confirmPicked(order.id(), first).getLeft().codes())
                .containsExactly(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void voidingTwiceAnswersTheOrderAnotherReasonIsRefusedAndAPickedListCannotBeVoided() {
        Order order = shop.oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();
        PickListId list = shop.oms.warehouse().createPickLists(order.id()).get().pickListIds().get(0);
        Order voided = shop.oms.warehouse().voidPickList(order.id(), list, "printer jam").get();

        assertThat(shop.oms.warehouse().voidPickList(order.id(), list, "printer jam").get().version()).isEqualTo(voided.version());
        assertThat(shop.oms.warehouse().voidPickList(order.id(), list, "another reason").getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);

        PickListId second = shop.oms.warehouse().createPickLists(order.id()).get().pickListIds().get(0);
        shop.oms.warehouse().confirmPicked(order.id(), second).get();
        assertThat(shop.oms.warehouse().voidPickList(order.id(), second, "too late").getLeft().codes())
                .containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(shop.oms.warehouse().voidPickList(order.id(), PickListId.of("nope"), "typo").getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_PICK_LIST);
    }
}
