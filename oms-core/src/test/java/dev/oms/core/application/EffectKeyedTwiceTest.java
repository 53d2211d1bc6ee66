// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.oms.core.TestShop;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An effect owed under a key whose outcome the order already recorded (a bug in how effects are keyed; a reopened
 * order that restarted its reservation count had one) is answered by the port with the same replay forever. The
 * effect runner must leave such an effect owed and stop, never spin: it used to call the port again and again.
 */
class EffectKeyedTwiceTest {
    private static final LocationId WH = LocationId.of("WH-1");

    @Test
    void anEffectWhoseOutcomeWasAlreadyRecordedIsLeftOwedInsteadOfRetriedForever() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(Sku.of("MUG"), WH, 5, "A-MUG");
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(clock)).build();
        Order placed = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 1, "EUR 12.99"))).get();
        assertThat(PendingEffects.of(placed)).isEmpty();
        // A log that asks for reservation attempt 1 again: its key is the one the placement's reservation was recorded under.
        OrderCommit again = new OrderCommit("tampered", clock.instant(), List.of(new ReservationRequested(1,
                List.of(new Reservation(LineId.of("L1"), Sku.of("MUG"), WH, 1)))), "");
        Order tampered = OrderEvolution.apply(Option.some(placed), again);
        assertThat(adapters.ports(clock).orders().append(placed.version(), again, OrderSummaries.of(tampered)))
                .isInstanceOf(AppendResult.Appended.class);

        Order resumed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> oms.recovery().resume(placed.id()).get());

        assertThat(PendingEffects.of(resumed)).singleElement().isInstanceOf(PendingEffect.Reserve.class);
        assertThat(resumed.version()).isEqualTo(tampered.version());
    }
}
