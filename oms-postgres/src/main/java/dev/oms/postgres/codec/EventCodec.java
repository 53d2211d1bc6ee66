package dev.oms.postgres.codec;

import dev.oms.spi.event.OrderEvent;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link OrderEvent}s into JSON text and back. Each event is an object whose {@code "type"} names
 * its record; the names are part of the stored format, so renaming a record must keep its type name here.
 * Hand-written rather than reflective so that the stored format does not change when a Java
 * field is renamed: one codec per event family ({@link PlacementEventCodec} and its siblings) holds each
 * record's stored form, and {@link EventEncoder} picks it for each kind of event.
 */
public final class EventCodec {
    private EventCodec() {}

    /** The JSON text of a list of events (one commit's). */
    public static String encodeAll(List<OrderEvent> events) {
        return Json.write(events.stream().map(EventCodec::toJson).toList());
    }

    /** The events of {@link #encodeAll}'s text, in order. */
    public static List<OrderEvent> decodeAll(String json) {
        return Values.list(Json.read(json)).stream().map(e -> fromJson(Values.map(e))).toList();
    }

    /** The JSON text of one event. */
    public static String encode(OrderEvent event) {
        return Json.write(toJson(event));
    }

    /** The event of {@link #encode}'s text. */
    public static OrderEvent decode(String json) {
        return fromJson(Values.map(Json.read(json)));
    }

    static Map<String, Object> toJson(OrderEvent event) {
        return event.accept(EventEncoder.INSTANCE);
    }

    static OrderEvent fromJson(Map<String, Object> o) {
        Fields f = new Fields(o);
        String type = f.string("type");
        return PlacementEventCodec.decode(type, f)
                .or(() -> AllocationEventCodec.decode(type, f))
                .or(() -> WaitingEventCodec.decode(type, f))
                .or(() -> IndentEventCodec.decode(type, f))
                .or(() -> PaymentEventCodec.decode(type, f))
                .or(() -> FulfilmentEventCodec.decode(type, f))
                .or(() -> CancellationEventCodec.decode(type, f))
                .or(() -> EffectEventCodec.decode(type, f))
                .orElseThrow(() -> new IllegalArgumentException("unknown stored event type " + type));
    }
}
