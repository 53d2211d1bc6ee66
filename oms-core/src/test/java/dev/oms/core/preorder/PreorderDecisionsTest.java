// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.preorder;

import static dev.oms.core.decision.DeciderSpec.given;
import static dev.oms.core.decision.DeciderSpec.line;
import static dev.oms.core.decision.DeciderSpec.placed;

import dev.oms.core.command.WaitingCommand.MoveReleaseDate;
import dev.oms.core.decision.DeciderSpec;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.WaitingEvent.ReleaseDateMoved;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.value.LineId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A pre-ordered line's release date, decided at the decider. */
class PreorderDecisionsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    private static final OrderPlaced TWO_BOOKS = placed(line("L1", "BOOK", 2, "EUR 20.00"));

    @Test
    void aMovedReleaseDateIsRecordedFromTheDateTheLineWaitedFor() {
        given(TWO_BOOKS, new UnitsPreordered(L1, 2, APRIL))
                .when(new MoveReleaseDate("release-moved-1", L1, MAY))
                .thenEvents(new ReleaseDateMoved(L1, APRIL, MAY));
    }

    @Test
    void theSameDateOrALineNotPreorderedHasNothingToMove() {
        DeciderSpec preordered = given(TWO_BOOKS, new UnitsPreordered(L1, 2, APRIL));

        preordered.when(new MoveReleaseDate("release-moved-1", L1, APRIL)).thenRejected(ProblemCode.NOTHING_TO_DO);
        given(TWO_BOOKS).when(new MoveReleaseDate("release-moved-1", L1, MAY)).thenRejected(ProblemCode.NOTHING_TO_DO);
    }
}
