// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PaymentEvent.AuthorizationLapsed;
import dev.oms.spi.event.PaymentEvent.AuthorizationVoided;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.PaymentRetryRequested;
import dev.oms.spi.event.PaymentEvent.PaymentStage;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.PaymentEvent.RefundDeclined;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.RefundId;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored form of the events of payment: authorisations, captures, prepayments, refunds and cash ({@link PaymentEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class PaymentEventCodec {
    private PaymentEventCodec() {}

    /** Format v2: v1 stored no {@code authorizedAt} (see {@link #authorized}). */
    static ObjectNode encode(PaymentAuthorized e) {
        ObjectNode o = StoredJson.typed("PaymentAuthorized");
        o.put("authorizationId", e.authorizationId().value());
        o.set("amount", Values.money(e.amount()));
        o.put("authorizedAt", InstantText.of(e.authorizedAt()));
        return o;
    }

    static ObjectNode encode(PaymentDeclined e) {
        ObjectNode o = StoredJson.typed("PaymentDeclined");
        o.put("stage", e.stage().name());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(PaymentRetryRequested e) {
        ObjectNode o = StoredJson.typed("PaymentRetryRequested");
        o.set("paymentMethod", Values.paymentMethod(e.paymentMethod()));
        return o;
    }

    static ObjectNode encode(PaymentCaptured e) {
        ObjectNode o = StoredJson.typed("PaymentCaptured");
        o.put("packageId", e.packageId().value());
        o.put("authorizationId", e.authorizationId().value());
        o.put("captureId", e.captureId().value());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    static ObjectNode encode(AuthorizationLapsed e) {
        ObjectNode o = StoredJson.typed("AuthorizationLapsed");
        o.put("authorizationId", e.authorizationId().value());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    static ObjectNode encode(AuthorizationVoided e) {
        ObjectNode o = StoredJson.typed("AuthorizationVoided");
        o.put("authorizationId", e.authorizationId().value());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    static ObjectNode encode(PreorderPrepaid e) {
        ObjectNode o = StoredJson.typed("PreorderPrepaid");
        o.put("authorizationId", e.authorizationId().value());
        o.put("captureId", e.captureId().value());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    static ObjectNode encode(PaymentRefunded e) {
        ObjectNode o = StoredJson.typed("PaymentRefunded");
        o.put("captureId", e.captureId().value());
        o.put("refundId", e.refundId().value());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    static ObjectNode encode(RefundDeclined e) {
        ObjectNode o = StoredJson.typed("RefundDeclined");
        o.put("captureId", e.captureId().value());
        o.set("amount", Values.money(e.amount()));
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(CashCollected e) {
        ObjectNode o = StoredJson.typed("CashCollected");
        o.put("packageId", e.packageId().value());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    /**
     * The event stored under {@code type}, if it is one of this family.
     *
     * @param recordedAt when the commit holding the event was recorded, if the caller knows: a v1
     *     {@code PaymentAuthorized} needs it
     */
    static Optional<OrderEvent> decode(String type, Fields f, Optional<Instant> recordedAt) {
        OrderEvent event = switch (type) {
            case "PaymentAuthorized" -> authorized(f, recordedAt);
            case "PaymentDeclined" -> new PaymentDeclined(f.enumValue("stage", PaymentStage.class),
                    f.string("reason"));
            case "PaymentRetryRequested" -> new PaymentRetryRequested(Values.paymentMethod(f.object("paymentMethod")));
            case "PaymentCaptured" -> new PaymentCaptured(PackageId.of(f.string("packageId")),
                    AuthorizationId.of(f.string("authorizationId")), CaptureId.of(f.string("captureId")), f.money("amount"));
            case "AuthorizationLapsed" -> new AuthorizationLapsed(AuthorizationId.of(f.string("authorizationId")), f.money("amount"));
            case "AuthorizationVoided" -> new AuthorizationVoided(AuthorizationId.of(f.string("authorizationId")), f.money("amount"));
            case "PreorderPrepaid" -> new PreorderPrepaid(AuthorizationId.of(f.string("authorizationId")), CaptureId.of(f.string("captureId")),
                    f.money("amount"));
            case "PaymentRefunded" -> new PaymentRefunded(CaptureId.of(f.string("captureId")), RefundId.of(f.string("refundId")),
                    f.money("amount"));
            case "RefundDeclined" -> new RefundDeclined(CaptureId.of(f.string("captureId")), f.money("amount"), f.string("reason"));
            case "CashCollected" -> new CashCollected(PackageId.of(f.string("packageId")), f.money("amount"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }

    /**
     * A stored authorisation. Format v1 stored no {@code authorizedAt}: the authorisation was granted when its
     * commit was recorded (oms recorded it in the commit that followed the provider's answer, at the commit's
     * time), so a v1 event takes the commit's time, and cannot be read without it.
     */
    private static PaymentAuthorized authorized(Fields f, Optional<Instant> recordedAt) {
        Instant authorizedAt = (f.optionalString("authorizedAt").isPresent() ? Optional.of(f.instant("authorizedAt")) : recordedAt)
                .orElseThrow(() -> new Malformed(
                        "a PaymentAuthorized stored in format v1 has no authorizedAt: decode it with its commit's time"));
        return new PaymentAuthorized(AuthorizationId.of(f.string("authorizationId")), f.money("amount"), authorizedAt);
    }
}
