// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.returns.AfterSaleShop.MUGS;
import static dev.oms.core.returns.AfterSaleShop.WH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.ClaimRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Claim;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.ReturnNotice;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.ReturnId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Claims on delivered parcels (damaged, not received, the wrong item): the units are refunded their exact shares without
 * coming back, no stock moves, a claimed unit is never returned or claimed again, and a parcel still on its way is the
 * carrier's to find.
 */
class ClaimsTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private final AfterSaleShop shop = new AfterSaleShop(ReturnPolicy.withinDays(30));
    private final OrderManagement oms = shop.oms;

    @Test
    void aMugThatArrivedBrokenIsRefundedItsShareWithoutComingBackAndTheCustomerIsTold() {
        Order order = shop.delivered("web-1", 3);
        PackageId parcel = order.packages().keySet().head();
        long stock = shop.onHand(WH);

        Order claimed = oms.returns().claim(order.id(), claim("claim-1", parcel, ClaimReason.DAMAGED, 1)).get();

        Claim settled = claimed.returns().claims().values().head();
        assertThat(settled.id()).isEqualTo(ClaimId.of(order.id().value() + "-CLM1"));
        assertThat(claimed.line(MUGS).get().count(Bucket.CLAIMED)).isEqualTo(1);
        assertThat(claimed.line(MUGS).get().count(Bucket.DELIVERED)).isEqualTo(2);
        assertThat(shop.adapters.payments().refunded(order.id(), EUR)).isEqualTo(eur("14.03"));
        assertThat(settled.refunds()).allMatch(r -> !r.owed());
        assertThat(shop.onHand(WH)).as("nothing comes back to stock").isEqualTo(stock);
        assertThat(shop.adapters.notifications().delivered().stream().map(Notification::notice))
                .contains(new ReturnNotice.ClaimSettled(settled.id(), 1, eur("14.03")));
        // The broken mug is settled: only the two left may be returned.
        assertThat(oms.returns().request(order.id(), new ReturnRequest("rma-1", List.of(new ReturnRequest.Line(MUGS, 3, "all"))))
                .getLeft().codes()).containsExactly(ProblemCode.NOT_RETURNABLE);
    }

    @Test
    void returnedAndClaimedUnitsTakeTheLinesSharesInTurnSoTheWholeLineIsRefundedExactlyOnce() {
        Order order = shop.delivered("web-2", 3);
        PackageId parcel = order.packages().keySet().head();
        ReturnId rma = shop.approved(order, 1);
        oms.returns().receive(order.id(), new ReturnArrival("in-1", rma, WH, List.of(new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK)))).get();

        oms.returns().claim(order.id(), claim("claim-1", parcel, ClaimReason.NOT_RECEIVED, 1)).get();
        Order last = oms.returns().claim(order.id(), claim("claim-2", parcel, ClaimReason.WRONG_ITEM, 1)).get();

        assertThat(last.line(MUGS).get().count(Bucket.RETURNED)).isEqualTo(1);
        assertThat(last.line(MUGS).get().count(Bucket.CLAIMED)).isEqualTo(2);
        assertThat(shop.adapters.payments().refunded(order.id(), EUR)).as("14.03 + 14.03 + 14.02").isEqualTo(eur("42.08"));
        assertThat(shop.adapters.payments().refunded(order.id(), EUR)).isEqualTo(shop.adapters.payments().captured(order.id(), EUR));
    }

    @Test
    void aParcelOnItsWayUnitsUnderReturnAndMoreThanWasDeliveredCannotBeClaimedAndNothingChanges() {
        Order order = oms.orders().place(TestShop.order("web-3", TestShop.line("MUG", 3, "EUR 12.99"))).get();
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        PackageId onItsWay = oms.warehouse().ship(order.id(), oms.warehouse().confirmPacked(order.id(),
                PackRequest.of("pack-1", WH, List.of(new PackageItem(MUGS, 3)))).get().packageId(), "ground").get().packageId();
        Order shipped = oms.queries().find(order.id()).get();

        Either<Rejection, Order> early = oms.returns().claim(order.id(), claim("claim-1", onItsWay, ClaimReason.NOT_RECEIVED, 1));
        assertThat(early.getLeft().codes()).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(shipped.version());

        oms.warehouse().confirmDelivery(order.id(), onItsWay).get();
        shop.approved(oms.queries().find(order.id()).get(), 2); // two mugs are on their way back
        Order before = oms.queries().find(order.id()).get();
        Either<Rejection, Order> tooMany = oms.returns().claim(order.id(), claim("claim-2", onItsWay, ClaimReason.DAMAGED, 2));
        Either<Rejection, Order> unknown = oms.returns().claim(order.id(), claim("claim-3", PackageId.of("PKG-X"), ClaimReason.DAMAGED, 1));

        assertThat(tooMany.getLeft().codes()).containsExactly(ProblemCode.NOT_CLAIMABLE);
        assertThat(unknown.getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_PACKAGE);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(before.version());
        assertThat(shop.adapters.payments().refunded(order.id(), EUR).isZero()).isTrue();
        Order claimed = oms.returns().claim(order.id(), claim("claim-4", onItsWay, ClaimReason.DAMAGED, 1)).get();
        assertThat(oms.returns().claim(order.id(), claim("claim-4", onItsWay, ClaimReason.DAMAGED, 1)).get().version())
                .as("a replay").isEqualTo(claimed.version());
        assertThat(oms.returns().claim(order.id(), claim("claim-4", onItsWay, ClaimReason.WRONG_ITEM, 1)).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    private static ClaimRequest claim(String key, PackageId parcel, ClaimReason reason, long mugs) {
        return new ClaimRequest(key, parcel, reason, List.of(new PackageItem(MUGS, mugs)));
    }

    private static Money eur(String amount) {
        return Money.of(EUR, new BigDecimal(amount));
    }
}
