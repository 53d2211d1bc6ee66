// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.oms.core.application.MoveRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRefused;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.ForwardingInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shipping from a chosen location: allocated units move there whole, reserved there before they leave. */
class AllocationMoveTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LineId L2 = LineId.of("L2");
    private static final LocationId STORE = LocationId.of("STORE-HIGH-ST");
    private static final LocationId PICKUP = LocationId.of("STORE-PICKUP");
    private static final LocationId CLOSED = LocationId.of("STORE-CLOSED");

    @Test
    void aStoreShipsUnitsAllocatedAtTheWarehouseFromItsOwnShelves() {
        Shop shop = new Shop().stock("A", 3, 0, 2);
        Order placed = shop.oms.orders().place(order("M-1", line("A", 2, "EUR 10.00"))).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);

        Order moved = shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("move-1", STORE)).get();

        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(2);
        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, EAST)).isZero();
        assertThat(moved.moveInFlight()).isEmpty();
        assertThat(moved.releasesOwed()).isEmpty();
        assertThat(shop.stock("A", STORE).reserved()).isEqualTo(2);
        assertThat(shop.stock("A", EAST).reserved()).isZero();
        PickListsCreated listed = shop.oms.warehouse().createPickLists(placed.id(), STORE).get();
        assertThat(listed.order().pickLists().values()).extracting(PickList::location, p -> p.openUnits(L1))
                .containsExactly(tuple(STORE, 2L));
        // The same request again answers the order as it stands; the key with other units is refused.
        assertThat(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("move-1", STORE)).get().version())
                .isEqualTo(listed.order().version());
        assertThat(codes(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("move-1", STORE, L1, 1))))
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void namedUnitsMoveAndTheRestStayWhereTheyAre() {
        Shop shop = new Shop().stock("A", 3, 0, 5).stock("B", 4, 0, 5);
        Order placed = shop.oms.orders().place(order("M-2", line("A", 3, "EUR 10.00"), line("B", 4, "EUR 5.00"))).get();

        Order moved = shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("move-1", STORE, L2, 3)).get();

        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(moved.line(L2).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(moved.line(L2).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(3);
        assertThat(shop.stock("B", EAST).reserved()).isEqualTo(1);
        assertThat(shop.stock("B", STORE).reserved()).isEqualTo(3);
    }

    @Test
    void everyProblemOfATargetIsNamedAndNothingChanges() {
        Shop shop = new Shop().stock("A", 3, 0, 1);
        Order placed = shop.oms.orders().place(order("M-3", line("A", 2, "EUR 10.00"))).get();

        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("m-1", LocationId.of("NOWHERE")))))
                .containsExactly(tuple(ProblemCode.UNKNOWN_LOCATION, "target"));
        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("m-2", PICKUP))))
                .containsExactly(tuple(ProblemCode.LOCATION_CANNOT_SERVE, "target"));
        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("m-3", CLOSED, L1, 2))))
                .containsExactly(tuple(ProblemCode.LOCATION_CANNOT_SERVE, "target"), tuple(ProblemCode.INSUFFICIENT_STOCK, "target"));
        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("m-4", STORE, L1, 2))))
                .as("the store has one").containsExactly(tuple(ProblemCode.INSUFFICIENT_STOCK, "target"));
        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), new MoveRequest("m-5", STORE,
                Map.of(L1, 3L, LineId.of("L9"), 1L)))))
                .containsExactlyInAnyOrder(tuple(ProblemCode.ILLEGAL_TRANSITION, "units[L1]"), tuple(ProblemCode.UNKNOWN_LINE, "units[L9]"));
        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("m-6", STORE, L1, 0))))
                .containsExactly(tuple(ProblemCode.QUANTITY_NOT_POSITIVE, "units[L1]"));
        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("m-7", EAST))))
                .containsExactly(tuple(ProblemCode.NOTHING_TO_DO, "target"));
        assertUnchanged(shop, placed);
        assertThat(shop.stock("A", EAST).reserved()).isEqualTo(2);
    }

    @Test
    void unitsOnAnOpenPickListElsewhereStayAndTheListIsNamedUntilItIsVoided() {
        Shop shop = new Shop().stock("A", 3, 0, 5);
        Order placed = shop.oms.orders().place(order("M-4", line("A", 2, "EUR 10.00"))).get();
        PickListsCreated listed = shop.oms.warehouse().createPickLists(placed.id(), EAST).get();

        Either<Rejection, Order> refused = shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("m-1", STORE, L1, 2));

        assertThat(problems(refused)).containsExactly(tuple(ProblemCode.ILLEGAL_TRANSITION, "units[L1]"));
        assertThat(refused.getLeft().problems().get(0).message()).contains(listed.pickListIds().get(0).toString());
        assertThat(problems(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("m-2", STORE))))
                .containsExactly(tuple(ProblemCode.NOTHING_TO_DO, "target"));
        shop.oms.warehouse().voidPickList(placed.id(), listed.pickListIds().get(0), "shipping from the store").get();
        Order moved = shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("m-1", STORE, L1, 2)).get();
        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(2);
    }

    @Test
    void pickedUnitsDoNotMove() {
        Shop shop = new Shop().stock("A", 3, 0, 5);
        Order placed = shop.oms.orders().place(order("M-5", line("A", 2, "EUR 10.00"))).get();
        PickListsCreated listed = shop.oms.warehouse().createPickLists(placed.id(), EAST).get();
        shop.oms.warehouse().confirmPicked(placed.id(), listed.pickListIds().get(0)).get();

        Either<Rejection, Order> refused = shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.units("m-1", STORE, L1, 1));

        assertThat(problems(refused)).containsExactly(tuple(ProblemCode.ILLEGAL_TRANSITION, "units[L1]"));
        assertThat(refused.getLeft().problems().get(0).message()).contains("2 picked");
    }

    @Test
    void anOrderHeldForApprovalDoesNotMove() {
        Shop shop = new Shop().stock("A", 3, 0, 5);
        Order placed = shop.oms.orders().place(order("M-6", line("A", 2, "EUR 10.00"))).get();
        shop.oms.approvals().hold(placed.id(), new dev.oms.core.application.ApprovalRequest("h-1", dev.oms.spi.value.ApprovalReason.FRAUD_REVIEW, "score 90")).get();

        assertThat(codes(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("m-1", STORE))))
                .containsExactly(ProblemCode.ON_APPROVAL_HOLD);
    }

    @Test
    void aTargetWhoseStockRacedAwayRefusesAndTheUnitsStayWhereTheyWere() {
        Shop shop = new Shop(StockThief::new).stock("A", 3, 0, 2);
        Order placed = shop.oms.orders().place(order("M-7", line("A", 2, "EUR 10.00"))).get();

        Either<Rejection, Order> refused = shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("m-1", STORE));

        assertThat(problems(refused)).containsExactly(tuple(ProblemCode.INSUFFICIENT_STOCK, "target"));
        Order after = shop.oms.queries().find(placed.id()).get();
        assertThat(after.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(after.line(L1).get().count(Bucket.PENDING)).isZero();
        assertThat(after.moveInFlight()).isEmpty();
        assertThat(after.releasesOwed()).isEmpty();
        assertThat(shop.stock("A", EAST).reserved()).isEqualTo(2);
        assertThat(shop.stock("A", STORE).reserved()).as("the thief's unit only").isEqualTo(1);
        // The first answer stands for the key; a new key may try again.
        assertThat(codes(shop.oms.warehouse().moveAllocation(placed.id(), MoveRequest.everything("m-1", STORE))))
                .containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(after.handledCommands().values().flatMap(e -> e).filter(AllocationMoveRefused.class::isInstance)).hasSize(1);
    }

    @Test
    void stockTheMoveFreesGoesToTheOrderWaitingForItFirst() {
        Shop shop = new Shop(BackorderPolicy.perSku(HashMap.of(Sku.of("A"), BackorderTerms.allowedWithoutLimit())), i -> i)
                .stock("A", 2, 0, 0);
        Order first = shop.oms.orders().place(order("M-8", line("A", 2, "EUR 10.00"))).get();
        Order waiting = shop.oms.orders().place(order("M-9", line("A", 1, "EUR 10.00"))).get();
        assertThat(waiting.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        // The store's unit reaches the waiting order, which is then routed away from the store: it waits again.
        shop.oms.inbound().receiveStock(new StockReceipt("r-1", Sku.of("A"), STORE, 1)).get();
        shop.oms.sourcing().reroute(waiting.id(), STORE, "reroute-1", "store closed for the order").get();
        assertThat(shop.oms.queries().find(waiting.id()).get().line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);

        Order moved = shop.oms.warehouse().moveAllocation(first.id(), MoveRequest.units("m-1", STORE, L1, 1)).get();

        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(1);
        assertThat(shop.oms.queries().find(waiting.id()).get().line(L1).get().count(Bucket.ALLOCATED, EAST))
                .as("the unit freed at the warehouse went to the order waiting for it").isEqualTo(1);
        assertThat(shop.stock("A", EAST).reserved()).isEqualTo(2);
        assertThat(shop.stock("A", EAST).available()).isZero();
        assertThat(shop.stock("A", STORE).reserved()).isEqualTo(1);
        assertThat(problems(shop.oms.warehouse().moveAllocation(waiting.id(), MoveRequest.everything("m-2", STORE))))
                .as("the store failed the waiting order before").containsExactly(tuple(ProblemCode.LOCATION_CANNOT_SERVE, "target"));
    }

    @Test
    void aMoveResumedAfterTheInventoryFailedFreesItsStockToTheOrderWaitingForIt() {
        FailingOnce inventory = new FailingOnce();
        Shop shop = new Shop(BackorderPolicy.perSku(HashMap.of(Sku.of("A"), BackorderTerms.allowedWithoutLimit())), inventory)
                .stock("A", 2, 0, 0);
        Order first = shop.oms.orders().place(order("M-13", line("A", 2, "EUR 10.00"))).get();
        Order waiting = shop.oms.orders().place(order("M-14", line("A", 1, "EUR 10.00"))).get();
        shop.oms.inbound().receiveStock(new StockReceipt("r-1", Sku.of("A"), STORE, 1)).get();
        shop.oms.sourcing().reroute(waiting.id(), STORE, "reroute-1", "store closed for the order").get();

        inventory.failNextMove = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> shop.oms.warehouse().moveAllocation(first.id(),
                MoveRequest.units("m-1", STORE, L1, 1))).isInstanceOf(dev.oms.core.application.PortFailure.class);
        Order inFlight = shop.oms.queries().find(first.id()).get();
        assertThat(inFlight.moveInFlight().isDefined()).isTrue();
        assertThat(inFlight.line(L1).get().count(Bucket.ALLOCATED, EAST)).as("owned where it was").isEqualTo(2);
        assertThat(codes(shop.oms.orders().cancel(first.id(), dev.oms.core.application.CancelRequest.wholeOrder("c-1", "no")).map(c -> c.order())))
                .as("nothing else moves its units meanwhile").containsExactly(ProblemCode.NOT_CANCELLABLE);

        Order resumed = shop.oms.recovery().resume(first.id()).get();

        assertThat(resumed.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(1);
        assertThat(shop.oms.queries().find(waiting.id()).get().line(L1).get().count(Bucket.ALLOCATED, EAST))
                .as("the unit freed at the warehouse went to the order waiting for it").isEqualTo(1);
        assertThat(shop.stock("A", EAST).reserved()).isEqualTo(2);
    }

    private static void assertUnchanged(Shop shop, Order placed) {
        assertThat(shop.oms.queries().find(placed.id()).get().version()).isEqualTo(placed.version());
    }

    private static List<ProblemCode> codes(Either<Rejection, Order> answer) {
        return answer.getLeft().problems().map(Problem::code).toJavaList();
    }

    private static List<org.assertj.core.groups.Tuple> problems(Either<Rejection, Order> answer) {
        return answer.getLeft().problems().map(p -> tuple(p.code(), p.path())).toJavaList();
    }

    /** Reserves one of a move's units at its target under another key just before the move does: the race lost. */
    private static final class StockThief extends ForwardingInventoryStore {
        StockThief(InventoryStore inventory) {
            super(inventory);
        }

        @Override
        public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
            if (operationKey.contains(":move:")) {
                StockMovement first = movements.get(0);
                delegate().reserve("thief", List.of(new StockMovement(first.sku(), first.locationId(), 1)));
            }
            return delegate().reserve(operationKey, movements);
        }
    }

    /** Throws once, without reserving, when a move's target is reserved while {@link #failNextMove}. */
    private static final class FailingOnce implements java.util.function.UnaryOperator<InventoryStore> {
        boolean failNextMove;

        @Override
        public InventoryStore apply(InventoryStore real) {
            return new ForwardingInventoryStore(real) {
                @Override
                public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
                    if (failNextMove && operationKey.contains(":move:")) {
                        failNextMove = false;
                        throw new IllegalStateException("inventory unreachable");
                    }
                    return delegate().reserve(operationKey, movements);
                }
            };
        }
    }

    /** Two warehouses, a store that ships from its shelves, a pickup-only store and a closed one. */
    private static final class Shop {
        final InMemoryAdapters adapters = InMemoryAdapters.create();
        final OrderManagement oms;

        Shop() {
            this(i -> i);
        }

        Shop(java.util.function.UnaryOperator<InventoryStore> inventory) {
            this(BackorderPolicy.none(), inventory);
        }

        Shop(BackorderPolicy backorders, java.util.function.UnaryOperator<InventoryStore> inventory) {
            adapters.inventory()
                    .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                    .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2))
                    .addLocation(Location.of(STORE, "High Street", LocationType.STORE, 3))
                    .addLocation(Location.of(PICKUP, "Pickup point", LocationType.STORE, 4)
                            .withCapabilities(EnumSet.of(LocationCapability.PICKUP_IN_STORE)))
                    .addLocation(Location.of(CLOSED, "Closed store", LocationType.STORE, 5).withActive(false));
            Ports real = adapters.ports(TestShop.CLOCK);
            oms = OrderManagement.builder().ports(new Ports(real.orders(), inventory.apply(real.inventory()), real.payments(),
                    real.carrier(), real.notifications(), real.catalog(), real.ids(), real.clock())).backorderPolicy(backorders).build();
        }

        Shop stock(String sku, long east, long west, long store) {
            adapters.catalog().add(new Product(Sku.of(sku), "Product " + sku));
            adapters.inventory().setStock(Sku.of(sku), EAST, east, "E-" + sku).setStock(Sku.of(sku), WEST, west, "W-" + sku)
                    .setStock(Sku.of(sku), STORE, store, "S-" + sku).setStock(Sku.of(sku), PICKUP, 5, "P-" + sku);
            return this;
        }

        StockLevel stock(String sku, LocationId location) {
            return adapters.inventory().stockAt(Sku.of(sku), location).get();
        }
    }
}
