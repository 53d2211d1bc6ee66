// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.ExchangeOpening;
import dev.oms.core.application.ExchangeRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.notification.ExchangeNotice;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Exchanges: delivered units traded back under a return for replacements, the returned units' value paying for them,
 * the difference charged before anything is recorded or refunded once the units are in; the replacements wait for the
 * return unless the host lets them ship first.
 */
class ExchangesTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private static final LocationId WH = LocationId.of("WH-1");
    private static final LineId SHOES = LineId.of("L1");
    private static final LineId REPLACEMENT = LineId.of("L2");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final OrderManagement oms;

    ExchangesTest() {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        for (String sku : List.of("SHOE-42", "SHOE-43", "SHOE-41")) {
            adapters.catalog().add(new Product(Sku.of(sku), sku));
            adapters.inventory().setStock(Sku.of(sku), WH, 5, "A-" + sku);
        }
        oms = OrderManagement.builder().ports(adapters.ports(clock)).returnPolicy(ReturnPolicy.withinDays(30)).build();
    }

    @Test
    void anExchangeForADearerSizeChargesTheDifferenceAndShipsOnceTheReturnIsIn() {
        Order order = delivered("web-1");

        ExchangeOpening opening = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-43", "EUR 120.00", false)).get();

        assertThat(opening.returnValue()).isEqualTo(Money.parse("EUR 100.00"));
        assertThat(opening.credit()).isEqualTo(Money.parse("EUR 100.00"));
        assertThat(opening.charged()).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(opening.refundDue().isZero()).isTrue();
        assertThat(adapters.payments().authorized(order.id(), EUR)).as("the difference authorised on top").isEqualTo(Money.parse("EUR 120.00"));
        Order opened = opening.order();
        assertThat(opened.returns().get(opening.returnId()).get().state()).isEqualTo(ReturnAuthorization.State.APPROVED);
        assertThat(opened.line(REPLACEMENT).get().count(Bucket.ALLOCATED, WH)).isEqualTo(1);
        assertThat(opened.line(REPLACEMENT).get().total()).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(notices()).contains(new ExchangeNotice.ExchangeOpened(opening.returnId(), 1, 1, Money.parse("EUR 20.00"),
                Money.zero(EUR), false));
        assertThat(oms.warehouse().createPickLists(order.id()).getLeft().codes()).as("the replacement waits for the return")
                .containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(opened.waitingFor()).containsExactly(dev.oms.core.order.WaitingFor.RETURN);

        Order received = oms.returns().receive(order.id(), arrival("in-1", opening, Disposition.RESTOCK)).get();

        assertThat(received.returns().get(opening.returnId()).get().receipts().head().refunds()).as("nothing to refund").isEmpty();
        assertThat(received.madeBy(received.handledCommands().keySet().filter(k -> k.contains("in-1")).head(), ExchangeCreditDrawn.class))
                .containsExactly(new ExchangeCreditDrawn(opening.returnId(), 1, Money.parse("EUR 100.00")));
        assertThat(onHand("SHOE-42")).as("the returned shoe is back on sale").isEqualTo(5);
        assertThat(received.waitingFor()).isEmpty();
        shipAll(order, REPLACEMENT, 1, "pack-2");
        assertThat(adapters.payments().captured(order.id(), EUR)).as("the shoes, then the difference").isEqualTo(Money.parse("EUR 120.00"));
        assertThat(adapters.payments().refunded(order.id(), EUR).isZero()).isTrue();
    }

    @Test
    void anExchangeForACheaperSizeRefundsTheRestWhenTheReturnArrives() {
        Order order = delivered("web-2");

        ExchangeOpening opening = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-41", "EUR 80.00", false)).get();

        assertThat(opening.charged().isZero()).isTrue();
        assertThat(opening.refundDue()).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(adapters.payments().authorized(order.id(), EUR)).as("nothing more to authorise").isEqualTo(Money.parse("EUR 100.00"));
        oms.returns().receive(order.id(), arrival("in-1", opening, Disposition.RESTOCK)).get();
        assertThat(adapters.payments().refunded(order.id(), EUR)).as("no restocking fee on an exchange").isEqualTo(Money.parse("EUR 20.00"));
        shipAll(order, REPLACEMENT, 1, "pack-2");
        assertThat(adapters.payments().captured(order.id(), EUR)).as("the replacement is paid by the credit").isEqualTo(Money.parse("EUR 100.00"));
    }

    @Test
    void anEvenExchangeCostsNothingEitherWay() {
        Order order = delivered("web-3");

        ExchangeOpening opening = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-43", "EUR 100.00", false)).get();
        oms.returns().receive(order.id(), arrival("in-1", opening, Disposition.RESTOCK)).get();
        shipAll(order, REPLACEMENT, 1, "pack-2");

        assertThat(opening.charged().isZero()).isTrue();
        assertThat(adapters.payments().captured(order.id(), EUR)).isEqualTo(Money.parse("EUR 100.00"));
        assertThat(adapters.payments().refunded(order.id(), EUR).isZero()).isTrue();
    }

    @Test
    void replacementsThatShipFirstAreChargedInFullAndTheReturnRefundedInFull() {
        Order order = delivered("web-4");

        ExchangeOpening opening = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-43", "EUR 120.00", true)).get();

        assertThat(opening.credit().isZero()).isTrue();
        assertThat(opening.charged()).isEqualTo(Money.parse("EUR 120.00"));
        assertThat(opening.refundDue()).isEqualTo(Money.parse("EUR 100.00"));
        shipAll(order, REPLACEMENT, 1, "pack-2");
        assertThat(adapters.payments().captured(order.id(), EUR)).isEqualTo(Money.parse("EUR 220.00"));
        oms.returns().receive(order.id(), arrival("in-1", opening, Disposition.RESTOCK)).get();
        assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(Money.parse("EUR 100.00"));
    }

    @Test
    void aCancelledReplacementGivesItsCreditBackToTheRefund() {
        Order order = delivered("web-5");
        ExchangeOpening opening = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-41", "EUR 80.00", false)).get();

        oms.orders().cancel(order.id(), CancelRequest.units("cancel-1", REPLACEMENT, 1, "customer wants the money")).get();
        oms.returns().receive(order.id(), arrival("in-1", opening, Disposition.RESTOCK)).get();

        assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(Money.parse("EUR 100.00"));
        assertThat(onHand("SHOE-41")).as("the replacement's reservation was released").isEqualTo(5);
    }

    @Test
    void aDeclinedDifferenceRefusesTheExchangeAndChangesNothing() {
        Order order = delivered("web-6");
        adapters.payments().declineWhen(request -> request.amount().equals(Money.parse("EUR 20.00")));

        var refused = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-43", "EUR 120.00", false));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.PAYMENT_NOT_AUTHORIZED);
        Order after = oms.queries().find(order.id()).get();
        assertThat(after.version()).isEqualTo(order.version());
        assertThat(after.returns().all()).isEmpty();
        assertThat(adapters.inventory().stockOf(Sku.of("SHOE-43")).get(0).reserved()).isZero();
    }

    @Test
    void anExchangeReplaysUnderItsKeyAndTheKeyWithOtherUnitsIsRefused() {
        Order order = delivered("web-7");
        ExchangeOpening first = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-43", "EUR 120.00", false)).get();
        long calls = adapters.payments().performedCalls();

        ExchangeOpening again = oms.exchanges().open(order.id(), exchange("x-1", "SHOE-43", "EUR 120.00", false)).get();

        assertThat(again.order().version()).isEqualTo(first.order().version());
        assertThat(again.returnId()).isEqualTo(first.returnId());
        assertThat(adapters.payments().performedCalls()).as("a replay asks the provider nothing").isEqualTo(calls);
        assertThat(oms.exchanges().open(order.id(), exchange("x-1", "SHOE-41", "EUR 80.00", false)).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void onlyDeliveredUnitsAreExchangedAndEveryProblemIsNamed() {
        Order order = oms.orders().place(TestShop.order("web-8", TestShop.line("SHOE-42", 1, "EUR 100.00"))).get();

        var refused = oms.exchanges().open(order.id(), new ExchangeRequest("x-1",
                List.of(new ReturnRequest.Line(SHOES, 1, "too small")), List.of(TestShop.line("NOPE", 1, "EUR 1.00")), false));
        var nothing = oms.exchanges().open(order.id(), new ExchangeRequest("x-2",
                List.of(new ReturnRequest.Line(SHOES, 1, "too small")), List.of(), false));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_SKU);
        assertThat(nothing.getLeft().codes()).containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(oms.exchanges().open(order.id(), exchange("x-3", "SHOE-43", "EUR 100.00", false)).getLeft().codes())
                .as("the shoe never left").containsExactly(ProblemCode.NOT_RETURNABLE);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(order.version());
    }

    private Order delivered(String externalId) {
        Order order = oms.orders().place(TestShop.order(externalId, TestShop.line("SHOE-42", 1, "EUR 100.00"))).get();
        shipAll(order, SHOES, 1, "pack-1");
        return oms.queries().find(order.id()).get();
    }

    private void shipAll(Order order, LineId line, long units, String key) {
        oms.warehouse().createPickLists(order.id()).get().pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        Packed packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, WH, List.of(new PackageItem(line, units)))).get();
        PackageId parcel = oms.warehouse().ship(order.id(), packed.packageId(), "ground").get().packageId();
        oms.warehouse().confirmDelivery(order.id(), parcel).get();
    }

    private static ExchangeRequest exchange(String key, String sku, String price, boolean shipFirst) {
        return new ExchangeRequest(key, List.of(new ReturnRequest.Line(SHOES, 1, "too small")), List.of(TestShop.line(sku, 1, price)),
                shipFirst);
    }

    private static ReturnArrival arrival(String key, ExchangeOpening opening, Disposition disposition) {
        return new ReturnArrival(key, opening.returnId(), WH, List.of(new ReturnArrival.Line(SHOES, 1, disposition)));
    }

    private long onHand(String sku) {
        return adapters.inventory().stockOf(Sku.of(sku)).stream().mapToLong(l -> l.onHand() - l.reserved()).sum();
    }

    private List<Object> notices() {
        return adapters.notifications().delivered().stream().map(Notification::notice).map(n -> (Object) n).toList();
    }
}
