// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.cancellation;

import static dev.oms.core.decision.DeciderSpec.NOW;
import static dev.oms.core.decision.DeciderSpec.given;
import static dev.oms.core.decision.DeciderSpec.line;
import static dev.oms.core.decision.DeciderSpec.placed;

import dev.oms.core.command.CancellationCommand.Cancel;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which units a cancellation gives up, decided at the decider. */
class CancellationDecisionsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku SHOE = Sku.of("SHOE");
    private static final LocationId EAST = LocationId.of("EAST");
    private static final LocationId WEST = LocationId.of("WEST");
    private static final OrderPlaced TWO_SHOES = placed(line("L1", "SHOE", 2, "EUR 50.00"));

    @Test
    void cancellingTheOrderGivesUpEveryPendingUnit() {
        given(TWO_SHOES)
                .when(new Cancel("cancel-1", Option.none(), Option.none(), "changed my mind"))
                .thenEvents(new UnitsCancelled(ReleaseId.of("O-1-C1"), L1, Bucket.PENDING, Optional.empty(), 2, "changed my mind"));
    }

    @Test
    void aPartialCancelGivesUpUnitsAtTheLeastPreferredLocationFirst() {
        DecisionContext eastFirst = DecisionContext.at(NOW).withLocationPreference(() -> List.of(EAST, WEST));
        DecisionContext westFirst = DecisionContext.at(NOW).withLocationPreference(() -> List.of(WEST, EAST));
        Cancel one = new Cancel("cancel-1", Option.some(L1), Option.some(1L), "one is enough");
        var allocatedAtBoth = given(TWO_SHOES,
                new ReservationRequested(1, java.util.List.of(new Reservation(L1, SHOE, EAST, 1), new Reservation(L1, SHOE, WEST, 1))),
                new UnitsAllocated(L1, EAST, 1), new UnitsAllocated(L1, WEST, 1));

        allocatedAtBoth.when(one, eastFirst)
                .thenEvents(new UnitsCancelled(ReleaseId.of("O-1-C1"), L1, Bucket.ALLOCATED, Optional.of(WEST), 1, "one is enough"));
        allocatedAtBoth.when(one, westFirst)
                .thenEvents(new UnitsCancelled(ReleaseId.of("O-1-C1"), L1, Bucket.ALLOCATED, Optional.of(EAST), 1, "one is enough"));
    }

    @Test
    void nothingIsCancelledWhileAReservationIsInFlight() {
        given(TWO_SHOES, new ReservationRequested(1, java.util.List.of(new Reservation(L1, SHOE, EAST, 2))))
                .when(new Cancel("cancel-1", Option.none(), Option.none(), "changed my mind"))
                .thenRejected(ProblemCode.NOT_CANCELLABLE);
    }

    @Test
    void aQuantityWithoutALineIsRefused() {
        given(TWO_SHOES)
                .when(new Cancel("cancel-1", Option.none(), Option.some(1L), "changed my mind"))
                .thenRejected(ProblemCode.UNKNOWN_LINE);
    }

    @Test
    void aNonPositiveQuantityIsRefused() {
        given(TWO_SHOES)
                .when(new Cancel("cancel-1", Option.some(L1), Option.some(0L), "changed my mind"))
                .thenRejected(ProblemCode.QUANTITY_NOT_POSITIVE);
    }
}
