// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import static dev.oms.core.decision.DeciderSpec.NOW;
import static dev.oms.core.decision.DeciderSpec.given;
import static dev.oms.core.decision.DeciderSpec.line;
import static dev.oms.core.decision.DeciderSpec.placed;

import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.WaitingCommand.Fill;
import dev.oms.core.command.WaitingCommand.FillWaitingUnits;
import dev.oms.core.decision.DeciderSpec;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.PaymentEvent.AuthorizationLapsed;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.WaitingEvent.ReleaseFellShort;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Filling waiting units from a restock, decided at the decider with the time and payment policy of the context. */
class RestockDecisionsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku BOOK = Sku.of("BOOK");
    private static final LocationId EAST = LocationId.of("EAST");
    private static final Instant RELEASE = Instant.parse("2026-04-01T00:00:00Z");
    private static final Money FORTY = Money.parse("EUR 40.00");
    private static final OrderPlaced TWO_BOOKS = placed(line("L1", "BOOK", 2, "EUR 20.00"));
    private static final Reservation BOTH_AT_EAST = new Reservation(L1, BOOK, EAST, 2);
    private static final FillWaitingUnits RELEASED = new FillWaitingUnits("fill-1", "release-1",
            List.of(new Fill(L1, Bucket.PREORDERED, 2)), List.of(BOTH_AT_EAST), List.empty());

    /** Pre-ordered at placement and authorised then ({@link DeciderSpec#NOW}). */
    private static DeciderSpec preorderedAndAuthorized() {
        return given(TWO_BOOKS, new UnitsPreordered(L1, 2, RELEASE), new PaymentAuthorized(AuthorizationId.of("A-1"), FORTY, NOW));
    }

    @Test
    void filledUnitsAreReservedAndAnAuthorisationStillValidIsKept() {
        preorderedAndAuthorized()
                .when(RELEASED, DecisionContext.at(NOW.plus(Duration.ofDays(6))))
                .thenEvents(new WaitingUnitsFilled(L1, Bucket.PREORDERED, 2, 0, "release-1"),
                        new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)));
    }

    @Test
    void anAuthorisationOlderThanItsValidityLapsesWhenPreorderedUnitsAreFilled() {
        preorderedAndAuthorized()
                .when(RELEASED, DecisionContext.at(NOW.plus(Duration.ofDays(7))))
                .thenEvents(new WaitingUnitsFilled(L1, Bucket.PREORDERED, 2, 0, "release-1"),
                        new AuthorizationLapsed(AuthorizationId.of("A-1"), FORTY),
                        new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)));
    }

    @Test
    void preorderedUnitsChargedAtPlacementHoldNoAuthorisationThatCouldLapse() {
        DecisionContext chargedAtPlacement = DecisionContext.at(NOW.plus(Duration.ofDays(30)))
                .withPreorderPayment(PreorderPaymentPolicy.chargeAtPlacement());

        preorderedAndAuthorized()
                .when(RELEASED, chargedAtPlacement)
                .thenEvents(new WaitingUnitsFilled(L1, Bucket.PREORDERED, 2, 0, "release-1"),
                        new ReservationRequested(1, java.util.List.of(BOTH_AT_EAST)));
    }

    @Test
    void aCustomerWhosePreorderTheReleaseDidNotCoverIsToldOnce() {
        Reservation one = new Reservation(L1, BOOK, EAST, 1);
        preorderedAndAuthorized()
                .when(new FillWaitingUnits("fill-1", "release-1", List.of(new Fill(L1, Bucket.PREORDERED, 1)),
                        List.of(one), List.of(L1)), DecisionContext.at(NOW.plus(Duration.ofDays(1))))
                .thenEvents(new WaitingUnitsFilled(L1, Bucket.PREORDERED, 1, 1, "release-1"),
                        new ReleaseFellShort(L1, 1, "release-1"),
                        new ReservationRequested(1, java.util.List.of(one)));
    }

    @Test
    void moreUnitsThanWaitOrAFillDuringAReservationAreRefused() {
        preorderedAndAuthorized()
                .when(new FillWaitingUnits("fill-1", "release-1", List.of(new Fill(L1, Bucket.PREORDERED, 3)),
                        List.empty(), List.empty()))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
        given(TWO_BOOKS, new UnitsPreordered(L1, 1, RELEASE),
                new ReservationRequested(1, java.util.List.of(new Reservation(L1, BOOK, EAST, 1))))
                .when(new FillWaitingUnits("fill-1", "release-1", List.of(new Fill(L1, Bucket.PREORDERED, 1)),
                        List.empty(), List.empty()))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }
}
