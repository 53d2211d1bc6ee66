// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.oms.core.application.MoveRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A move of allocated units with the stores failing at each of its steps, before or after the call took effect:
 * recording the move, reserving at the target, recording the units moved, releasing the old reservation,
 * recording the release. Whatever failed, resuming leaves every reserved unit exactly one owner and the units at
 * the target, and asking again under the same key answers the move made once.
 */
class AllocationMoveFaultTest {
    private static final Sku MUG = Sku.of("MUG");
    private static final LocationId WAREHOUSE = LocationId.of("WH");
    private static final LocationId STORE = LocationId.of("STORE");
    private static final LineId L1 = LineId.of("L1");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    static Stream<OneShotFault.Plan> everyStep() {
        return Stream.of(OneShotFault.Timing.values()).flatMap(timing -> Stream.of(
                new OneShotFault.Plan(OneShotFault.Target.ORDER_APPEND, 1, timing),
                new OneShotFault.Plan(OneShotFault.Target.INVENTORY_RESERVE, 1, timing),
                new OneShotFault.Plan(OneShotFault.Target.ORDER_APPEND, 2, timing),
                new OneShotFault.Plan(OneShotFault.Target.INVENTORY_RELEASE, 1, timing),
                new OneShotFault.Plan(OneShotFault.Target.ORDER_APPEND, 3, timing)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStep")
    void aStoreFailingAtAnyStepOfAMoveLeavesItResumableWithOneOwnerPerUnit(OneShotFault.Plan plan) {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(STORE, "Store", LocationType.STORE, 2))
                .setStock(MUG, WAREHOUSE, 3, "W-1").setStock(MUG, STORE, 2, "S-1");
        Product mug = new Product(MUG, "Mug");
        adapters.catalog().add(mug);
        OneShotFault fault = new OneShotFault();
        Ports real = adapters.ports(CLOCK);
        OrderManagement oms = OrderManagement.using(new Ports(fault.orders(real.orders()), fault.inventory(real.inventory()),
                real.payments(), real.carrier(), real.notifications(), real.catalog(), real.ids(), real.clock()));
        Reconciliation reconciliation = Reconciliation.builder().orders(oms).inventory(adapters.inventory())
                .catalog(adapters.catalog()).clock(CLOCK).products(List.of(mug)).build();
        Order placed = oms.orders().place(PlaceOrder.builder().channel(Channel.WEB).externalId("F-1").customer(CustomerRef.of("C-1"))
                .shipTo(Address.builder().recipient("Ada").addLines("1 Row").city("London").postalCode("N1").countryCode("GB").build())
                .paymentMethod(PaymentMethod.card("tok_ok")).addLines(LineRequest.of("MUG", 2, Money.parse("EUR 8.00"))).build()).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, WAREHOUSE)).isEqualTo(2);

        fault.arm(plan);
        Throwable thrown = catchThrowable(() -> oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("move-1", STORE)));
        fault.disarm();
        assertThat(fault.fired()).as("the armed step was reached").isTrue();

        oms.recovery().resumeAll();
        assertThat(reconciliation.violations()).as("after %s (the move threw %s) and resuming", plan, thrown).isEmpty();
        Order moved = oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("move-1", STORE)).get();
        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(2);
        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, WAREHOUSE)).isZero();
        assertThat(reconciliation.violations()).isEmpty();
        assertThat(adapters.inventory().stockAt(MUG, STORE).get().reserved()).isEqualTo(2);
        assertThat(adapters.inventory().stockAt(MUG, WAREHOUSE).get().reserved()).isZero();
        assertThat(oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("move-1", STORE)).get().version())
                .as("asked again, the move answers as made").isEqualTo(moved.version());
    }
}
