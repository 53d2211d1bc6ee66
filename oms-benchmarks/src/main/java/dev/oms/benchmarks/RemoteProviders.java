// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.RefundId;
import org.joda.money.Money;

/**
 * The payment, carrier and notification ports as a host's remote providers look from inside its JVM: every keyed
 * call is answered from the request alone (ids made from the key, so a repeat answers the same) and nothing is kept
 * in this heap, as the provider keeps its books on its side. For measuring what oms itself keeps per order, apart
 * from the in-memory doubles' books ({@link RetainedHeap}). Every authorisation, capture, label and refund succeeds.
 */
final class RemoteProviders {
    private static final Money LABEL_COST = Money.parse("EUR 4.50");

    private RemoteProviders() {}

    static PaymentGateway payments() {
        return new PaymentGateway() {
            @Override
            public AuthorizationResult authorize(AuthorizationRequest request) {
                return new AuthorizationResult.Authorized(AuthorizationId.of("AUTH-" + request.idempotencyKey()), request.amount());
            }

            @Override
            public CaptureResult capture(CaptureRequest request) {
                return new CaptureResult.Captured(CaptureId.of("CAP-" + request.idempotencyKey()), request.amount());
            }

            @Override
            public void voidAuthorization(VoidRequest request) {
                // the provider releases the hold on the card; nothing to keep here
            }

            @Override
            public RefundResult refund(RefundRequest request) {
                return new RefundResult.Refunded(RefundId.of("REF-" + request.idempotencyKey()), request.amount());
            }
        };
    }

    static ShippingCarrier carrier() {
        return new ShippingCarrier() {
            @Override
            public LabelResult purchaseLabel(LabelRequest request) {
                return new LabelResult.Purchased("remote-carrier", LabelId.of("LBL-" + request.idempotencyKey()),
                        "TRK-" + request.idempotencyKey(), LABEL_COST);
            }

            @Override
            public void voidLabel(String idempotencyKey, LabelId labelId) {
                // the carrier cancels the label; nothing to keep here
            }
        };
    }

    static NotificationSender notifications() {
        return (Notification notification) -> { }; // handed to the provider, who delivers it
    }
}
