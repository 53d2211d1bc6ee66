// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Tests a rule at the decider, without ports or a facade: given the events an order was built from, when a
 * command is decided in a context, then exactly these events, or a rejection with this code.
 *
 * <pre>{@code
 * DeciderSpec.given(placed(line("L1", "SHOE", 2, "EUR 50.00")), new UnitsAllocated(...))
 *         .when(new Cancel(...))
 *         .thenEvents(new UnitsCancelled(...));
 * }</pre>
 */
public final class DeciderSpec {
    /** The time every spec decides at unless it says otherwise. */
    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    public static final OrderId ORDER = OrderId.of("O-1");

    private final Order order;

    private DeciderSpec(Order order) {
        this.order = order;
    }

    /**
     * An order evolved from {@code first} (an {@link OrderPlaced}) then {@code rest}, each stored as its own
     * commit at {@link #NOW} under the key {@code given-<n>}, as a store would replay them.
     */
    public static DeciderSpec given(OrderEvent first, OrderEvent... rest) {
        Order order = OrderEvolution.apply(Option.none(), new OrderCommit("given-0", NOW, java.util.List.of(first)));
        for (int i = 0; i < rest.length; i++) {
            order = OrderEvolution.apply(Option.some(order), new OrderCommit("given-" + (i + 1), NOW, java.util.List.of(rest[i])));
        }
        return new DeciderSpec(order);
    }

    /** Order {@link #ORDER}, placed at {@link #NOW} on the web, paid by card, with these lines. */
    public static OrderPlaced placed(PlacedLine... lines) {
        return new OrderPlaced(ORDER, Channel.WEB, "W-1", CustomerRef.of("C-1"), address(), PaymentMethod.card("tok_ok"),
                CurrencyUnit.EUR, java.util.List.of(lines), NOW);
    }

    public static PlacedLine line(String lineId, String sku, long quantity, String unitPrice) {
        return new PlacedLine(LineId.of(lineId), Sku.of(sku), quantity, Money.parse(unitPrice));
    }

    private static Address address() {
        return Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row").city("London")
                .postalCode("N1 9GU").countryCode("GB").build();
    }

    /** The order as the given events left it, for specs that read it to build a command. */
    public Order order() {
        return order;
    }

    /** Decides {@code command} at {@link #NOW} with the default policies. */
    public Outcome when(OrderCommand command) {
        return when(command, DecisionContext.at(NOW));
    }

    /** Decides {@code command} in {@code context}. */
    public Outcome when(OrderCommand command, DecisionContext context) {
        return new Outcome(order, OrderDecider.decide(command, order, context));
    }

    /** What the decider answered. */
    public static final class Outcome {
        private final Order before;
        private final Either<Rejection, List<OrderEvent>> decided;

        private Outcome(Order before, Either<Rejection, List<OrderEvent>> decided) {
            this.before = before;
            this.decided = decided;
        }

        /** Exactly these events, in this order; returns the order with them applied. */
        public Order thenEvents(OrderEvent... expected) {
            assertThat(decided.isRight()).as("decided, not rejected: %s", decided).isTrue();
            assertThat(decided.get().toJavaList()).containsExactly(expected);
            return decided.get().foldLeft(before, OrderEvolution::apply);
        }

        /** A rejection carrying exactly these stable codes. */
        public Rejection thenRejected(ProblemCode... codes) {
            assertThat(decided.isLeft()).as("rejected, not decided: %s", decided).isTrue();
            assertThat(decided.getLeft().codes()).containsExactly(codes);
            return decided.getLeft();
        }

        /** No events: the command's key was handled before with the same parameters. */
        public void thenNothing() {
            assertThat(decided.isRight()).as("decided, not rejected: %s", decided).isTrue();
            assertThat(decided.get().toJavaList()).isEmpty();
        }
    }
}
