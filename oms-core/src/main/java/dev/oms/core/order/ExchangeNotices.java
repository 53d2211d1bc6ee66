// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ExchangeEvent;
import dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn;
import dev.oms.spi.event.ExchangeEvent.ExchangeOpened;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.notification.ExchangeNotice;
import dev.oms.spi.notification.Notice;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.joda.money.Money;

/** Which customer notice each exchange fact makes owed ({@link CustomerNotices} asks here). */
final class ExchangeNotices implements ExchangeEvent.Visitor<Option<Notice>> {
    private final Order after;

    private ExchangeNotices(Order after) {
        this.after = after;
    }

    static Option<Notice> of(ExchangeEvent event, Order after) {
        return event.accept(new ExchangeNotices(after));
    }

    @Override
    public Option<Notice> visit(ExchangeOpened e) {
        long returned = after.returns().get(e.returnId()).get().items().map(i -> i.quantity()).sum().longValue();
        List<PlacedLine> lines = List.ofAll(e.replacements());
        Money value = lines.map(l -> after.line(l.lineId()).get().total()).fold(Money.zero(after.currency()), Money::plus);
        // The replacements' value already has the credit off: what is left is the difference charged.
        Money refundDue = e.returnValue().minus(e.credit());
        return Option.some(new ExchangeNotice.ExchangeOpened(e.returnId(), returned, lines.map(PlacedLine::quantity).sum().longValue(),
                value, refundDue, e.shipsBeforeReturn()));
    }

    // The receipt's own notice tells the customer what was refunded.
    @Override
    public Option<Notice> visit(ExchangeCreditDrawn e) {
        return Option.none();
    }
}
