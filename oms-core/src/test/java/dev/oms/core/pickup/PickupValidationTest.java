// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pickup;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.pickup.PickupShop.STORE;
import static dev.oms.core.pickup.PickupShop.STORE_ADDRESS;
import static dev.oms.core.pickup.PickupShop.collected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.oms.core.TestShop;
import dev.oms.core.command.Fingerprint;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Pickup;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pickup is checked against the store it names, and every problem is reported at once. */
class PickupValidationTest {
    private final PickupShop shop = new PickupShop().stock("LAMP", 5, 5);

    @Test
    void anOrderWithNeitherAddressNorPickupIsRefused() {
        PlaceOrder nowhere = PlaceOrder.builder().from(TestShop.order("V-1", line("LAMP", 1, "EUR 30.00"))).shipTo(Optional.empty()).build();

        assertThat(problems(nowhere)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.MISSING_ADDRESS, "shipTo"));
    }

    @Test
    void anOrderWithBothAddressAndPickupIsRefused() {
        PlaceOrder both = PlaceOrder.builder().from(collected("V-2", Pickup.atStore(STORE), line("LAMP", 1, "EUR 30.00")))
                .shipTo(TestShop.address()).build();

        assertThat(problems(both)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.SHIP_TO_AND_PICKUP, "pickup"));
    }

    @Test
    void aPickupAtAnUnknownLocationIsRefused() {
        assertThat(problems(collected("V-3", Pickup.atStore(LocationId.of("ST-NOWHERE")), line("LAMP", 1, "EUR 30.00"))))
                .extracting(Problem::code, Problem::path).containsExactly(tuple(ProblemCode.UNKNOWN_LOCATION, "pickup.store"));
    }

    @Test
    void aPickupAtAPausedStoreIsRefused() {
        shop.adapters.inventory().addLocation(store("ST-PAUSED", EnumSet.of(LocationCapability.PICKUP_IN_STORE)).withActive(false));

        Rejection refused = rejected(collected("V-4", Pickup.atStore(LocationId.of("ST-PAUSED")), line("LAMP", 1, "EUR 30.00")));

        assertThat(refused.problems()).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LOCATION_CANNOT_SERVE, "pickup.store"));
        assertThat(refused.problems().head().message()).contains("paused");
    }

    @Test
    void aPickupAtALocationThatOffersNoPickupIsRefused() {
        shop.adapters.inventory().addLocation(store("ST-SHIPS-ONLY", EnumSet.of(LocationCapability.SHIP_FROM_STORE)));

        Rejection refused = rejected(collected("V-5", Pickup.atStore(LocationId.of("ST-SHIPS-ONLY")), line("LAMP", 1, "EUR 30.00")));

        assertThat(refused.problems()).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LOCATION_CANNOT_SERVE, "pickup.store"));
        assertThat(refused.problems().head().message()).contains("does not offer pickup");
        assertThat(problems(collected("V-6", Pickup.atStore(PickupShop.EAST), line("LAMP", 1, "EUR 30.00"))))
                .as("a warehouse offers no pickup, and this one has no address").extracting(Problem::code)
                .containsExactly(ProblemCode.LOCATION_CANNOT_SERVE, ProblemCode.MISSING_ADDRESS);
    }

    @Test
    void aPickupAtAStoreWithoutAnAddressIsRefused() {
        shop.adapters.inventory().addLocation(Location.of(LocationId.of("ST-NO-ADDRESS"), "Pop-up", LocationType.STORE, 3));

        assertThat(problems(collected("V-7", Pickup.atStore(LocationId.of("ST-NO-ADDRESS")), line("LAMP", 1, "EUR 30.00"))))
                .extracting(Problem::code, Problem::path).containsExactly(tuple(ProblemCode.MISSING_ADDRESS, "pickup.store"));
    }

    @Test
    void everyProblemIsReportedTogether() {
        shop.adapters.inventory().addLocation(Location.of(LocationId.of("WH-PAUSED"), "Paused", LocationType.WAREHOUSE, 3).withActive(false));
        PlaceOrder everything = PlaceOrder.builder().from(collected("V-8", Pickup.atStore(LocationId.of("WH-PAUSED")),
                line("LAMP", 0, "EUR 30.00"))).shipTo(TestShop.address()).build();

        assertThat(problems(everything)).extracting(Problem::code).containsExactly(ProblemCode.SHIP_TO_AND_PICKUP,
                ProblemCode.LOCATION_CANNOT_SERVE, ProblemCode.LOCATION_CANNOT_SERVE, ProblemCode.MISSING_ADDRESS,
                ProblemCode.QUANTITY_NOT_POSITIVE);
    }

    @Test
    void aReplayedPickupOrderIsAnsweredAndAnotherPickupUnderItsIdIsAReusedKey() {
        Order placed = shop.oms.orders().place(collected("V-9", Pickup.atStore(STORE), line("LAMP", 1, "EUR 30.00"))).get();

        assertThat(shop.oms.orders().place(collected("V-9", Pickup.atStore(STORE), line("LAMP", 1, "EUR 30.00"))).get().id())
                .isEqualTo(placed.id());
        assertThat(rejected(collected("V-9", Pickup.withTransfer(STORE), line("LAMP", 1, "EUR 30.00"))).codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        PlaceOrder shipped = PlaceOrder.builder().from(collected("V-9", Pickup.atStore(STORE), line("LAMP", 1, "EUR 30.00")))
                .pickup(Optional.empty()).shipTo(STORE_ADDRESS).build();
        assertThat(rejected(shipped).codes()).as("shipped to the store's address is not collected there")
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void anOrderWithoutPickupKeepsTheFingerprintItHadBeforePickupsExisted() {
        PlaceOrder order = TestShop.order("V-10", line("LAMP", 1, "EUR 30.00"));

        assertThat(order.fingerprint()).isEqualTo(Fingerprint.of(order.channel(), order.externalId(), order.customer(),
                order.shipTo(), order.paymentMethod(), order.lines(), order.hold()));
        assertThat(collected("V-10", Pickup.atStore(STORE), line("LAMP", 1, "EUR 30.00")).fingerprint())
                .isNotEqualTo(collected("V-10", Pickup.withTransfer(STORE), line("LAMP", 1, "EUR 30.00")).fingerprint());
    }

    private static Location store(String id, EnumSet<LocationCapability> capabilities) {
        return Location.of(LocationId.of(id), id, LocationType.STORE, 3).withCapabilities(capabilities).withAddress(STORE_ADDRESS);
    }

    private io.vavr.collection.List<Problem> problems(PlaceOrder command) {
        return rejected(command).problems();
    }

    private Rejection rejected(PlaceOrder command) {
        Either<Rejection, Order> placed = shop.oms.orders().place(command);
        assertThat(placed.isLeft()).as("refused: %s", placed).isTrue();
        return placed.getLeft();
    }
}
