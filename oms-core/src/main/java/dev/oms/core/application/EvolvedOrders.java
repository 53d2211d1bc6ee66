package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last evolved state of recently used orders, so that loading an order applies only the commits
 * stored since it was last seen instead of replaying its whole log. The facade loads an order once per
 * command and once per side effect, so without this a lifecycle replays its growing log dozens of times.
 *
 * <p>Sound because an {@code OrderStore} returns what was appended unchanged and in append order: the
 * first {@code v} commits of any later load are the ones a remembered state of version {@code v} was
 * evolved from. A remembered state newer than the stored log (which a correct store never shows) is
 * ignored and the log replayed from the start. Bounded: the least recently used order is dropped.
 * Thread-safe; evolving happens outside the lock.
 */
final class EvolvedOrders {
    private final Map<OrderId, Order> recent;

    EvolvedOrders(int capacity) {
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<OrderId, Order> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The order {@code stored} holds, evolved from the remembered state where that is a prefix of it. */
    Option<Order> evolve(StoredOrder stored) {
        Order known;
        synchronized (recent) {
            known = recent.get(stored.orderId());
        }
        List<OrderCommit> commits = stored.commits();
        Option<Order> order = known == null || known.version() > commits.size() ? Option.none() : Option.some(known);
        for (int next = order.isEmpty() ? 0 : (int) known.version(); next < commits.size(); next++) {
            order = Option.some(OrderEvolution.apply(order, commits.get(next)));
        }
        order.forEach(this::remember);
        return order;
    }

    /** Remembers an order's state, unless a newer version of it is already remembered. */
    void remember(Order order) {
        synchronized (recent) {
            recent.merge(order.id(), order, (kept, offered) -> offered.version() >= kept.version() ? offered : kept);
        }
    }
}
