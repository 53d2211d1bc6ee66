// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.allocation.ReservationAttempts;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.ForwardingInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.inventory.StockView;
import dev.oms.spi.order.Page;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The effect runner gives up on reserving an order after its attempts found stock short: it queues the pending
 * units where they may wait and cancels them where not. The order can change between the runner reading it and
 * giving up (a receipt's fill, the customer's cancel, another runner). Before the fix, a refused queueing on the
 * changed order fell through to cancelling the <em>whole</em> order, decided on the changed order, so units a racing
 * caller had just queued or allocated were cancelled too, and a placement allowed to backorder without limit was
 * answered "stock ran out while reserving" (seen once as a flake of {@link ConcurrentQueueFirstTest}).
 */
class GivingUpOnAMovedOrderTest {
    private static final Sku HOT = Sku.of("HOT");
    private static final LineId L1 = LineId.of("L1");

    @Test
    void aCancelLandingWhileTheRunnerGivesUpLeavesTheRestBackorderedNotTheWholeOrderCancelled() {
        // One warehouse, out of stock; the inventory shows phantom units there until the attempts are spent.
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(HOT, "Hot item"));
        adapters.inventory().setStock(HOT, EAST, 0, "E-HOT");
        StockTakenEveryTime inventory = new StockTakenEveryTime(adapters.inventory());
        Ports real = adapters.ports(TestShop.CLOCK);
        OrderManagement oms = OrderManagement.builder()
                .ports(new Ports(real.orders(), inventory, real.payments(), real.carrier(), real.notifications(),
                        real.catalog(), real.ids(), real.clock()))
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
        List<Either<Rejection, ?>> racingCancels = new ArrayList<>();
        inventory.whenGivingUp = () -> {
            List<OrderId> ids = Page.all(oms.queries()::orderIds);
            Order judged = oms.queries().find(ids.get(0)).get();
            if (judged.reservationInFlight().isDefined() || judged.units(Bucket.PENDING) != 2) {
                return false; // the last attempt's failure is not recorded yet: not the moment to race
            }
            // The customer's cancel of one unit lands between the runner reading the order and giving up on it.
            racingCancels.add(oms.orders().cancel(judged.id(), CancelRequest.units("customer-1", L1, 1, "one fewer")));
            return true;
        };

        Either<Rejection, Order> placed = oms.orders().place(order("G-1", line("HOT", 2, "EUR 10.00")));

        assertThat(racingCancels).as("the cancel raced the runner giving up").hasSize(1);
        assertThat(racingCancels.get(0).isRight()).as("the racing cancel: %s", racingCancels.get(0)).isTrue();
        assertThat(placed.isRight()).as("a placement allowed to backorder without limit: %s", placed).isTrue();
        Order stored = oms.queries().find(placed.get().id()).get();
        assertThat(stored.isFullyCancelled()).isFalse();
        assertThat(stored.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(stored.line(L1).get().count(Bucket.PENDING)).isZero();
        assertThat(stored.units(Bucket.BACKORDERED)).isEqualTo(1);
    }

    /**
     * Shows phantom stock at the east warehouse until {@link ReservationAttempts#MAX_ATTEMPTS} reservations have
     * failed, so each plan reserves and each reservation finds the stock taken; then, on the next read of the
     * locations (the runner giving up), runs {@link #whenGivingUp} once it answers that it ran.
     */
    private static final class StockTakenEveryTime extends ForwardingInventoryStore {
        private int failedReservations;
        private boolean raced;
        private java.util.function.BooleanSupplier whenGivingUp = () -> true;

        StockTakenEveryTime(InventoryStore inventory) {
            super(inventory);
        }

        @Override
        public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
            ReservationResult result = delegate().reserve(operationKey, movements);
            if (result instanceof ReservationResult.Insufficient) {
                failedReservations++;
            }
            return result;
        }

        @Override
        public List<Location> locations() {
            if (!raced && failedReservations >= ReservationAttempts.MAX_ATTEMPTS) {
                raced = true; // the racing call reads the locations too: it must not race itself
                raced = whenGivingUp.getAsBoolean();
            }
            return delegate().locations();
        }

        @Override
        public List<StockLevel> stockOf(Sku sku) {
            return delegate().stockOf(sku).stream().map(this::seen).toList();
        }

        @Override
        public StockView stockView(Collection<Sku> skus) {
            StockView real = delegate().stockView(skus);
            return new StockView(real.locations(), real.stock().stream().map(this::seen).toList());
        }

        private StockLevel seen(StockLevel level) {
            if (failedReservations >= ReservationAttempts.MAX_ATTEMPTS || !level.locationId().equals(EAST)) {
                return level;
            }
            return new StockLevel(level.sku(), level.locationId(), level.onHand() + 2, level.reserved(), level.ringFenced(),
                    level.bin());
        }
    }
}
