package dev.oms.postgres.codec;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.EffectEvent.PrepaymentRequested;
import dev.oms.spi.event.PaymentEvent.RefundDeclined;
import dev.oms.spi.value.LineId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of pre-orders charged at placement: prepayments and their refunds. Kept
 * apart from {@link EventCodec} so each file stays readable; the same rules hold: {@code "type"} names the
 * record and is part of the stored format.
 */
final class PrepaymentEventCodec {
    private PrepaymentEventCodec() {}

    static Optional<Map<String, Object>> toJson(OrderEvent event) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (event instanceof PrepaymentRequested e) {
            o.put("type", "PrepaymentRequested");
            o.put("attempt", (long) e.attempt());
            o.put("lineId", e.lineId().value());
            o.put("quantity", e.quantity());
            o.put("authorizationId", e.authorizationId());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof PreorderPrepaid e) {
            o.put("type", "PreorderPrepaid");
            o.put("authorizationId", e.authorizationId());
            o.put("captureId", e.captureId());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof PaymentRefunded e) {
            o.put("type", "PaymentRefunded");
            o.put("captureId", e.captureId());
            o.put("refundId", e.refundId());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof RefundDeclined e) {
            o.put("type", "RefundDeclined");
            o.put("captureId", e.captureId());
            o.put("amount", Values.money(e.amount()));
            o.put("reason", e.reason());
        } else {
            return Optional.empty();
        }
        return Optional.of(o);
    }

    static Optional<OrderEvent> fromJson(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "PrepaymentRequested" -> new PrepaymentRequested(f.integer("attempt"), LineId.of(f.string("lineId")),
                    f.number("quantity"), f.string("authorizationId"), f.money("amount"));
            case "PreorderPrepaid" -> new PreorderPrepaid(f.string("authorizationId"), f.string("captureId"),
                    f.money("amount"));
            case "PaymentRefunded" -> new PaymentRefunded(f.string("captureId"), f.string("refundId"), f.money("amount"));
            case "RefundDeclined" -> new RefundDeclined(f.string("captureId"), f.money("amount"), f.string("reason"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
