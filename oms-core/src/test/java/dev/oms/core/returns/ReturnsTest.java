// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * Returns (RMA) requested, approved and rejected: only delivered units, within the window, never a unit twice; a
 * rejected return and a refused request change nothing.
 */
class ReturnsTest {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final LineId MUGS = LineId.of("L1");
    private static final LineId TEA = LineId.of("L2");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final OrderManagement oms;

    ReturnsTest() {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        for (String sku : List.of("MUG", "TEA")) {
            adapters.catalog().add(new Product(Sku.of(sku), sku));
            adapters.inventory().setStock(Sku.of(sku), WH, 100, "A-" + sku);
        }
        oms = OrderManagement.builder().ports(adapters.ports(clock)).returnPolicy(ReturnPolicy.withinDays(30)).build();
    }

    @Test
    void aCustomerAsksToReturnOneOfThreeDeliveredMugsAndTheReturnIsApproved() {
        Order order = placed("web-1");
        PackageId parcel = ship(order, "pack-1", new PackageItem(MUGS, 3), new PackageItem(TEA, 1));
        deliver(order, parcel);

        ReturnOpened opened = oms.returns().request(order.id(), request("rma-1", new ReturnRequest.Line(MUGS, 1, "too small"))).get();

        assertThat(opened.returnId().orElseThrow()).isEqualTo(ReturnId.of(order.id().value() + "-RMA1"));
        ReturnAuthorization requested = opened.order().returns().get(opened.returnId().orElseThrow()).get();
        assertThat(requested.state()).isEqualTo(ReturnAuthorization.State.REQUESTED);
        assertThat(requested.items()).containsExactly(new ReturnItem(MUGS, 1, "too small"));
        assertThat(opened.order().returns().underReturn(MUGS)).isEqualTo(1);
        assertThat(opened.order().line(MUGS).get().count(Bucket.DELIVERED)).as("the mug is still with the customer").isEqualTo(3);

        Order approved = oms.returns().approve(order.id(), new ReturnDecision("approve-1", opened.returnId().orElseThrow(), "agent 7")).get();

        assertThat(approved.returns().get(opened.returnId().orElseThrow()).get().state()).isEqualTo(ReturnAuthorization.State.APPROVED);
        assertThat(approved.returns().underReturn(MUGS)).isEqualTo(1);
    }

    @Test
    void aReturnAfterAPartialShipmentTakesOnlyTheUnitsDelivered() {
        Order order = placed("web-2");
        PackageId first = ship(order, "pack-1", new PackageItem(MUGS, 2));
        deliver(order, first);
        PackageId second = ship(order, "pack-2", new PackageItem(MUGS, 1)); // on its way: neither returned nor cancelled

        Either<Rejection, ReturnOpened> allThree = oms.returns().request(order.id(), request("rma-1",
                new ReturnRequest.Line(MUGS, 3, "wrong colour")));
        assertThat(allThree.getLeft().problems()).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.NOT_RETURNABLE, "lines[0].quantity"));

        ReturnOpened two = oms.returns().request(order.id(), request("rma-2", new ReturnRequest.Line(MUGS, 1, "wrong colour"),
                new ReturnRequest.Line(MUGS, 1, "chipped"))).get();
        assertThat(two.order().returns().underReturn(MUGS)).isEqualTo(2);
        assertThat(two.returnId().orElseThrow()).as("the refused request numbered nothing").isEqualTo(ReturnId.of(order.id().value() + "-RMA1"));

        // The third mug arrives later: it may be returned too, in a return of its own.
        deliver(order, second);
        ReturnOpened third = oms.returns().request(order.id(), request("rma-3", new ReturnRequest.Line(MUGS, 1, "changed mind"))).get();
        assertThat(third.order().returns().underReturn(MUGS)).isEqualTo(3);
        assertThat(oms.returns().request(order.id(), request("rma-4", new ReturnRequest.Line(MUGS, 1, "again"))).getLeft().codes())
                .containsExactly(ProblemCode.NOT_RETURNABLE);
    }

    @Test
    void unitsShippedButNotDeliveredCannotBeReturnedYet() {
        Order order = placed("web-3");
        ship(order, "pack-1", new PackageItem(MUGS, 3));

        assertThat(oms.returns().request(order.id(), request("rma-1", new ReturnRequest.Line(MUGS, 1, "too small"))).getLeft().codes())
                .containsExactly(ProblemCode.NOT_RETURNABLE);
    }

    @Test
    void theWindowCountsFromEachPackagesDelivery() {
        Order order = placed("web-4");
        deliver(order, ship(order, "pack-1", new PackageItem(MUGS, 2)));
        clock.advance(Duration.ofDays(20));
        deliver(order, ship(order, "pack-2", new PackageItem(MUGS, 1)));
        clock.advance(Duration.ofDays(11)); // 31 days after the first delivery, 11 after the second

        Either<Rejection, ReturnOpened> two = oms.returns().request(order.id(), request("rma-1", new ReturnRequest.Line(MUGS, 2, "late")));
        assertThat(two.getLeft().problems()).extracting(Problem::code).containsExactly(ProblemCode.RETURN_WINDOW_CLOSED);
        assertThat(two.getLeft().problems().get(0).message()).contains("only 1 units of line L1");

        assertThat(oms.returns().request(order.id(), request("rma-2", new ReturnRequest.Line(MUGS, 1, "late"))).isRight()).isTrue();
        clock.advance(Duration.ofDays(20));
        assertThat(oms.returns().request(order.id(), request("rma-3", new ReturnRequest.Line(MUGS, 1, "later still"))).getLeft().codes())
                .containsExactly(ProblemCode.RETURN_WINDOW_CLOSED);
    }

    @Test
    void everyProblemOfARequestIsNamedAndNothingIsStored() {
        Order order = placed("web-5");
        deliver(order, ship(order, "pack-1", new PackageItem(MUGS, 3), new PackageItem(TEA, 1)));
        Order before = oms.queries().find(order.id()).get();

        Rejection malformed = oms.returns().request(order.id(), request("rma-1", new ReturnRequest.Line(MUGS, 0, "none"),
                new ReturnRequest.Line(TEA, -1, "less"))).getLeft();
        Rejection undeliverable = oms.returns().request(order.id(), request("rma-2", new ReturnRequest.Line(LineId.of("L9"), 1, "what"),
                new ReturnRequest.Line(MUGS, 4, "all"), new ReturnRequest.Line(TEA, 1, "fine"))).getLeft();
        Rejection empty = oms.returns().request(order.id(), request("rma-3")).getLeft();

        assertThat(malformed.problems()).extracting(Problem::code, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.QUANTITY_NOT_POSITIVE, "lines[0].quantity"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.QUANTITY_NOT_POSITIVE, "lines[1].quantity"));
        assertThat(undeliverable.problems()).extracting(Problem::code, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_LINE, "lines[0].lineId"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.NOT_RETURNABLE, "lines[1].quantity"));
        assertThat(empty.codes()).containsExactly(ProblemCode.NOTHING_TO_DO);
        Order after = oms.queries().find(order.id()).get();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.returns().all()).isEmpty();
    }

    @Test
    void aRepeatedRequestAnswersTheSameReturnAndTheKeyWithOtherLinesIsRefused() {
        Order order = placed("web-6");
        deliver(order, ship(order, "pack-1", new PackageItem(MUGS, 3)));
        ReturnRequest request = request("rma-1", new ReturnRequest.Line(MUGS, 1, "too small"));

        ReturnOpened first = oms.returns().request(order.id(), request).get();
        ReturnOpened again = oms.returns().request(order.id(), request).get();
        Either<Rejection, ReturnOpened> other = oms.returns().request(order.id(), request("rma-1", new ReturnRequest.Line(MUGS, 2, "too small")));

        assertThat(again.returnId().orElseThrow()).isEqualTo(first.returnId().orElseThrow());
        assertThat(again.order().version()).isEqualTo(first.order().version());
        assertThat(again.order().returns().all()).hasSize(1);
        assertThat(other.getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);

        ReturnDecision approval = new ReturnDecision("approve-1", first.returnId().orElseThrow(), "agent 7");
        Order approved = oms.returns().approve(order.id(), approval).get();
        assertThat(oms.returns().approve(order.id(), approval).get().version()).isEqualTo(approved.version());
        assertThat(oms.returns().approve(order.id(), new ReturnDecision("approve-1", first.returnId().orElseThrow(), "agent 8")).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aRejectedReturnChangesNothingButItselfAndItsUnitsMayBeAskedForAgain() {
        Order order = placed("web-7");
        deliver(order, ship(order, "pack-1", new PackageItem(MUGS, 3), new PackageItem(TEA, 1)));
        Order delivered = oms.queries().find(order.id()).get();
        long stock = onHand("MUG");
        ReturnOpened opened = oms.returns().request(order.id(), request("rma-1", new ReturnRequest.Line(MUGS, 3, "all of them"))).get();

        Order rejected = oms.returns().reject(order.id(), new ReturnDecision("reject-1", opened.returnId().orElseThrow(), "used")).get();

        assertThat(rejected.returns().get(opened.returnId().orElseThrow()).get().state()).isEqualTo(ReturnAuthorization.State.REJECTED);
        assertThat(rejected.returns().underReturn(MUGS)).isZero();
        assertThat(rejected.lines()).isEqualTo(delivered.lines());
        assertThat(rejected.payment()).isEqualTo(delivered.payment());
        assertThat(rejected.status()).isEqualTo(delivered.status());
        assertThat(onHand("MUG")).isEqualTo(stock);
        assertThat(adapters.payments().captured(order.id(), CurrencyUnit.EUR)).isEqualTo(delivered.payment().captured());

        assertThat(oms.returns().approve(order.id(), new ReturnDecision("approve-1", opened.returnId().orElseThrow(), "changed mind")).getLeft().codes())
                .containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(oms.returns().reject(order.id(), new ReturnDecision("reject-2", ReturnId.of("RMA-X"), "who")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_RETURN);
        assertThat(oms.returns().request(order.id(), request("rma-2", new ReturnRequest.Line(MUGS, 3, "all of them"))).isRight()).isTrue();
    }

    private Order placed(String externalId) {
        Order order = oms.orders().place(TestShop.order(externalId, TestShop.line("MUG", 3, "EUR 12.99"),
                TestShop.line("TEA", 1, "EUR 7.45"))).get();
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        return order;
    }

    private PackageId ship(Order order, String key, PackageItem... items) {
        Packed packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, WH, List.of(items))).get();
        return oms.warehouse().ship(order.id(), packed.packageId(), "ground").get().packageId();
    }

    private void deliver(Order order, PackageId parcel) {
        oms.warehouse().confirmDelivery(order.id(), parcel).get();
    }

    private long onHand(String sku) {
        return adapters.inventory().stockOf(Sku.of(sku)).stream().mapToLong(level -> level.onHand()).sum();
    }

    private static ReturnRequest request(String key, ReturnRequest.Line... lines) {
        return new ReturnRequest(key, List.of(lines));
    }
}
