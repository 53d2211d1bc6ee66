package dev.oms.postgres.codec;

import dev.oms.spi.event.OrderEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@link OrderEvent}s into JSON text and back. Each event is an object whose {@code "type"} names
 * its record; the names are part of the stored format, so renaming a record must keep its type name here.
 * Hand-written rather than reflective so that the stored format does not change when a Java
 * field is renamed: one codec per event family ({@link PlacementEventCodec} and its siblings) holds each
 * record's stored form, and {@link EventEncoder} picks it for each kind of event.
 *
 * <p>Events are always written in the newest format and read in any format stored so far (see the package
 * documentation). A format-v1 {@code PaymentAuthorized} carries no time of its own and takes its commit's:
 * decode stored events with the time their commit was recorded, as {@link #decodeAll(String, Instant)} and
 * {@link #decode(String, Instant)} do.
 */
public final class EventCodec {
    private EventCodec() {}

    /** The JSON text of a list of events (one commit's). */
    public static String encodeAll(List<OrderEvent> events) {
        return Json.write(events.stream().map(EventCodec::toJson).toList());
    }

    /**
     * The events of {@link #encodeAll}'s text, in order, as stored in a commit recorded at {@code recordedAt}:
     * events of format v1 that lack a time of their own take it.
     */
    public static List<OrderEvent> decodeAll(String json, Instant recordedAt) {
        Optional<Instant> commitTime = Optional.of(recordedAt);
        return Values.list(Json.read(json)).stream().map(e -> fromJson(Values.map(e), commitTime)).toList();
    }

    /** The JSON text of one event. */
    public static String encode(OrderEvent event) {
        return Json.write(toJson(event));
    }

    /** The event of {@link #encode}'s text, stored in a commit recorded at {@code recordedAt}. */
    public static OrderEvent decode(String json, Instant recordedAt) {
        return fromJson(Values.map(Json.read(json)), Optional.of(recordedAt));
    }

    /**
     * The event of {@link #encode}'s text, for a caller that does not know its commit: valid for any event
     * written in the current format.
     *
     * @throws IllegalArgumentException for a format-v1 event that needs its commit's time
     */
    public static OrderEvent decode(String json) {
        return fromJson(Values.map(Json.read(json)), Optional.empty());
    }

    static Map<String, Object> toJson(OrderEvent event) {
        return event.accept(EventEncoder.INSTANCE);
    }

    static OrderEvent fromJson(Map<String, Object> o, Optional<Instant> recordedAt) {
        Fields f = new Fields(o);
        String type = f.string("type");
        return PlacementEventCodec.decode(type, f)
                .or(() -> AllocationEventCodec.decode(type, f))
                .or(() -> WaitingEventCodec.decode(type, f))
                .or(() -> IndentEventCodec.decode(type, f))
                .or(() -> PaymentEventCodec.decode(type, f, recordedAt))
                .or(() -> FulfilmentEventCodec.decode(type, f))
                .or(() -> CancellationEventCodec.decode(type, f))
                .or(() -> EffectEventCodec.decode(type, f))
                .orElseThrow(() -> new IllegalArgumentException("unknown stored event type " + type));
    }
}
