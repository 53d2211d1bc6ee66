// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A return request naming units that never shipped cancels them, in the same commit as the return of the delivered ones:
 * their stock serves waiting orders first, a prepayment for them is refunded, the authorisation is voided once nothing is
 * left to capture, and the customer is told as of any cancellation. Units on their way stay for claims.
 */
class UnshippedReturnsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LineId L2 = LineId.of("L2");
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    @Test
    void aRequestForOneDeliveredAndTwoAllocatedMugsOpensAReturnForOneCancelsTwoAndTheirStockServesAWaitingOrder() {
        UnshippedShop shop = new UnshippedShop(1);
        Order ada = shop.oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 3, "EUR 10.00"))).get();
        shop.deliver(ada.id(), shop.ship(ada.id(), L1, 1));
        shop.receive("grn-1", 2); // Ada's two backordered mugs are allocated, on no pick list
        Order bob = shop.oms.orders().place(TestShop.order("web-2", TestShop.line("MUG", 2, "EUR 10.00"))).get();
        assertThat(shop.order(ada.id()).line(L1).get().count(Bucket.ALLOCATED)).isEqualTo(2);
        assertThat(bob.line(L1).get().count(Bucket.BACKORDERED)).as("no mug left for Bob").isEqualTo(2);

        ReturnRequest request = new ReturnRequest("rma-1", List.of(new ReturnRequest.Line(L1, 3, "changed mind")));
        ReturnOpened opened = shop.oms.returns().request(ada.id(), request).get();

        assertThat(opened.returnId()).isPresent();
        assertThat(opened.order().returns().get(opened.returnId().get()).get().items())
                .containsExactly(new ReturnItem(L1, 1, "changed mind"));
        assertThat(opened.cancellationId()).contains(ReleaseId.of(ada.id().value() + "-C1"));
        assertThat(opened.cancelled()).isEqualTo(Map.of(L1, 2L));
        Order after = shop.order(ada.id());
        assertThat(after.line(L1).get().count(Bucket.DELIVERED)).as("the delivered mug is still with Ada").isEqualTo(1);
        assertThat(after.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(2);
        assertThat(after.returns().underReturn(L1)).isEqualTo(1);
        assertThat(shop.order(bob.id()).line(L1).get().count(Bucket.ALLOCATED)).as("the released mugs went to Bob").isEqualTo(2);
        assertThat(shop.adapters.inventory().stockAt(Sku.of("MUG"), UnshippedShop.WH).get().available()).isZero();
        assertThat(after.payment().captured()).as("the delivered mug, captured when it shipped").isEqualTo(Money.parse("EUR 10.00"));
        assertThat(after.payment().openAuthorized().isZero()).as("nothing is left to capture: the authorisation is voided").isTrue();
        assertThat(shop.cancellationNotices(ada.id())).containsExactly(new Notice.OrderCancelled(Map.of(L1, 2L), "changed mind"));

        ReturnOpened again = shop.oms.returns().request(ada.id(), request).get();
        assertThat(again.returnId()).isEqualTo(opened.returnId());
        assertThat(again.cancellationId()).isEqualTo(opened.cancellationId());
        assertThat(again.cancelled()).isEqualTo(opened.cancelled());
        assertThat(again.order().version()).isEqualTo(opened.order().version());
    }

    @Test
    void aPrepaidPreorderedBookReturnedBeforeItsReleaseIsCancelledAndRefundedAndOpensNoReturn() {
        UnshippedShop shop = new UnshippedShop(1);
        Order placed = shop.oms.orders().place(TestShop.order("web-1", TestShop.line("BOOK", 1, "EUR 20.00"),
                TestShop.line("MUG", 1, "EUR 10.00"))).get();
        assertThat(placed.prepayments().captured(EUR)).as("the book is charged at placement").isEqualTo(Money.parse("EUR 20.00"));
        shop.deliver(placed.id(), shop.ship(placed.id(), L2, 1));

        ReturnOpened opened = shop.oms.returns().request(placed.id(), new ReturnRequest("rma-1",
                List.of(new ReturnRequest.Line(L1, 1, "found it cheaper")))).get();

        assertThat(opened.returnId()).as("nothing delivered was asked for").isEmpty();
        assertThat(opened.cancelled()).isEqualTo(Map.of(L1, 1L));
        Order after = shop.order(placed.id());
        assertThat(after.returns().all()).isEmpty();
        assertThat(after.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(1);
        assertThat(after.prepayments().refunded(EUR)).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(shop.adapters.payments().refunded(placed.id(), EUR)).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(after.outstanding().isZero()).isTrue();
        assertThat(shop.cancellationNotices(placed.id())).containsExactly(new Notice.OrderCancelled(Map.of(L1, 1L), "found it cheaper"));
    }

    @Test
    void unitsOnAnOpenPickListOrOnTheirWayAreNeitherReturnedNorCancelledAndARefusedRequestChangesNothing() {
        UnshippedShop shop = new UnshippedShop(3);
        Order placed = shop.oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 3, "EUR 10.00"))).get();
        PickListsCreated lists = shop.oms.warehouse().createPickLists(placed.id()).get();
        Order listed = shop.order(placed.id());

        assertThat(request(shop, placed, "rma-1", 1).getLeft().codes()).as("being picked right now")
                .containsExactly(ProblemCode.NOT_RETURNABLE);
        assertThat(shop.order(placed.id()).version()).isEqualTo(listed.version());

        shop.picked(lists);
        PackageId parcel = shop.packAndShip(placed.id(), L1, 2);
        Order shipped = shop.order(placed.id());
        long captured = shop.adapters.payments().captured(placed.id(), EUR).getAmountMinorLong();
        assertThat(request(shop, placed, "rma-2", 2).getLeft().codes()).as("two on their way: a claim, not a return")
                .containsExactly(ProblemCode.NOT_RETURNABLE);
        assertThat(shop.order(placed.id()).version()).isEqualTo(shipped.version());
        assertThat(shop.adapters.payments().captured(placed.id(), EUR).getAmountMinorLong()).isEqualTo(captured);

        ReturnOpened one = request(shop, placed, "rma-3", 1).get();
        assertThat(one.returnId()).isEmpty();
        assertThat(one.cancelled()).as("the picked mug left behind").isEqualTo(Map.of(L1, 1L));
        assertThat(one.order().line(L1).get().count(Bucket.SHIPPED)).isEqualTo(2);

        shop.deliver(placed.id(), parcel);
        assertThat(request(shop, placed, "rma-4", 3).getLeft().codes()).as("two delivered, the third cancelled")
                .containsExactly(ProblemCode.NOT_RETURNABLE);
        assertThat(request(shop, placed, "rma-5", 2).get().returnId()).isPresent();
        assertThat(request(shop, placed, "rma-5", 1).getLeft().codes()).as("the key again with other lines")
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    private static io.vavr.control.Either<dev.oms.core.rejection.Rejection, ReturnOpened> request(UnshippedShop shop, Order order,
            String key, long mugs) {
        return shop.oms.returns().request(order.id(), new ReturnRequest(key, List.of(new ReturnRequest.Line(L1, mugs, "no longer wanted"))));
    }
}
