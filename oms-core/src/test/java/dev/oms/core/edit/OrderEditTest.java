// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.edit;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.EditPreview;
import dev.oms.core.application.EditRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.notification.EditNotice;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Order edits before fulfilment: a change-set previewed, then confirmed whole (units taken off, lines added and
 * allocated, a new address, the difference authorised) or refused with nothing changed.
 */
class OrderEditTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private static final LineId MUGS = LineId.of("L1");
    private static final LineId CUPS = LineId.of("L2");

    private final TestShop shop = new TestShop().stock("MUG", 5, 0).stock("CUP", 0, 4);
    private final OrderManagement oms = shop.oms;

    @Test
    void anEditAddingALineRoutesItToASecondWarehouseAndAuthorisesTheDifference() {
        Order order = placed("web-1");
        ChangeSet addCups = add("CUP", 2, "EUR 5.00");

        EditPreview preview = oms.edits().preview(order.id(), addCups).get();
        assertThat(preview.reservationsOf(CUPS)).containsExactly(new Reservation(CUPS, Sku.of("CUP"), WEST, 2));
        assertThat(preview.difference()).isEqualTo(Money.parse("EUR 10.00"));
        assertThat(preview.toAuthorize()).isEqualTo(Money.parse("EUR 10.00"));
        assertThat(oms.queries().find(order.id()).get().version()).as("a preview records nothing").isEqualTo(order.version());

        Order edited = oms.edits().confirm(order.id(), new EditRequest("edit-1", addCups)).get();

        assertThat(edited.line(CUPS).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(edited.line(MUGS).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(shop.adapters.payments().authorized(order.id(), EUR)).isEqualTo(Money.parse("EUR 35.98"));
        assertThat(edited.payment().authorizations().size()).as("an incremental authorisation").isEqualTo(2);
        assertThat(reserved("CUP", WEST)).isEqualTo(2);
        assertThat(notices()).contains(new EditNotice.OrderEdited(1, 2, 0, Money.parse("EUR 35.98"), false));

        List<dev.oms.spi.value.PickListId> lists = oms.warehouse().createPickLists(order.id()).get().pickListIds();
        assertThat(lists).as("one pick list per warehouse").hasSize(2);
        lists.forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        ship(order, EAST, MUGS, 2, "pack-east");
        ship(order, WEST, CUPS, 2, "pack-west");
        assertThat(shop.adapters.payments().captured(order.id(), EUR)).isEqualTo(Money.parse("EUR 35.98"));
    }

    @Test
    void aDeclinedDifferenceRefusesTheEditAndChangesNothing() {
        Order order = placed("web-2");
        shop.adapters.payments().declineWhen(request -> request.amount().equals(Money.parse("EUR 10.00")));

        var refused = oms.edits().confirm(order.id(), new EditRequest("edit-1", add("CUP", 2, "EUR 5.00")));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.PAYMENT_NOT_AUTHORIZED);
        Order after = oms.queries().find(order.id()).get();
        assertThat(after.version()).isEqualTo(order.version());
        assertThat(after.payment().onHold()).as("the order's own payment stands").isFalse();
        assertThat(reserved("CUP", WEST)).isZero();
        assertThat(notices()).noneMatch(EditNotice.class::isInstance);

        shop.adapters.payments().declineWhen(request -> false);
        assertThat(oms.edits().confirm(order.id(), new EditRequest("edit-1", add("CUP", 2, "EUR 5.00"))).getLeft().codes())
                .as("the provider answers its key as it first did").containsExactly(ProblemCode.PAYMENT_NOT_AUTHORIZED);
        Order edited = oms.edits().confirm(order.id(), new EditRequest("edit-2", add("CUP", 2, "EUR 5.00"))).get();
        assertThat(edited.line(CUPS).get().count(Bucket.ALLOCATED)).as("confirmed again under a new key").isEqualTo(2);
    }

    @Test
    void takingUnitsOffAndMovingTheAddressNeedsNoMoreMoneyAndFreesTheStock() {
        Order order = placed("web-3");
        Address office = Address.builder().recipient("Ada Lovelace").addLines("12 Difference Engine Row").city("London")
                .postalCode("N1 7AA").countryCode("GB").build();
        ChangeSet changes = new ChangeSet(List.of(), List.of(new PackageItem(MUGS, 1)), Optional.of(office), "customer call");

        EditPreview preview = oms.edits().preview(order.id(), changes).get();
        assertThat(preview.difference()).isEqualTo(Money.parse("EUR -12.99"));
        assertThat(preview.toAuthorize().isZero()).isTrue();
        assertThat(preview.toRelease()).isEqualTo(Money.parse("EUR 12.99"));

        Order edited = oms.edits().confirm(order.id(), new EditRequest("edit-1", changes)).get();

        assertThat(edited.shipTo()).isEqualTo(office);
        assertThat(edited.line(MUGS).get().count(Bucket.CANCELLED)).isEqualTo(1);
        assertThat(reserved("MUG", EAST)).isEqualTo(1);
        assertThat(edited.payment().authorizations().size()).isEqualTo(1);
        assertThat(shop.adapters.payments().voided(order.id(), EUR)).as("the surplus is released at once")
                .isEqualTo(Money.parse("EUR 12.99"));
        assertThat(edited.payment().openAuthorized()).isEqualTo(Money.parse("EUR 12.99"));
        assertThat(notices()).contains(new EditNotice.OrderEdited(1, 0, 1, Money.parse("EUR 12.99"), true));
    }

    @Test
    void aConfirmationReplaysUnderItsKeyAndTheKeyWithAnotherChangeSetIsRefused() {
        Order order = placed("web-4");
        Order first = oms.edits().confirm(order.id(), new EditRequest("edit-1", add("CUP", 1, "EUR 5.00"))).get();
        long calls = shop.adapters.payments().performedCalls();

        Order replayed = oms.edits().confirm(order.id(), new EditRequest("edit-1", add("CUP", 1, "EUR 5.00"))).get();

        assertThat(replayed.version()).isEqualTo(first.version());
        assertThat(shop.adapters.payments().performedCalls()).as("a replay asks the provider nothing").isEqualTo(calls);
        assertThat(oms.edits().confirm(order.id(), new EditRequest("edit-1", add("CUP", 2, "EUR 5.00"))).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        Order second = oms.edits().confirm(order.id(), new EditRequest("edit-2", add("CUP", 1, "EUR 5.00"))).get();
        assertThat(second.edits()).isEqualTo(2);
        assertThat(second.line(LineId.of("L3")).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);
    }

    @Test
    void everyProblemOfAChangeSetIsNamedAtOnce() {
        Order order = placed("web-5");
        ChangeSet bad = new ChangeSet(List.of(TestShop.line("NOPE", 1, "EUR 1.00"), TestShop.line("CUP", 1, "USD 1.00")),
                List.of(new PackageItem(LineId.of("L9"), 1), new PackageItem(MUGS, 3)), Optional.empty(), "mixed up");

        assertThat(oms.edits().confirm(order.id(), new EditRequest("edit-1", bad)).getLeft().codes())
                .containsExactlyInAnyOrder(ProblemCode.UNKNOWN_SKU, ProblemCode.CURRENCY_MISMATCH);
        ChangeSet badRemovals = new ChangeSet(List.of(), bad.remove(), Optional.empty(), "mixed up");
        assertThat(oms.edits().preview(order.id(), badRemovals).getLeft().codes())
                .containsExactlyInAnyOrder(ProblemCode.UNKNOWN_LINE, ProblemCode.NOT_CANCELLABLE);
        assertThat(oms.edits().preview(order.id(), new ChangeSet(List.of(), List.of(), Optional.empty(), "nothing"))
                .getLeft().codes()).containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(order.version());
    }

    @Test
    void aNewAddressIsRefusedOnceAParcelIsPacked() {
        Order order = placed("web-6");
        oms.warehouse().createPickLists(order.id()).get().pickListIds()
                .forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-1", EAST, List.of(new PackageItem(MUGS, 2)))).get();

        assertThat(oms.edits().preview(order.id(), new ChangeSet(List.of(), List.of(), Optional.of(TestShop.address()),
                "moved")).getLeft().codes()).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        Order edited = oms.edits().confirm(order.id(), new EditRequest("edit-1", add("CUP", 1, "EUR 5.00"))).get();
        assertThat(edited.line(CUPS).get().count(Bucket.ALLOCATED, WEST)).as("lines may still be added").isEqualTo(1);
    }

    @Test
    void aFasterServiceIsRepricedByThePricingPortAndItsDifferenceAuthorised() {
        TestShop priced = new TestShop(InMemoryPricing.asOffered().withShipping("standard", Money.parse("EUR 4.95"))
                .withShipping("express", Money.parse("EUR 9.95"))).stock("MUG", 5, 0);
        Order order = priced.oms.orders().place(dev.oms.core.placement.PlaceOrder.builder()
                .from(TestShop.order("web-7", TestShop.line("MUG", 2, "EUR 12.99"))).shippingService("standard").build()).get();
        ChangeSet express = new ChangeSet(List.of(), List.of(), Optional.empty(), Optional.of("express"), "in a hurry");

        EditPreview preview = priced.oms.edits().preview(order.id(), express).get();
        assertThat(preview.difference()).isEqualTo(Money.parse("EUR 5.00"));
        assertThat(preview.toAuthorize()).isEqualTo(Money.parse("EUR 5.00"));

        Order edited = priced.oms.edits().confirm(order.id(), new EditRequest("edit-1", express)).get();

        assertThat(edited.charges().shipping().get().service()).isEqualTo("express");
        assertThat(edited.activeValue()).isEqualTo(Money.parse("EUR 35.93"));
        assertThat(priced.adapters.payments().authorized(order.id(), EUR)).isEqualTo(Money.parse("EUR 35.93"));
        assertThat(edited.lines().size()).as("the lines keep their prices").isEqualTo(1);
    }

    private Order placed(String externalId) {
        return oms.orders().place(TestShop.order(externalId, TestShop.line("MUG", 2, "EUR 12.99"))).get();
    }

    private void ship(Order order, dev.oms.spi.value.LocationId at, LineId line, long units, String key) {
        var packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, at, List.of(new PackageItem(line, units)))).get();
        oms.warehouse().ship(order.id(), packed.packageId(), "ground").get();
    }

    private long reserved(String sku, dev.oms.spi.value.LocationId at) {
        return shop.adapters.inventory().stockOf(Sku.of(sku)).stream().filter(l -> l.locationId().equals(at))
                .mapToLong(l -> l.reserved()).sum();
    }

    private List<Object> notices() {
        return shop.adapters.notifications().delivered().stream().map(Notification::notice).map(n -> (Object) n).toList();
    }

    private static ChangeSet add(String sku, long units, String price) {
        return new ChangeSet(List.of(TestShop.line(sku, units, price)), List.of(), Optional.empty(), "customer call");
    }

}
