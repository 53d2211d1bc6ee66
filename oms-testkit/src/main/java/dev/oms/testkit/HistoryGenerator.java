// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ConcurrentHistories.STOCKED;
import static dev.oms.testkit.ConcurrentHistories.BACKORDERABLE;
import static dev.oms.testkit.ConcurrentHistories.PREORDER;
import static dev.oms.testkit.ConcurrentHistories.EAST;
import static dev.oms.testkit.ConcurrentHistories.WEST;

import dev.oms.spi.value.Sku;
import dev.oms.testkit.ConcurrentHistories.AdvanceClock;
import dev.oms.testkit.ConcurrentHistories.Call;
import dev.oms.testkit.ConcurrentHistories.Cancel;
import dev.oms.testkit.ConcurrentHistories.Move;
import dev.oms.testkit.ConcurrentHistories.Edit;
import dev.oms.testkit.ConcurrentHistories.Exchange;
import dev.oms.testkit.ConcurrentHistories.Count;
import dev.oms.testkit.ConcurrentHistories.History;
import dev.oms.testkit.ConcurrentHistories.Mix;
import dev.oms.testkit.ConcurrentHistories.Place;
import dev.oms.testkit.ConcurrentHistories.PlaceHold;
import dev.oms.testkit.ConcurrentHistories.Receive;
import dev.oms.testkit.ConcurrentHistories.ReleaseHold;
import dev.oms.testkit.ConcurrentHistories.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The jqwik generators of {@link ConcurrentHistories}: steps of racing calls, duplicate pairs and armed faults. */
final class HistoryGenerator {
    private static final List<Sku> SKUS = List.of(STOCKED, BACKORDERABLE, PREORDER);
    private static final int HOLD_SLOTS = 4;

    private HistoryGenerator() {}

    /** Histories of 4 to 6 steps. */
    static Arbitrary<History> histories(Mix mix) {
        Arbitrary<History> histories = step(mix).list().ofMinSize(4).ofMaxSize(6).map(steps -> new History(steps, mix));
        return mix == Mix.BASELINE ? histories.map(HistoryGenerator::baseline) : histories;
    }

    /**
     * The baseline of a calm history: holds moved to in-stock slots, a hold id placed again becomes a plain
     * placement of one in-stock unit, and the calls that free or add stock (receipts, clock moves,
     * cancellations) run in a step of their own before the step's other calls, never racing a placement.
     */
    private static History baseline(History history) {
        Set<Integer> placed = new HashSet<>();
        List<Step> steps = new ArrayList<>();
        for (Step step : history.steps()) {
            List<Call> freeing = new ArrayList<>();
            List<Call> others = new ArrayList<>();
            for (Call call : step.calls()) {
                if (call instanceof PlaceHold h) {
                    int slot = h.slot() >= 2 ? 0 : h.slot();
                    others.add(placed.add(slot) ? new PlaceHold(slot, h.ttlMinutes()) : new Place(STOCKED, 1, Optional.empty(), 0));
                } else if (call instanceof Receive || call instanceof AdvanceClock || call instanceof Cancel || call instanceof Count
                        || call instanceof Move || call instanceof Edit || call instanceof Exchange) {
                    freeing.add(call);
                } else {
                    others.add(call);
                }
            }
            for (List<Call> calls : List.of(freeing, others)) {
                if (!calls.isEmpty()) {
                    steps.add(new Step(calls, step.fault()));
                }
            }
        }
        return new History(steps, history.mix());
    }

    private static Arbitrary<Step> step(Mix mix) {
        boolean racing = mix == Mix.FULL || mix == Mix.AFTER_SALE;
        Arbitrary<List<Call>> unit = racing
                ? Arbitraries.frequencyOf(Tuple.of(3, single(mix).map(List::of)), Tuple.of(2, pair(mix)))
                : single(mix).map(List::of);
        Arbitrary<List<Call>> calls = unit.list().ofMinSize(1).ofMaxSize(4)
                .map(units -> units.stream().flatMap(List::stream).toList())
                .filter(c -> c.size() >= 2)
                .map(c -> c.subList(0, Math.min(4, c.size())));
        Arbitrary<Optional<OneShotFault.Plan>> fault = racing
                ? Combinators.combine(Arbitraries.of(OneShotFault.Target.class), Arbitraries.integers().between(1, 3),
                        Arbitraries.of(OneShotFault.Timing.class)).as(OneShotFault.Plan::new).optional(0.5)
                : Arbitraries.just(Optional.empty());
        return Combinators.combine(calls, fault).as(Step::new);
    }

    private static Arbitrary<Call> single(Mix mix) {
        boolean afterSale = mix == Mix.AFTER_SALE;
        Arbitrary<Sku> sku = Arbitraries.of(SKUS);
        Arbitrary<Integer> quantity = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, HOLD_SLOTS - 1);
        Arbitrary<Call> place = Combinators.combine(sku, quantity, slot.optional(0.4))
                .as((s, q, h) -> new Place(s, q, h, 0));
        Arbitrary<Call> hold = Combinators.combine(slot, Arbitraries.integers().between(10, 30)).as(PlaceHold::new);
        Arbitrary<Call> receive = Combinators.combine(sku, Arbitraries.of(EAST, WEST), quantity,
                Arbitraries.integers().between(0, 2)).as(Receive::new);
        return Arbitraries.frequencyOf(
                Tuple.of(5, place),
                Tuple.of(3, hold),
                Tuple.of(1, slot.map(ReleaseHold::new)),
                Tuple.of(1, Arbitraries.integers().between(5, 40).map(AdvanceClock::new)),
                Tuple.of(2, receive),
                Tuple.of(1, Arbitraries.integers().between(0, 5).map(Cancel::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(EAST, WEST),
                        Arbitraries.integers().between(0, 1)).as(Move::new)),
                Tuple.of(afterSale ? 0 : 1, Combinators.combine(Arbitraries.of(STOCKED, BACKORDERABLE), Arbitraries.of(EAST, WEST),
                        Arbitraries.integers().between(1, 2), Arbitraries.integers().between(0, 2)).as(Count::new)),
                Tuple.of(1, edit()),
                Tuple.of(afterSale ? 3 : 0, exchange()));
    }

    /** A delivery of some stored order, or, once delivered, an exchange of one of its units. */
    private static Arbitrary<Call> exchange() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(SKUS), Arbitraries.integers().between(0, 2))
                .as(Exchange::new);
    }

    /** An edit adding a line to some stored order. */
    private static Arbitrary<Call> edit() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(SKUS), Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(0, 2)).as(Edit::new);
    }

    /** Two calls that submit the same thing twice: one external id, one hold, one receipt, one edit, or one exchange. */
    private static Arbitrary<List<Call>> pair(Mix mix) {
        Arbitrary<Sku> sku = Arbitraries.of(SKUS);
        Arbitrary<Integer> quantity = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, HOLD_SLOTS - 1);
        Arbitrary<Integer> pairId = Arbitraries.integers().between(1, 9);
        Arbitrary<List<Call>> sameExternalId = Combinators.combine(sku, quantity, slot.optional(0.5), pairId)
                .as((s, q, h, p) -> List.of(new Place(s, q, h, p), new Place(s, q, h, p)));
        Arbitrary<List<Call>> sameHold = Combinators.combine(sku, quantity, slot)
                .as((s, q, h) -> List.of(new Place(s, q, Optional.of(h), 0), new Place(s, q, Optional.of(h), 0)));
        Arbitrary<List<Call>> sameReceipt = Combinators.combine(sku, Arbitraries.of(EAST, WEST), quantity,
                Arbitraries.integers().between(0, 2)).as((s, l, q, n) -> {
                    Receive receive = new Receive(s, l, q, n);
                    return List.of(receive, receive);
                });
        Arbitrary<List<Call>> sameEdit = edit().map(edit -> List.of(edit, edit));
        Arbitrary<List<Call>> sameExchange = exchange().map(exchange -> List.of(exchange, exchange));
        return mix == Mix.AFTER_SALE ? Arbitraries.oneOf(sameExternalId, sameHold, sameReceipt, sameEdit, sameExchange)
                : Arbitraries.oneOf(sameExternalId, sameHold, sameReceipt, sameEdit);
    }
}
