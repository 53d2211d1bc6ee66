// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catching up remembered state gives exactly what replaying the whole stored log gives, reading only new commits. */
class EvolvedOrdersTest {

    @Test
    void catchingUpTheLogAsItGrowsGivesWhatAFullReplayGivesReadingOnlyTheNewCommits() {
        TestShop shop = new TestShop().stock("SHOE", 10, 5);
        StoredOrder log = deliveredOrderLog(shop);
        GrowingLog store = new GrowingLog(shop, log);
        EvolvedOrders evolved = new EvolvedOrders(16);
        for (store.size = 1; store.size <= log.commits().size(); store.size++) {
            StoredOrder prefix = new StoredOrder(log.orderId(), log.commits().subList(0, store.size));
            assertThat(evolved.load(store, log.orderId())).isEqualTo(OrderEvolution.replay(prefix));
        }
        assertThat(store.wholeLogReads).isEqualTo(1);
        assertThat(store.commitsRead).isEqualTo(log.commits().size());
        assertThat(evolved.statistics()).isEqualTo(new EvolvedOrdersStatistics(log.commits().size() - 1, 1, 1, 16));
    }

    @Test
    void leastRecentlyUsedOrderIsDroppedBeyondCapacity() {
        TestShop shop = new TestShop().stock("SHOE", 10, 5);
        StoredOrder first = deliveredOrderLog(shop);
        Order other = shop.oms.orders().place(order("W-2", line("SHOE", 1, "EUR 50.00"))).get();
        EvolvedOrders evolved = new EvolvedOrders(1);
        OrderStore store = shop.adapters.orders();
        Order remembered = evolved.load(store, first.orderId()).get();
        assertThat(evolved.load(store, first.orderId()).get()).isSameAs(remembered);
        evolved.load(store, other.id());
        assertThat(evolved.load(store, first.orderId()).get()).isNotSameAs(remembered).isEqualTo(remembered);
        assertThat(evolved.statistics().misses()).isEqualTo(3);
    }

    @Test
    void theOrdersOfOneSegmentSpreadOverAllTheBucketsOfItsMap() {
        // A HashMap buckets a key by the low bits of (hash ^ hash >>> 16); a segment chosen by those same bits
        // left each segment's map using one bucket in 16.
        int segments = 16;
        java.util.Map<Integer, java.util.Set<Integer>> lowBitsPerSegment = new java.util.HashMap<>();
        for (int n = 0; n < 10_000; n++) {
            int hash = dev.oms.spi.value.OrderId.of(String.format("ORD-%06d", n)).hashCode();
            lowBitsPerSegment.computeIfAbsent(EvolvedOrders.segmentIndex(hash, segments), s -> new java.util.HashSet<>())
                    .add((hash ^ (hash >>> 16)) & 15);
        }
        assertThat(lowBitsPerSegment).hasSize(segments);
        lowBitsPerSegment.forEach((segment, lowBits) ->
                assertThat(lowBits).as("bucket bits used in segment %d", segment).hasSize(16));
        assertThat(EvolvedOrders.segmentIndex(-1, 1)).isZero();
        assertThat(EvolvedOrders.segmentIndex(Integer.MIN_VALUE, segments)).isBetween(0, segments - 1);
    }

    @Test
    void aCacheOfNoOrdersReplaysEveryLoad() {
        TestShop shop = new TestShop().stock("SHOE", 10, 5);
        StoredOrder log = deliveredOrderLog(shop);
        EvolvedOrders evolved = new EvolvedOrders(0);
        evolved.load(shop.adapters.orders(), log.orderId());
        assertThat(evolved.load(shop.adapters.orders(), log.orderId())).isEqualTo(OrderEvolution.replay(log));
        assertThat(evolved.statistics()).isEqualTo(new EvolvedOrdersStatistics(0, 2, 0, 0));
    }

    @Test
    void facadeSeesCommitsThatAnotherFacadeAppendedToTheSameStore() {
        TestShop shop = new TestShop().stock("SHOE", 10, 5);
        OrderManagement other = OrderManagement.using(shop.adapters.ports(TestShop.CLOCK));
        Order placed = shop.oms.orders().place(order("W-9", line("SHOE", 2, "EUR 50.00"))).get();
        assertThat(other.queries().find(placed.id())).isEqualTo(shop.oms.queries().find(placed.id()));
        Order picking = other.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        other.warehouse().confirmPicked(placed.id(), picking.pickLists().keySet().head()).get();
        StoredOrder stored = shop.adapters.orders().load(placed.id()).get();
        assertThat(shop.oms.queries().find(placed.id())).isEqualTo(OrderEvolution.replay(stored).toJavaOptional());
        assertThat(shop.oms.queries().find(placed.id()).get().version()).isEqualTo(stored.version());
    }

    /** The first {@code size} commits of a log, counting how it is read. */
    private static final class GrowingLog extends ForwardingOrderStore {
        private final StoredOrder log;
        int size;
        int wholeLogReads;
        int commitsRead;

        GrowingLog(TestShop shop, StoredOrder log) {
            super(shop.adapters.orders());
            this.log = log;
        }

        @Override
        public Optional<StoredOrder> load(OrderId orderId) {
            wholeLogReads++;
            commitsRead += size;
            return Optional.of(new StoredOrder(log.orderId(), log.commits().subList(0, size)));
        }

        @Override
        public List<OrderCommit> commitsAfter(OrderId orderId, long version) {
            commitsRead += size - (int) version;
            return log.commits().subList((int) version, size);
        }
    }

    private static StoredOrder deliveredOrderLog(TestShop shop) {
        Order order = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 50.00"))).get();
        order = shop.oms.warehouse().createPickLists(order.id()).map(PickListsCreated::order).get();
        order = shop.oms.warehouse().confirmPicked(order.id(), order.pickLists().keySet().head()).get();
        order = shop.oms.warehouse().confirmPacked(order.id(),
                PackRequest.of("pack", TestShop.EAST, List.of(new PackageItem(LineId.of("L1"), 2)))).map(Packed::order).get();
        PackageId pkg = order.packages().keySet().head();
        shop.oms.warehouse().ship(order.id(), pkg, "ground").map(Shipped::order).get();
        shop.oms.warehouse().confirmDelivery(order.id(), pkg).get();
        return shop.adapters.orders().load(order.id()).get();
    }
}
