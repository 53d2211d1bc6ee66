// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Any sequence of reserve, release, consume and receive calls, with operation keys drawn from a small
 * set so that repeats and misuse happen, answers on PostgreSQL exactly as on the in-memory store, and
 * leaves the same stock. The in-memory store is the model.
 */
class InventoryModelProperties {
    private static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"));
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("WH"), LocationId.of("ST"));

    @Property(tries = 40)
    void postgresAnswersLikeTheModel(@ForAll("operations") List<Operation> operations) {
        var model = new InMemoryInventoryStore();
        var postgres = new PostgresInventoryStore(TestDatabase.reset());
        for (Sku sku : SKUS) {
            for (LocationId location : LOCATIONS) {
                model.setStock(sku, location, 6, "BIN");
                postgres.setStock(sku, location, 6, "BIN");
            }
        }
        for (Operation operation : operations) {
            assertThat(answer(postgres, operation)).as("%s", operation).isEqualTo(answer(model, operation));
        }
        for (Sku sku : SKUS) {
            List<StockLevel> levels = postgres.stockOf(sku);
            assertThat(levels).isEqualTo(model.stockOf(sku));
            assertThat(Invariants.noOversell(levels)).isEmpty();
        }
    }

    /** What a call answered: its result, or the kind of exception it threw. */
    private static String answer(InventoryStore store, Operation operation) {
        try {
            Object result = operation.call().apply(store);
            // The port does not order the shortfalls of a refused reservation.
            return result instanceof ReservationResult.Insufficient insufficient
                    ? insufficient.shortfalls().stream().map(Object::toString).sorted().toList().toString()
                    : Objects.toString(result);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return e.getClass().getSimpleName();
        }
    }

    record Operation(String description, Function<InventoryStore, Object> call) {
        @Override
        public String toString() {
            return description;
        }
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<String> keys = Arbitraries.of("k1", "k2", "k3", "k4");
        Arbitrary<StockMovement> movement = Combinators.combine(Arbitraries.of(SKUS), Arbitraries.of(LOCATIONS),
                Arbitraries.longs().between(1, 4)).as(StockMovement::new);
        Arbitrary<List<StockMovement>> movements = movement.list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Operation> reserve = Combinators.combine(keys, movements).as((key, m) ->
                new Operation("reserve " + key + " " + m, store -> store.reserve(key, m)));
        Arbitrary<Operation> release = Combinators.combine(keys, movements).as((key, m) ->
                new Operation("release " + key + " " + m, store -> {
                    store.release(key, m);
                    return "released";
                }));
        Arbitrary<Operation> consume = Combinators.combine(keys, movements).as((key, m) ->
                new Operation("consume " + key + " " + m, store -> {
                    store.consume(key, m);
                    return "consumed";
                }));
        Arbitrary<Operation> receive = Combinators.combine(keys, movement).as((key, m) ->
                new Operation("receive " + key + " " + m, store -> {
                    store.receive(key, m.sku(), m.locationId(), m.quantity());
                    return "received";
                }));
        return Arbitraries.frequencyOf(Tuple.of(4, reserve), Tuple.of(2, release), Tuple.of(2, consume),
                        Tuple.of(1, receive))
                .list().ofMinSize(1).ofMaxSize(25).map(ArrayList::new);
    }
}
