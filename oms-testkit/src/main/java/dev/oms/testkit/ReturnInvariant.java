// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Line;
import dev.oms.core.order.ExchangeLedger;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.order.ReturnReceipt;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.value.CaptureId;
import io.vavr.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/** The returns invariant of {@link OrderInvariants#returns}, kept apart so each check reads on its own. */
final class ReturnInvariant {
    private ReturnInvariant() {}

    static List<String> returns(Order order) {
        List<String> violations = new ArrayList<>();
        for (Line line : order.lines().values()) {
            long underReturn = order.returns().underReturn(line.id());
            long shipped = line.count(Bucket.SHIPPED) + line.count(Bucket.DELIVERED) + line.count(Bucket.RETURNED)
                    + line.count(Bucket.CLAIMED);
            long delivered = order.packages().values().filter(p -> p.deliveredAt().isDefined()).map(p -> p.units(line.id()))
                    .sum().longValue();
            if (underReturn > shipped || underReturn > delivered) {
                violations.add(order.id() + " " + line.id() + ": " + underReturn + " units under return, " + shipped
                        + " shipped, " + delivered + " delivered");
            }
            for (ReturnAuthorization rma : order.returns().all()) {
                if (rma.received(line.id()) > rma.units(line.id())) {
                    violations.add(order.id() + " " + rma.id() + " " + line.id() + ": received " + rma.received(line.id())
                            + " units, asked for " + rma.units(line.id()));
                }
                for (ReturnReceipt receipt : rma.receipts()) {
                    long restock = !line.stockTracked() ? 0 : receipt.items()
                            .filter(i -> i.lineId().equals(line.id()) && i.disposition() == Disposition.RESTOCK).map(i -> i.quantity()).sum().longValue();
                    long owed = receipt.restocks().filter(r -> r.lineId().equals(line.id())).map(ReturnReceipt.Restock::quantity)
                            .sum().longValue();
                    if (restock != owed) {
                        violations.add(order.id() + " " + rma.id() + " receipt " + receipt.number() + " " + line.id() + ": "
                                + restock + " units restocked, " + owed + " owed to stock");
                    }
                }
            }
        }
        order.payment().captures().map(c -> Tuple.of(c.captureId(), c.amount()))
                .appendAll(order.prepayments().captures().map(c -> Tuple.of(c.captureId(), c.amount())))
                .forEach(capture -> {
                    Money refunded = refunded(order, capture._1);
                    if (refunded.isGreaterThan(capture._2)) {
                        violations.add(order.id() + ": capture " + capture._1 + " of " + capture._2 + " refunded " + refunded);
                    }
                });
        // Store credit draws on no capture but counts against them all: refunded plus credited stays within the captured
        // and the cash collected on delivery.
        Money captured = order.payment().captures().foldLeft(Money.zero(order.currency()), (sum, c) -> sum.plus(c.amount()))
                .plus(order.prepayments().captures().foldLeft(Money.zero(order.currency()), (sum, c) -> sum.plus(c.amount())))
                .plus(order.payment().cash());
        Money paidBack = order.returns().refunds().foldLeft(order.returns().credits().total(order.currency()), (sum, r) -> sum.plus(r.amount()))
                .plus(order.prepayments().refunds().values().foldLeft(Money.zero(order.currency()), (sum, r) -> sum.plus(r.amount())));
        if (paidBack.isGreaterThan(captured)) {
            violations.add(order.id() + ": " + paidBack + " refunded and credited, " + captured + " captured");
        }
        violations.addAll(exchanges(order));
        return violations;
    }

    /** Each exchange's credit sits whole on its replacements' discounts, and its receipts never draw more than that. */
    private static List<String> exchanges(Order order) {
        List<String> violations = new ArrayList<>();
        for (ExchangeLedger.Exchange x : order.returns().exchanges().byReturn().values()) {
            Money onLines = x.replacements().flatMap(id -> order.line(id).get().price().discounts())
                    .filter(d -> d.promotion().equals(ExchangeLedger.promotion(x.returnId())))
                    .foldLeft(Money.zero(order.currency()), (sum, d) -> sum.plus(d.amount()));
            if (!onLines.equals(x.credit()) || x.drawn().isGreaterThan(x.credit())) {
                violations.add(order.id() + " exchange " + x.returnId() + ": credit " + x.credit() + ", " + onLines
                        + " on its replacements, " + x.drawn() + " drawn");
            }
        }
        return violations;
    }

    private static Money refunded(Order order, CaptureId captureId) {
        Money sum = Money.zero(order.currency());
        for (ReturnReceipt.Refund r : order.returns().refunds().filter(r -> r.captureId().equals(captureId))) {
            sum = sum.plus(r.amount());
        }
        for (var r : order.prepayments().refunds().values().filter(r -> r.captureId().equals(captureId))) {
            sum = sum.plus(r.amount());
        }
        return sum;
    }
}
