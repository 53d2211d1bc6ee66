// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import static dev.oms.core.decision.DeciderSpec.given;
import static dev.oms.core.decision.DeciderSpec.line;
import static dev.oms.core.decision.DeciderSpec.placed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.AllocationCommand.RequestReservation;
import dev.oms.core.command.EffectOutcome.RecordReservation;
import dev.oms.core.decision.DeciderSpec;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** Requesting reservations and recording the inventory's answers, decided at the decider. */
class AllocationDecisionsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku SHOE = Sku.of("SHOE");
    private static final LocationId EAST = LocationId.of("EAST");
    private static final OrderPlaced TWO_SHOES = placed(line("L1", "SHOE", 2, "EUR 50.00"));
    private static final Reservation BOTH_AT_EAST = new Reservation(L1, SHOE, EAST, 2);
    private static final java.util.List<Shortfall> SHORT = java.util.List.of(new Shortfall(SHOE, EAST, 2, 1));

    @Test
    void aPlannedReservationIsRequestedAsTheFirstAttempt() {
        given(TWO_SHOES)
                .when(new RequestReservation("plan-1", List.of(BOTH_AT_EAST)))
                .thenEvents(new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)));
    }

    @Test
    void noSecondReservationIsRequestedWhileOneIsInFlight() {
        DeciderSpec inFlight = given(TWO_SHOES, new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)));

        inFlight.when(new RequestReservation("plan-2", List.of(BOTH_AT_EAST))).thenRejected(ProblemCode.ILLEGAL_TRANSITION);
        inFlight.when(new AllocatePending("plan-3", List.empty(), List.empty(), List.empty(), List.of(BOTH_AT_EAST)))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aPlanForMoreUnitsThanArePendingIsRefused() {
        given(TWO_SHOES)
                .when(new RequestReservation("plan-1", List.of(new Reservation(L1, SHOE, EAST, 3))))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void anEmptyPlanHasNothingToDo() {
        given(TWO_SHOES).when(new RequestReservation("plan-1", List.empty())).thenRejected(ProblemCode.NOTHING_TO_DO);
    }

    @Test
    void theInventoryReservingAllocatesThePlannedUnits() {
        given(TWO_SHOES, new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)))
                .when(new RecordReservation("reserve-1", 1, new ReservationResult.Reserved()))
                .thenEvents(new UnitsAllocated(L1, EAST, 2));
    }

    @Test
    void aShortInventoryFailsTheAttemptAndAllocatesNothing() {
        given(TWO_SHOES, new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)))
                .when(new RecordReservation("reserve-1", 1, new ReservationResult.Insufficient(SHORT)))
                .thenEvents(new ReservationFailed(1, SHORT));
    }

    @Test
    void anAnswerToAnAttemptNotInFlightIsRefused() {
        given(TWO_SHOES, new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)))
                .when(new RecordReservation("reserve-2", 2, new ReservationResult.Reserved()))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void pendingUnitsAreReservedAgainUntilThreeAttemptsFoundStockShort() {
        Order twiceShort = given(TWO_SHOES,
                new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)), new ReservationFailed(1, SHORT),
                new ReservationRequested(2, java.util.List.of(BOTH_AT_EAST)), new ReservationFailed(2, SHORT)).order();
        Order thriceShort = given(TWO_SHOES,
                new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)), new ReservationFailed(1, SHORT),
                new ReservationRequested(2, java.util.List.of(BOTH_AT_EAST)), new ReservationFailed(2, SHORT),
                new ReservationRequested(3, java.util.List.of(BOTH_AT_EAST)), new ReservationFailed(3, SHORT)).order();

        assertThat(ReservationAttempts.needsNewAttempt(twiceShort)).isTrue();
        assertThat(ReservationAttempts.mayTryAgain(twiceShort)).isTrue();
        assertThat(ReservationAttempts.needsNewAttempt(thriceShort)).isTrue();
        assertThat(ReservationAttempts.mayTryAgain(thriceShort)).isFalse();
    }
}
