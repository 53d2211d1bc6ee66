// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.decision.DeciderSpec.NOW;
import static dev.oms.core.decision.DeciderSpec.given;
import static dev.oms.core.decision.DeciderSpec.line;
import static dev.oms.core.decision.DeciderSpec.placed;

import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.FulfilmentCommand.ConfirmDelivery;
import dev.oms.core.command.FulfilmentCommand.CreatePickLists;
import dev.oms.core.command.FulfilmentCommand.Ship;
import dev.oms.core.decision.DeciderSpec;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The warehouse floor's rules, decided at the decider with bins and time from the context. */
class FulfilmentDecisionsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku SHOE = Sku.of("SHOE");
    private static final LocationId EAST = LocationId.of("EAST");
    private static final PickListId PICK_LIST = PickListId.of("O-1-PL1");
    private static final PackageId PACKAGE = PackageId.of("O-1-PK1");
    private static final OrderPlaced TWO_SHOES = placed(line("L1", "SHOE", 2, "EUR 50.00"));
    private static final OrderEvent[] ALLOCATED = {
        new ReservationRequested(1, List.of(new Reservation(L1, SHOE, EAST, 2))), new UnitsAllocated(L1, EAST, 2)};
    private static final PaymentAuthorized AUTHORIZED = new PaymentAuthorized(AuthorizationId.of("A-1"), Money.parse("EUR 100.00"), NOW);

    @Test
    void aPickListPerLocationSendsThePickerToTheBinTheContextNames() {
        DecisionContext shelved = DecisionContext.at(NOW)
                .withBins((sku, location) -> sku.equals(SHOE) && location.equals(EAST) ? Option.some("A-01") : Option.none());

        given(TWO_SHOES, ALLOCATED[0], ALLOCATED[1], AUTHORIZED)
                .when(new CreatePickLists("pick-lists-1"), shelved)
                .thenEvents(new PickListCreated(PICK_LIST, EAST, List.of(new PickItem(L1, SHOE, 2, "A-01"))));
    }

    @Test
    void aSkuWithNoKnownBinIsListedAsUnassigned() {
        given(TWO_SHOES, ALLOCATED[0], ALLOCATED[1], AUTHORIZED)
                .when(new CreatePickLists("pick-lists-1"))
                .thenEvents(new PickListCreated(PICK_LIST, EAST, List.of(new PickItem(L1, SHOE, 2, "UNASSIGNED"))));
    }

    @Test
    void nothingIsPickedBeforePaymentIsAuthorised() {
        given(TWO_SHOES, ALLOCATED[0], ALLOCATED[1])
                .when(new CreatePickLists("pick-lists-1"))
                .thenRejected(ProblemCode.PAYMENT_NOT_AUTHORIZED);
    }

    @Test
    void aLabelledPackageShipsAtTheTimeOfTheDecision() {
        Instant later = NOW.plus(Duration.ofHours(3));
        DeciderSpec packed = given(TWO_SHOES, ALLOCATED[0], ALLOCATED[1], AUTHORIZED,
                new PickListCreated(PICK_LIST, EAST, List.of(new PickItem(L1, SHOE, 2, "A-01"))),
                new PickListPicked(PICK_LIST),
                new PackagePacked(PACKAGE, EAST, List.of(new PackageItem(L1, 2)), Optional.empty(), Optional.empty()));

        packed.when(new Ship("ship-1", PACKAGE)).thenRejected(ProblemCode.ILLEGAL_TRANSITION);
        given(TWO_SHOES, ALLOCATED[0], ALLOCATED[1], AUTHORIZED,
                new PickListCreated(PICK_LIST, EAST, List.of(new PickItem(L1, SHOE, 2, "A-01"))),
                new PickListPicked(PICK_LIST),
                new PackagePacked(PACKAGE, EAST, List.of(new PackageItem(L1, 2)), Optional.empty(), Optional.empty()),
                new LabelRequested(PACKAGE, "standard"),
                new LabelPurchased(PACKAGE, "carrier", LabelId.of("LBL-1"), "TRK-1", Money.parse("EUR 5.00")))
                .when(new Ship("ship-1", PACKAGE), DecisionContext.at(later))
                .thenEvents(new PackageShipped(PACKAGE, later));
    }

    @Test
    void anUnknownPackageIsNeitherShippedNorDelivered() {
        DeciderSpec allocated = given(TWO_SHOES, ALLOCATED[0], ALLOCATED[1], AUTHORIZED);

        allocated.when(new Ship("ship-1", PACKAGE)).thenRejected(ProblemCode.UNKNOWN_PACKAGE);
        allocated.when(new ConfirmDelivery("delivered-1", PACKAGE)).thenRejected(ProblemCode.UNKNOWN_PACKAGE);
    }
}
