// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Random orders with units delivered, on their way, picked, allocated, backordered and pre-ordered (prepaid), a second
 * order waiting for the same mugs, then random return requests, some sent twice: an accepted request returns or
 * cancels exactly the units it names and moves no unit that shipped; a refused one changes no order, stock or money; a
 * duplicate answers the first answer and stores nothing; units under return stay within the units delivered, refunds
 * within captures, and stock freed never sits available while the other order waits for it.
 */
class UnshippedReturnsProperties {
    private static final List<LineId> LINES = List.of(LineId.of("L1"), LineId.of("L2"));
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    /** One request: of a line, some units, a number of days after the last; or the last request again under its key. */
    record Step(int line, int quantity, int daysLater, boolean duplicate) {}

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 3).map(n -> n == 0))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 200)
    void requestsReturnOrCancelExactlyTheirUnitsAndARefusedOneChangesNothing(@ForAll @IntRange(min = 0, max = 4) int stock,
            @ForAll @IntRange(min = 1, max = 4) int mugs, @ForAll @IntRange(min = 0, max = 2) int books,
            @ForAll @IntRange(min = 0, max = 4) int shipped, @ForAll @IntRange(min = 0, max = 3) int deliver, @ForAll @IntRange(min = 0, max = 3) int received,
            @ForAll boolean leaveListed, @ForAll("histories") List<Step> history) {
        UnshippedShop shop = new UnshippedShop(stock);
        List<LineRequest> lines = new ArrayList<>(List.of(TestShop.line("MUG", mugs, "EUR 10.00")));
        if (books > 0) {
            lines.add(TestShop.line("BOOK", books, "EUR 20.00"));
        }
        OrderId ada = shop.oms.orders().place(TestShop.order("web-1", lines.toArray(LineRequest[]::new))).get().id();
        shop.oms.warehouse().createPickLists(ada).forEach(shop::picked);
        long ship = Math.min(shipped, shop.order(ada).line(LINES.get(0)).get().count(Bucket.PICKED));
        if (ship > 0) {
            var parcel = shop.packAndShip(ada, LINES.get(0), ship);
            if (deliver > 0) { // most parcels arrive
                shop.deliver(ada, parcel);
            }
        }
        if (received > 0) {
            shop.receive("grn-1", received);
        }
        if (leaveListed) {
            shop.oms.warehouse().createPickLists(ada); // units on an open pick list can be neither returned nor cancelled
        }
        OrderId bob = shop.oms.orders().place(TestShop.order("web-2", TestShop.line("MUG", 2, "EUR 10.00"))).get().id();

        ReturnRequest last = null;
        Either<Rejection, ReturnOpened> lastAnswer = null;
        int key = 0;
        for (Step step : history) {
            shop.clock.advance(Duration.ofDays(step.daysLater()));
            Order before = shop.order(ada);
            Order bobBefore = shop.order(bob);
            Money captured = shop.adapters.payments().captured(ada, EUR);
            Money refunded = shop.adapters.payments().refunded(ada, EUR);
            StockLevel mugStock = mugStock(shop);
            if (step.duplicate() && last != null) {
                Either<Rejection, ReturnOpened> again = shop.oms.returns().request(ada, last);
                Statistics.label("requests").collect("duplicate");
                assertThat(again.isRight()).isEqualTo(lastAnswer.isRight());
                if (again.isRight()) {
                    assertThat(again.get().returnId()).isEqualTo(lastAnswer.get().returnId());
                    assertThat(again.get().cancellationId()).isEqualTo(lastAnswer.get().cancellationId());
                    assertThat(again.get().cancelled()).isEqualTo(lastAnswer.get().cancelled());
                }
                assertThat(shop.order(ada).version()).as("a duplicate stores nothing").isEqualTo(before.version());
                continue;
            }
            LineId line = LINES.get(books == 0 ? 0 : step.line());
            last = new ReturnRequest("k-" + key++, List.of(new ReturnRequest.Line(line, step.quantity(), "reason " + key)));
            lastAnswer = shop.oms.returns().request(ada, last);
            Order after = shop.order(ada);
            if (lastAnswer.isLeft()) {
                Statistics.label("requests").collect("refused");
                assertThat(after.version()).as("a refused request stores nothing").isEqualTo(before.version());
                assertThat(shop.order(bob).version()).isEqualTo(bobBefore.version());
                assertThat(mugStock(shop)).isEqualTo(mugStock);
                assertThat(shop.adapters.payments().captured(ada, EUR)).isEqualTo(captured);
                assertThat(shop.adapters.payments().refunded(ada, EUR)).isEqualTo(refunded);
            } else {
                ReturnOpened opened = lastAnswer.get();
                long returnedNow = after.returns().underReturn(line) - before.returns().underReturn(line);
                long cancelledNow = after.line(line).get().count(Bucket.CANCELLED) - before.line(line).get().count(Bucket.CANCELLED);
                Statistics.label("requests").collect(returnedNow > 0 && cancelledNow > 0 ? "returned and cancelled"
                        : returnedNow > 0 ? "returned" : "cancelled");
                assertThat(returnedNow + cancelledNow).as("exactly the units asked for").isEqualTo(step.quantity());
                assertThat(opened.returnId().isPresent()).isEqualTo(returnedNow > 0);
                assertThat(opened.cancelled().getOrDefault(line, 0L)).isEqualTo(cancelledNow);
                for (Bucket sent : List.of(Bucket.SHIPPED, Bucket.DELIVERED)) {
                    assertThat(after.line(line).get().count(sent)).as("no unit that shipped moves").isEqualTo(before.line(line).get().count(sent));
                }
            }
            for (Line l : after.lines().values()) {
                long delivered = after.packages().values().filter(p -> p.deliveredAt().isDefined()).map(p -> p.units(l.id())).sum().longValue();
                assertThat(after.returns().underReturn(l.id())).isLessThanOrEqualTo(delivered);
            }
            assertThat(shop.adapters.payments().refunded(ada, EUR)).isLessThanOrEqualTo(shop.adapters.payments().captured(ada, EUR));
            if (shop.order(bob).line(LINES.get(0)).get().count(Bucket.BACKORDERED) > 0) {
                assertThat(mugStock(shop).available()).as("freed mugs serve the waiting order first").isZero();
            }
        }
        Statistics.label("requests").coverage(c -> {
            c.check("refused").percentage(p -> p > 10);
            c.check("cancelled").percentage(p -> p > 5);
            c.check("returned").count(n -> n >= 10);
            c.check("returned and cancelled").count(n -> n > 0);
            c.check("duplicate").percentage(p -> p > 5);
        });
    }

    private static StockLevel mugStock(UnshippedShop shop) {
        return shop.adapters.inventory().stockAt(Sku.of("MUG"), UnshippedShop.WH).get();
    }
}
