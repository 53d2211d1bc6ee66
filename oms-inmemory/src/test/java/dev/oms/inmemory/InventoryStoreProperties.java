// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of reserve, release, consume and receive calls, some of them repeated with their
 * key, checked against a simple model after every step: the store never oversells, never goes negative,
 * and a repeated key has no second effect.
 */
class InventoryStoreProperties {
    private static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"));
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("L1"), LocationId.of("L2"));

    @Property(tries = 300)
    void neverOversellsNorGoesNegativeAndRepeatsChangeNothing(
            @ForAll("initialStock") List<Integer> initial, @ForAll("operations") List<Op> operations) {
        var run = new Run(initial);
        for (Op op : operations) {
            run.apply(op);
            run.checkInvariants();
        }
    }

    @Provide
    Arbitrary<List<Integer>> initialStock() {
        return Arbitraries.integers().between(0, 20).list().ofSize(SKUS.size() * LOCATIONS.size());
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> sku = Arbitraries.integers().between(0, SKUS.size() - 1);
        Arbitrary<Integer> location = Arbitraries.integers().between(0, LOCATIONS.size() - 1);
        Arbitrary<Integer> quantity = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Move> move = Combinators.combine(sku, location, quantity).as(Move::new);
        List<Arbitrary<? extends Op>> kinds = List.of(
                move.list().ofMinSize(1).ofMaxSize(4).map(Reserve::new),
                Combinators.combine(pick, pick).as(Release::new),
                Combinators.combine(pick, pick).as(Consume::new),
                Combinators.combine(sku, location, quantity).as(Receive::new),
                Combinators.combine(sku, location).as(OverRelease::new),
                pick.map(Repeat::new));
        return Arbitraries.oneOf(kinds).list().ofMaxSize(40);
    }

    /** One step of a generated sequence. */
    sealed interface Op {}

    record Move(int sku, int location, int quantity) {}

    record Reserve(List<Move> moves) implements Op {}

    record Release(int pick, int amount) implements Op {}

    record Consume(int pick, int amount) implements Op {}

    record Receive(int sku, int location, int quantity) implements Op {}

    record OverRelease(int sku, int location) implements Op {}

    record Repeat(int pick) implements Op {}

    /** The store under test beside a model of what it should hold. */
    private static final class Run {
        private final InMemoryInventoryStore store = new InMemoryInventoryStore();
        private final Map<StockKey, long[]> model = new HashMap<>();
        private final List<Runnable> applied = new ArrayList<>();
        private int keys;

        Run(List<Integer> initial) {
            for (int s = 0; s < SKUS.size(); s++) {
                for (int l = 0; l < LOCATIONS.size(); l++) {
                    long onHand = initial.get(s * LOCATIONS.size() + l);
                    store.setStock(SKUS.get(s), LOCATIONS.get(l), onHand, "BIN-" + s + l);
                    model.put(key(s, l), new long[] {onHand, 0});
                }
            }
        }

        void apply(Op op) {
            String key = "op-" + ++keys;
            // Java 17 has no pattern switch; the chain is exhaustive over the sealed Op.
            if (op instanceof Reserve reserve) {
                reserve(key, reserve);
            } else if (op instanceof Release release) {
                takeReserved(key, release.pick(), release.amount(), false);
            } else if (op instanceof Consume consume) {
                takeReserved(key, consume.pick(), consume.amount(), true);
            } else if (op instanceof Receive receive) {
                receive(key, receive);
            } else if (op instanceof OverRelease over) {
                overRelease(key, over);
            } else if (op instanceof Repeat repeat) {
                repeat(repeat);
            }
        }

        private void receive(String key, Receive receive) {
            Sku sku = SKUS.get(receive.sku());
            LocationId location = LOCATIONS.get(receive.location());
            store.receive(key, sku, location, receive.quantity());
            model.get(key(receive.sku(), receive.location()))[0] += receive.quantity();
            remember(() -> store.receive(key, sku, location, receive.quantity()));
        }

        /** Releasing one more than is reserved is a bug: it throws and changes nothing. */
        private void overRelease(String key, OverRelease over) {
            long reserved = model.get(key(over.sku(), over.location()))[1];
            var movement = new StockMovement(SKUS.get(over.sku()), LOCATIONS.get(over.location()), reserved + 1);
            assertThatThrownBy(() -> store.release(key, List.of(movement))).isInstanceOf(IllegalStateException.class);
        }

        private void repeat(Repeat repeat) {
            if (!applied.isEmpty()) {
                var before = snapshot();
                applied.get(repeat.pick() % applied.size()).run();
                assertThat(snapshot()).isEqualTo(before);
            }
        }

        private void reserve(String key, Reserve reserve) {
            List<StockMovement> movements = reserve.moves().stream()
                    .map(m -> new StockMovement(SKUS.get(m.sku()), LOCATIONS.get(m.location()), m.quantity()))
                    .toList();
            Map<StockKey, Long> wanted = StockKey.totals(movements);
            boolean fits = wanted.entrySet().stream()
                    .allMatch(e -> e.getValue() <= model.get(e.getKey())[0] - model.get(e.getKey())[1]);
            ReservationResult result = store.reserve(key, movements);
            assertThat(result instanceof ReservationResult.Reserved).isEqualTo(fits);
            if (fits) {
                wanted.forEach((stock, quantity) -> model.get(stock)[1] += quantity);
            }
            remember(() -> assertThat(store.reserve(key, movements)).isEqualTo(result));
        }

        /** Releases or consumes part of what is reserved somewhere, picking among stock that has reservations. */
        private void takeReserved(String key, int pick, int amount, boolean consume) {
            List<StockKey> held = model.entrySet().stream()
                    .filter(e -> e.getValue()[1] > 0)
                    .map(Map.Entry::getKey)
                    .sorted((a, b) -> (a.sku().code() + a.locationId()).compareTo(b.sku().code() + b.locationId()))
                    .toList();
            if (held.isEmpty()) {
                return;
            }
            StockKey stock = held.get(pick % held.size());
            long[] counts = model.get(stock);
            long quantity = 1 + amount % counts[1];
            var movements = List.of(new StockMovement(stock.sku(), stock.locationId(), quantity));
            Runnable call = consume ? () -> store.consume(key, movements) : () -> store.release(key, movements);
            call.run();
            counts[1] -= quantity;
            if (consume) {
                counts[0] -= quantity;
            }
            remember(call);
        }

        void checkInvariants() {
            for (Sku sku : SKUS) {
                for (StockLevel level : store.stockOf(sku)) {
                    assertThat(level.onHand()).isNotNegative();
                    assertThat(level.reserved()).isNotNegative();
                    assertThat(level.ringFenced()).isNotNegative();
                    assertThat(level.reserved() + level.ringFenced()).isLessThanOrEqualTo(level.onHand());
                    long[] expected = model.get(new StockKey(level.sku(), level.locationId()));
                    assertThat(new long[] {level.onHand(), level.reserved()}).isEqualTo(expected);
                }
            }
        }

        private void remember(Runnable repeat) {
            applied.add(repeat);
        }

        private List<StockLevel> snapshot() {
            return SKUS.stream().flatMap(sku -> store.stockOf(sku).stream()).toList();
        }

        private static StockKey key(int sku, int location) {
            return new StockKey(SKUS.get(sku), LOCATIONS.get(location));
        }
    }
}
