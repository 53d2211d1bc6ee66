package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.OrderId;
import java.util.List;
import java.util.Optional;

/** Reading orders, for reports and customer service; changes nothing. Reached through {@link OrderManagement#queries()}. */
public final class OrderQueries {
    private final Settling settling;

    OrderQueries(Settling settling) {
        this.settling = settling;
    }

    /** The order as it stands, rebuilt from storage; empty for an order never placed. */
    public Optional<Order> find(OrderId orderId) {
        return settling.find(orderId).toJavaOptional();
    }

    /** Every stored order's id, in placement order. */
    public List<OrderId> orderIds() {
        return settling.ports().orders().orderIds();
    }
}
