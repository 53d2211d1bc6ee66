package dev.oms.core.application;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading from remembered state gives exactly what replaying the whole stored log gives. */
class EvolvedOrdersTest {

    @Test
    void evolvingTheLogAsItGrowsGivesWhatAFullReplayGives() {
        StoredOrder log = deliveredOrderLog(new TestShop().stock("SHOE", 10, 5));
        EvolvedOrders evolved = new EvolvedOrders(16);
        for (int size = 1; size <= log.commits().size(); size++) {
            StoredOrder prefix = new StoredOrder(log.orderId(), log.commits().subList(0, size));
            assertThat(evolved.evolve(prefix)).isEqualTo(OrderEvolution.replay(prefix));
        }
    }

    @Test
    void rememberedStateNewerThanTheStoredLogIsIgnored() {
        StoredOrder log = deliveredOrderLog(new TestShop().stock("SHOE", 10, 5));
        EvolvedOrders evolved = new EvolvedOrders(16);
        evolved.evolve(log);
        StoredOrder shorter = new StoredOrder(log.orderId(), log.commits().subList(0, 3));
        assertThat(evolved.evolve(shorter)).isEqualTo(OrderEvolution.replay(shorter));
        assertThat(evolved.evolve(shorter).get().version()).isEqualTo(3);
    }

    @Test
    void leastRecentlyUsedOrderIsDroppedBeyondCapacity() {
        StoredOrder first = deliveredOrderLog(new TestShop().stock("SHOE", 10, 5));
        StoredOrder second = new StoredOrder(OrderId.of("other"), first.commits());
        EvolvedOrders evolved = new EvolvedOrders(1);
        Order remembered = evolved.evolve(first).get();
        assertThat(evolved.evolve(first).get()).isSameAs(remembered);
        evolved.evolve(second);
        assertThat(evolved.evolve(first).get()).isNotSameAs(remembered).isEqualTo(remembered);
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
