// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.routing.Destination;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link Reconciliation} catches the state it is there for: a consistent shop reconciles,
 * and every tampering behind the facade's back is reported, naming the SKU, location and owners.
 */
class ReconciliationTest {
    private static final Sku SHOE = Sku.of("SHOE");
    private static final Sku SOCK = Sku.of("SOCK");
    private static final LocationId EAST = LocationId.of("EAST");
    private static final Address ADDRESS = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row")
            .city("London").postalCode("N1 9GU").countryCode("GB").build();

    private InMemoryAdapters adapters;
    private SettableClock clock;
    private OrderManagement oms;

    @BeforeEach
    void shop() {
        adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .setStock(SHOE, EAST, 5, "E-1").setStock(SOCK, EAST, 1, "E-2");
        adapters.catalog().add(new Product(SHOE, "Shoe"));
        adapters.catalog().add(new Product(SOCK, "Sock"));
        clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
        oms = OrderManagement.builder().ports(adapters.ports(clock)).holds(adapters.holds())
                .backorderPolicy(BackorderPolicy.perSku(HashMap.of(SOCK, BackorderTerms.allowedWithoutLimit()))).build();
    }

    private Reconciliation reconciliation(InventoryStore inventory) {
        return Reconciliation.builder().orders(oms).inventory(inventory).holds(adapters.holds())
                .catalog(adapters.catalog()).clock(clock).skus(List.of(SHOE, SOCK)).build();
    }

    private List<String> violations() {
        return reconciliation(adapters.inventory()).violations();
    }

    private Order place(String externalId, Sku sku, long quantity) {
        return oms.orders().place(PlaceOrder.builder().channel(Channel.WEB).externalId(externalId)
                .customer(CustomerRef.of("C-" + externalId)).shipTo(ADDRESS).paymentMethod(PaymentMethod.card("tok_ok"))
                .addLines(LineRequest.of(sku.code(), quantity, Money.parse("EUR 10.00"))).build()).get();
    }

    private void hold(String id, long quantity) {
        assertThat(oms.storefront().placeHold(new HoldRequest(HoldId.of(id), List.of(new HoldRequest.Units(SHOE, quantity)),
                new Destination.ShipTo(ADDRESS), Channel.WEB, Duration.ofMinutes(15))).isRight()).isTrue();
    }

    @Test
    void ordersHoldsAndStockPlacedThroughTheFacadeReconcile() {
        place("A", SHOE, 2);
        hold("H", 1);
        place("B", SOCK, 2); // one allocated, one backordered: nothing left available to wait for

        assertThat(violations()).isEmpty();
    }

    @Test
    void aReservationNobodyOwnsIsLeakedStock() {
        place("A", SHOE, 2);
        assertThat(violations()).isEmpty();

        adapters.inventory().reserve("stray", List.of(new StockMovement(SHOE, EAST, 1)));

        assertThat(violations()).singleElement().asString()
                .startsWith("SHOE at EAST: inventory reserves 3, owners account for 2")
                .contains("1 reserved units have no owner");
    }

    @Test
    void unitsAnOrderHoldsThatTheInventoryReleasedMayBeSoldTwice() {
        place("A", SHOE, 2);

        adapters.inventory().release("tampered", List.of(new StockMovement(SHOE, EAST, 2)));

        assertThat(violations()).singleElement().asString()
                .startsWith("SHOE at EAST: inventory reserves 0, owners account for 2")
                .contains("allocated=2").contains("2 owned units are not reserved");
    }

    @Test
    void aHoldEndedWithoutGivingItsUnitsBackLeaksThem() {
        hold("H", 2);
        assertThat(violations()).isEmpty();

        adapters.holds().end(HoldId.of("H"), HoldState.RELEASED, Optional.empty());

        assertThat(violations()).singleElement().asString()
                .startsWith("SHOE at EAST: inventory reserves 2, owners account for 0").contains("have no owner");
    }

    @Test
    void stockAvailableWhileABackorderWaitsBreaksQueueFirst() {
        Order waiting = place("B", SOCK, 3);
        assertThat(violations()).isEmpty();

        adapters.inventory().receive("behind-the-facade", SOCK, EAST, 1);

        assertThat(violations()).containsExactly("SOCK at EAST: 1 units available while orders wait for SOCK: "
                + waiting.id() + " (2 backordered)");
    }

    @Test
    void aStoredOrderThatDoesNotReplayIsReported() {
        Order order = place("A", SHOE, 2);
        LineId line = order.lines().keySet().head();

        adapters.orders().append(order.version(), new OrderCommit("tampered", clock.instant(),
                List.of(new UnitsAllocated(line, EAST, 99))), new OrderSummary(order.id(), order.channel(), order.externalId(),
                order.customer(), order.status(), order.placedAt(), order.version() + 1, false, List.of()));

        assertThat(violations()).anySatisfy(v -> assertThat(v).startsWith("order " + order.id() + " does not load:"));
    }

    @Test
    void reservedBeyondOnHandIsOversell() {
        place("A", SHOE, 2);
        InventoryStore overselling = new Reporting(adapters.inventory(), new StockLevel(SHOE, EAST, 1, 2, 0, "E-1"));

        assertThat(reconciliation(overselling).violations()).contains("SHOE at EAST: 2 reserved + 0 ring-fenced > 1 on hand");
    }

    @Test
    void ringFencedStockNoOrderIsOwedIsReported() {
        adapters.inventory().receiveRingFenced("fenced-for-nobody", SHOE, EAST, 2);

        assertThat(violations()).containsExactly("SHOE at EAST: inventory ring-fences 2, orders are owed ring-fences of 0 {}");
    }

    /** The real inventory, except that it reports {@code level} as the stock of its SKU. */
    private record Reporting(InventoryStore real, StockLevel level) implements InventoryStore {
        @Override
        public List<Location> locations() {
            return real.locations();
        }

        @Override
        public List<StockLevel> stockOf(Sku sku) {
            return sku.equals(level.sku()) ? List.of(level) : real.stockOf(sku);
        }

        @Override
        public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
            return real.reserve(operationKey, movements);
        }

        @Override
        public void release(String operationKey, List<StockMovement> movements) {
            real.release(operationKey, movements);
        }

        @Override
        public void consume(String operationKey, List<StockMovement> movements) {
            real.consume(operationKey, movements);
        }

        @Override
        public void receive(String operationKey, Sku sku, LocationId locationId, long quantity) {
            real.receive(operationKey, sku, locationId, quantity);
        }
    }
}
