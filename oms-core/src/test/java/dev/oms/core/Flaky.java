// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.value.LabelId;
import java.util.function.Supplier;

/**
 * Port wrappers that fail on demand, the two ways that matter for crash safety: before the real call
 * (the port never saw it) and after it (the port acted, but the answer was lost).
 */
final class Flaky {
    enum Mode { BEFORE_CALL, AFTER_CALL }

    private int failuresLeft;
    private Mode mode = Mode.BEFORE_CALL;
    private int notificationAnswersLost;

    void failNext(int calls, Mode how) {
        failuresLeft = calls;
        mode = how;
    }

    void heal() {
        failuresLeft = 0;
    }

    /** Notifications the sender delivered whose answer was lost: the only reason to send one again. */
    int notificationAnswersLost() {
        return notificationAnswersLost;
    }

    <T> T call(Supplier<T> realCall) {
        return call(realCall, () -> {});
    }

    private <T> T call(Supplier<T> realCall, Runnable onAnswerLost) {
        if (failuresLeft > 0 && mode == Mode.BEFORE_CALL) {
            failuresLeft--;
            throw new IllegalStateException("simulated outage before the call");
        }
        T result = realCall.get();
        if (failuresLeft > 0) {
            failuresLeft--;
            onAnswerLost.run();
            throw new IllegalStateException("simulated outage after the call");
        }
        return result;
    }

    PaymentGateway payments(PaymentGateway real) {
        return new PaymentGateway() {
            @Override
            public AuthorizationResult authorize(AuthorizationRequest request) {
                return call(() -> real.authorize(request));
            }

            @Override
            public CaptureResult capture(CaptureRequest request) {
                return call(() -> real.capture(request));
            }

            @Override
            public void voidAuthorization(VoidRequest request) {
                call(() -> {
                    real.voidAuthorization(request);
                    return null;
                });
            }

            @Override
            public RefundResult refund(RefundRequest request) {
                return call(() -> real.refund(request));
            }
        };
    }

    ShippingCarrier carrier(ShippingCarrier real) {
        return new ShippingCarrier() {
            @Override
            public LabelResult purchaseLabel(LabelRequest request) {
                return call(() -> real.purchaseLabel(request));
            }

            @Override
            public LabelResult purchaseReturnLabel(ReturnLabelRequest request) {
                return call(() -> real.purchaseReturnLabel(request));
            }

            @Override
            public void voidLabel(String idempotencyKey, LabelId labelId) {
                call(() -> {
                    real.voidLabel(idempotencyKey, labelId);
                    return null;
                });
            }
        };
    }

    NotificationSender notifications(NotificationSender real) {
        return notification -> call(() -> {
            real.send(notification);
            return null;
        }, () -> notificationAnswersLost++);
    }
}
