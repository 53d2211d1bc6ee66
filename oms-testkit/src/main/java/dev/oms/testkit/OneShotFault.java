// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.ForwardingInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A storage or port failure that happens once: {@link #arm armed} with a {@link Plan}, the Nth call of
 * one port operation throws an {@link InjectedFault}, either instead of the call ({@link Timing#BEFORE}:
 * the port never did it) or after it ({@link Timing#AFTER}: the port did it and the answer was lost).
 * Wrap the host's ports with {@link #orders}, {@link #inventory}, {@link #holds} and {@link #payments}
 * and hand the wrappers to the facade; while disarmed the wrappers only delegate. One instance may wrap
 * the ports of several facades: the Nth call is counted over all of them. Thread-safe.
 */
public final class OneShotFault {

    /** The port operations a fault can hit. */
    public enum Target {
        /** {@link OrderStore#append}. */
        ORDER_APPEND,
        /** {@link OrderStore#load}. */
        ORDER_LOAD,
        /** {@link InventoryStore#reserve}. */
        INVENTORY_RESERVE,
        /** {@link InventoryStore#release}. */
        INVENTORY_RELEASE,
        /** {@link InventoryStore#receive}. */
        INVENTORY_RECEIVE,
        /** {@link InventoryStore#adjust}. */
        INVENTORY_ADJUST,
        /** {@link HoldStore#create}. */
        HOLD_CREATE,
        /** {@link HoldStore#end}. */
        HOLD_END,
        /** {@link HoldStore#reopen}. */
        HOLD_REOPEN,
        /** {@link PaymentGateway#authorize}. */
        PAYMENT_AUTHORIZE
    }

    /** Whether the failing call happens before it is made or after it took effect. */
    public enum Timing {
        /** The port throws without doing anything. */
        BEFORE,
        /** The port does the call, then throws: its answer is lost. */
        AFTER
    }

    /**
     * Which call fails.
     *
     * @param target the port operation that fails
     * @param nth the call of {@code target} that fails, counted from 1 after {@link #arm}
     * @param timing whether it fails before or after the call takes effect
     */
    public record Plan(Target target, int nth, Timing timing) {
        /**
         * Checks the plan: every component is required, and {@code nth} counts from 1.
         * @param target the port operation
         * @param nth the call that fails
         * @param timing before or after the call
         */
        public Plan {
            Objects.requireNonNull(target, "target is null");
            Objects.requireNonNull(timing, "timing is null");
            if (nth < 1) {
                throw new IllegalArgumentException("nth counts from 1, was " + nth);
            }
        }

        @Override
        public String toString() {
            return target + "#" + nth + "/" + timing;
        }
    }

    /** What an injected failure throws. */
    public static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(Plan plan) {
            super("injected fault: " + plan);
        }
    }

    private final AtomicReference<Plan> armed = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicBoolean fired = new AtomicBoolean();

    /**
     * Arms a fault; forgets any earlier one, whether it fired or not.
     * @param plan which call fails, and when
     */
    public void arm(Plan plan) {
        Objects.requireNonNull(plan, "plan is null");
        calls.set(0);
        fired.set(false);
        armed.set(plan);
    }

    /** No call fails from now on. */
    public void disarm() {
        armed.set(null);
    }

    /** {@return whether the fault last armed has thrown} */
    public boolean fired() {
        return fired.get();
    }

    /**
     * {@return {@code real}, failing once as armed}
     * @param real the host's order store
     */
    public OrderStore orders(OrderStore real) {
        Objects.requireNonNull(real, "real is null");
        return new ForwardingOrderStore(real) {
            @Override
            public Optional<StoredOrder> load(OrderId orderId) {
                return call(Target.ORDER_LOAD, () -> real.load(orderId));
            }

            @Override
            public List<OrderCommit> commitsAfter(OrderId orderId, long version) {
                return call(Target.ORDER_LOAD, () -> real.commitsAfter(orderId, version));
            }

            @Override
            public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
                return call(Target.ORDER_APPEND, () -> real.append(expectedVersion, commit, summary));
            }
        };
    }

    /**
     * {@return {@code real}, failing once as armed; ring-fenced receipts are passed through too}
     * @param real the host's inventory store
     */
    public InventoryStore inventory(InventoryStore real) {
        Objects.requireNonNull(real, "real is null");
        return new ForwardingInventoryStore(real) {
            @Override
            public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
                return call(Target.INVENTORY_RESERVE, () -> real.reserve(operationKey, movements));
            }

            @Override
            public void release(String operationKey, List<StockMovement> movements) {
                call(Target.INVENTORY_RELEASE, () -> {
                    real.release(operationKey, movements);
                    return null;
                });
            }

            @Override
            public void receive(String operationKey, Sku sku, LocationId locationId, long quantity) {
                call(Target.INVENTORY_RECEIVE, () -> {
                    real.receive(operationKey, sku, locationId, quantity);
                    return null;
                });
            }

            @Override
            public StockAdjusted adjust(String operationKey, StockAdjustment adjustment) {
                return call(Target.INVENTORY_ADJUST, () -> real.adjust(operationKey, adjustment));
            }
        };
    }

    /**
     * {@return {@code real}, failing once as armed}
     * @param real the host's hold store
     */
    public HoldStore holds(HoldStore real) {
        return new FaultyHoldStore(Objects.requireNonNull(real, "real is null"), this);
    }

    /**
     * {@return {@code real}, failing once as armed}
     * @param real the host's payment gateway
     */
    public PaymentGateway payments(PaymentGateway real) {
        Objects.requireNonNull(real, "real is null");
        return new PaymentGateway() {
            @Override
            public AuthorizationResult authorize(AuthorizationRequest request) {
                return call(Target.PAYMENT_AUTHORIZE, () -> real.authorize(request));
            }

            @Override
            public CaptureResult capture(CaptureRequest request) {
                return real.capture(request);
            }

            @Override
            public void voidAuthorization(VoidRequest request) {
                real.voidAuthorization(request);
            }

            @Override
            public RefundResult refund(RefundRequest request) {
                return real.refund(request);
            }
        };
    }

    <T> T call(Target target, Supplier<T> real) {
        Plan plan = armed.get();
        if (plan == null || plan.target() != target || calls.incrementAndGet() != plan.nth() || !fired.compareAndSet(false, true)) {
            return real.get();
        }
        if (plan.timing() == Timing.AFTER) {
            real.get();
        }
        throw new InjectedFault(plan);
    }
}
