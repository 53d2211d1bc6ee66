// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.preorder;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.WaitingEvent.ReleaseDateMoved;
import dev.oms.spi.value.LineId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

/** Moving the release date of pre-ordered units, so that their customers are told. */
public final class PreorderRules {
    private PreorderRules() {}

    /**
     * Moves the release date of a line's pre-ordered units.
     *
     * @param order the order
     * @param lineId the line with pre-ordered units
     * @param releasesAt the new release date
     * @return the event that moves the date, or {@code NOTHING_TO_DO} when the line has no pre-ordered units
     *         or already releases then
     */
    public static Either<Rejection, List<OrderEvent>> moveReleaseDate(Order order, LineId lineId, Instant releasesAt) {
        Instant current = order.preorderReleases().get(lineId).getOrNull();
        if (current == null || order.line(lineId).get().count(Bucket.PREORDERED) == 0) {
            return reject(ProblemCode.NOTHING_TO_DO, "lineId", "line " + lineId + " has no pre-ordered units");
        }
        if (current.equals(releasesAt)) {
            return reject(ProblemCode.NOTHING_TO_DO, "releasesAt", "line " + lineId + " already releases at " + current);
        }
        return events(new ReleaseDateMoved(lineId, current, releasesAt));
    }
}
