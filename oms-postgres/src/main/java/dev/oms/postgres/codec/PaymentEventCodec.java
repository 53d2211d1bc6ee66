package dev.oms.postgres.codec;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of payment: authorisations, captures, prepayments, refunds and cash ({@link PaymentEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class PaymentEventCodec {
    private PaymentEventCodec() {}

    /** Format v2: v1 stored no {@code authorizedAt} (see {@link #authorized}). */
    static Map<String, Object> encode(PaymentAuthorized e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PaymentAuthorized");
        o.put("authorizationId", e.authorizationId().value());
        o.put("amount", Values.money(e.amount()));
        o.put("authorizedAt", e.authorizedAt().toString());
        return o;
    }

    static Map<String, Object> encode(PaymentDeclined e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PaymentDeclined");
        o.put("stage", e.stage().name());
        o.put("reason", e.reason());
        return o;
    }

    static Map<String, Object> encode(PaymentRetryRequested e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PaymentRetryRequested");
        o.put("paymentMethod", Values.paymentMethod(e.paymentMethod()));
        return o;
    }

    static Map<String, Object> encode(PaymentCaptured e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PaymentCaptured");
        o.put("packageId", e.packageId().value());
        o.put("authorizationId", e.authorizationId().value());
        o.put("captureId", e.captureId().value());
        o.put("amount", Values.money(e.amount()));
        return o;
    }

    static Map<String, Object> encode(AuthorizationLapsed e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "AuthorizationLapsed");
        o.put("authorizationId", e.authorizationId().value());
        o.put("amount", Values.money(e.amount()));
        return o;
    }

    static Map<String, Object> encode(AuthorizationVoided e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "AuthorizationVoided");
        o.put("authorizationId", e.authorizationId().value());
        o.put("amount", Values.money(e.amount()));
        return o;
    }

    static Map<String, Object> encode(PreorderPrepaid e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PreorderPrepaid");
        o.put("authorizationId", e.authorizationId().value());
        o.put("captureId", e.captureId().value());
        o.put("amount", Values.money(e.amount()));
        return o;
    }

    static Map<String, Object> encode(PaymentRefunded e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PaymentRefunded");
        o.put("captureId", e.captureId().value());
        o.put("refundId", e.refundId().value());
        o.put("amount", Values.money(e.amount()));
        return o;
    }

    static Map<String, Object> encode(RefundDeclined e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "RefundDeclined");
        o.put("captureId", e.captureId().value());
        o.put("amount", Values.money(e.amount()));
        o.put("reason", e.reason());
        return o;
    }

    static Map<String, Object> encode(CashCollected e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "CashCollected");
        o.put("packageId", e.packageId().value());
        o.put("amount", Values.money(e.amount()));
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
            case "PaymentDeclined" -> new PaymentDeclined(PaymentStage.valueOf(f.string("stage")),
                    f.string("reason"));
            case "PaymentRetryRequested" -> new PaymentRetryRequested(Values.paymentMethod(f.map("paymentMethod")));
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
        Instant authorizedAt = f.optionalString("authorizedAt").map(Instant::parse).or(() -> recordedAt)
                .orElseThrow(() -> new IllegalArgumentException(
                        "a PaymentAuthorized stored in format v1 has no authorizedAt: decode it with its commit's time"));
        return new PaymentAuthorized(AuthorizationId.of(f.string("authorizationId")), f.money("amount"), authorizedAt);
    }
}
