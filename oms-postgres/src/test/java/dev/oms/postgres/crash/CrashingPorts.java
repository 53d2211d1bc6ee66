// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres.crash;

import java.util.Optional;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.List;

/** Port wrappers that route every call through a {@link Crash}. */
final class CrashingPorts {
    private CrashingPorts() {}

    static OrderStore orders(OrderStore real, Crash crash) {
        return new ForwardingOrderStore(real) {
            @Override
            public Optional<StoredOrder> load(OrderId orderId) {
                return crash.storageCall(() -> real.load(orderId));
            }

            @Override
            public List<OrderCommit> commitsAfter(OrderId orderId, long version) {
                return crash.storageCall(() -> real.commitsAfter(orderId, version));
            }

            @Override
            public Optional<OrderId> findByChannelOrder(Channel channel, String externalId) {
                return crash.storageCall(() -> real.findByChannelOrder(channel, externalId));
            }

            @Override
            public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
                return crash.storageCall(() -> real.append(expectedVersion, commit, summary));
            }

            @Override
            public Page<OrderId> orderIds(PageRequest page) {
                return crash.storageCall(() -> real.orderIds(page));
            }

            @Override
            public List<WaitingLine> waitingFor(Sku sku) {
                return crash.storageCall(() -> real.waitingFor(sku));
            }

            @Override
            public List<WaitingLine> waitingAfter(Sku sku, java.util.Optional<WaitingLine> after, int limit) {
                return crash.storageCall(() -> real.waitingAfter(sku, after, limit));
            }

            @Override
            public List<dev.oms.spi.order.WaitingTotal> waitingTotals(Sku sku, java.util.Optional<OrderId> except) {
                return crash.storageCall(() -> real.waitingTotals(sku, except));
            }

            @Override
            public Page<OrderId> owingEffects(PageRequest page) {
                return crash.storageCall(() -> real.owingEffects(page));
            }
        };
    }

    static InventoryStore inventory(InventoryStore real, Crash crash) {
        return new InventoryStore() {
            @Override
            public List<Location> locations() {
                return crash.storageCall(real::locations);
            }

            @Override
            public List<StockLevel> stockOf(Sku sku) {
                return crash.storageCall(() -> real.stockOf(sku));
            }

            @Override
            public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
                return crash.portCall(() -> real.reserve(operationKey, movements));
            }

            @Override
            public void release(String operationKey, List<StockMovement> movements) {
                crash.portCall(() -> {
                    real.release(operationKey, movements);
                    return null;
                });
            }

            @Override
            public void consume(String operationKey, List<StockMovement> movements) {
                crash.portCall(() -> {
                    real.consume(operationKey, movements);
                    return null;
                });
            }

            @Override
            public void receive(String operationKey, Sku sku, LocationId locationId, long quantity) {
                crash.portCall(() -> {
                    real.receive(operationKey, sku, locationId, quantity);
                    return null;
                });
            }

            @Override
            public void receiveRingFenced(String operationKey, Sku sku, LocationId locationId, long quantity) {
                crash.portCall(() -> {
                    real.receiveRingFenced(operationKey, sku, locationId, quantity);
                    return null;
                });
            }

            @Override
            public void reserveRingFenced(String operationKey, List<StockMovement> movements) {
                crash.portCall(() -> {
                    real.reserveRingFenced(operationKey, movements);
                    return null;
                });
            }
        };
    }

    static PaymentGateway payments(PaymentGateway real, Crash crash) {
        return new PaymentGateway() {
            @Override
            public AuthorizationResult authorize(AuthorizationRequest request) {
                return crash.portCall(() -> real.authorize(request));
            }

            @Override
            public CaptureResult capture(CaptureRequest request) {
                return crash.portCall(() -> real.capture(request));
            }

            @Override
            public void voidAuthorization(VoidRequest request) {
                crash.portCall(() -> {
                    real.voidAuthorization(request);
                    return null;
                });
            }

            @Override
            public RefundResult refund(RefundRequest request) {
                return crash.portCall(() -> real.refund(request));
            }
        };
    }

    static ShippingCarrier carrier(ShippingCarrier real, Crash crash) {
        return new ShippingCarrier() {
            @Override
            public LabelResult purchaseLabel(LabelRequest request) {
                return crash.portCall(() -> real.purchaseLabel(request));
            }

            @Override
            public LabelResult purchaseReturnLabel(ReturnLabelRequest request) {
                return crash.portCall(() -> real.purchaseReturnLabel(request));
            }

            @Override
            public void voidLabel(String idempotencyKey, LabelId labelId) {
                crash.portCall(() -> {
                    real.voidLabel(idempotencyKey, labelId);
                    return null;
                });
            }
        };
    }

    static NotificationSender notifications(NotificationSender real, Crash crash) {
        return notification -> crash.portCall(() -> {
            real.send(notification);
            return null;
        });
    }

    static StoreCredit storeCredit(StoreCredit real, Crash crash) {
        return request -> crash.portCall(() -> real.issue(request));
    }
}
