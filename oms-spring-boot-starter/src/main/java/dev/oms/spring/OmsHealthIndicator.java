// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.spi.order.OwingOrders;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * oms is UP when its order store answers, no more orders owe side effects than
 * {@code oms.health.max-owing-orders}, and (with PostgreSQL stores) the oldest undelivered outbox event has
 * waited no longer than {@code oms.health.max-outbox-lag}. DOWN otherwise, or when the store cannot be read.
 * Details: {@code owingOrders}, {@code outboxPending}, {@code outboxLagSeconds}.
 */
public final class OmsHealthIndicator extends AbstractHealthIndicator {
    private final OwingOrders orders;
    private final Optional<OutboxMonitor> outbox;
    private final OmsProperties.Health limits;

    /**
     * A health indicator over the given stores and limits.
     *
     * @param orders the orders owing side effects
     * @param outbox the outbox's backlog, with PostgreSQL stores; empty otherwise
     * @param limits the owing orders and outbox lag that still count as UP
     */
    public OmsHealthIndicator(OwingOrders orders, Optional<OutboxMonitor> outbox, OmsProperties.Health limits) {
        super("oms health check failed");
        this.orders = orders;
        this.outbox = outbox;
        this.limits = limits;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long owing = OmsMeters.countOwing(orders);
        boolean up = owing <= limits.getMaxOwingOrders();
        builder.withDetail("owingOrders", owing);
        if (outbox.isPresent()) {
            OutboxMonitor.Backlog backlog = outbox.get().backlog();
            Duration lag = outbox.get().lag(backlog);
            builder.withDetail("outboxPending", backlog.pending()).withDetail("outboxLagSeconds", lag.toSeconds());
            up = up && lag.compareTo(limits.getMaxOutboxLag()) <= 0;
        }
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
