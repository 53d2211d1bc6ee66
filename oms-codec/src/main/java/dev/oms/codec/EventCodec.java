// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns {@link OrderEvent}s into JSON text and back. Each event is an object whose {@code "type"} names
 * its record; the names are part of the stored format, so renaming a record must keep its type name here.
 * Written field by field over Jackson's tree model rather than bound by reflection, so that the stored
 * format does not change when a Java field is renamed: one codec per event family
 * ({@link PlacementEventCodec} and its siblings) holds each record's stored form, and {@link EventEncoder}
 * picks it for each kind of event.
 *
 * <p>Events are always written in the newest format and read in any format stored so far (see the package
 * documentation). A format-v1 {@code PaymentAuthorized} carries no time of its own and takes its commit's:
 * decode stored events with their {@link StoredRow}, which also names the row in a failure.
 *
 * <p>Reading is strict (see {@code StoredJson}): malformed JSON, duplicate keys, trailing content, texts past
 * the parser's limits, unknown event types, missing or mistyped fields (a float where an integer belongs)
 * and values the events refuse all throw {@link StoredFormatException}, and nothing else.
 */
public final class EventCodec {
    private EventCodec() {}

    /**
     * {@return the JSON text of a list of events (one commit's)}
     *
     * @param events the commit's events, in order
     */
    public static String encodeAll(List<OrderEvent> events) {
        return StoredJson.write(toJsonAll(events));
    }

    /**
     * {@return the JSON text of one event}
     *
     * @param event the event
     */
    public static String encode(OrderEvent event) {
        return StoredJson.write(toJson(event));
    }

    /**
     * The events of {@link #encodeAll}'s text, in order, as stored in {@code row}: events of format v1 that
     * lack a time of their own take the time its commit was recorded.
     *
     * @param json the stored text
     * @param row the row it was read from, for the time and for error messages
     * @return the events, in order
     * @throws StoredFormatException naming {@code row} if the text is not a list of stored events
     */
    public static List<OrderEvent> decodeAll(String json, StoredRow row) {
        try {
            return decodeAll(StoredJson.read(json), row);
        } catch (Malformed e) {
            throw new StoredFormatException(row.toString(), e.getMessage());
        }
    }

    /** The events of an array read from {@code row}; throws {@link Malformed} if it is not one of stored events. */
    static List<OrderEvent> decodeAll(JsonNode array, StoredRow row) {
        if (!array.isArray()) {
            throw new Malformed("the stored value is not an array of events");
        }
        List<OrderEvent> events = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            events.add(fromJson(array.get(i), "event " + i, Optional.of(row.recordedAt())));
        }
        return events;
    }

    /**
     * The event of {@link #encode}'s text, stored in {@code row}.
     *
     * @param json the stored text
     * @param row the row it was read from, for the time and for error messages
     * @return the event
     * @throws StoredFormatException naming {@code row} if the text is not a stored event
     */
    public static OrderEvent decode(String json, StoredRow row) {
        try {
            return fromJson(StoredJson.read(json), "the event", Optional.of(row.recordedAt()));
        } catch (Malformed e) {
            throw new StoredFormatException(row.toString(), e.getMessage());
        }
    }

    /**
     * The event of {@link #encode}'s text, for a caller that knows no row: valid for any event written in
     * the current format.
     *
     * @param json the stored text
     * @return the event
     * @throws StoredFormatException if the text is not a stored event, or is a format-v1 event that needs its
     *     commit's time
     */
    public static OrderEvent decode(String json) {
        try {
            return fromJson(StoredJson.read(json), "the event", Optional.empty());
        } catch (Malformed e) {
            throw new StoredFormatException("a stored event", e.getMessage());
        }
    }

    /** {@return the stored form of a commit's events, the array {@link #encodeAll} writes} */
    static ArrayNode toJsonAll(List<OrderEvent> events) {
        return StoredJson.array(events, EventCodec::toJson);
    }

    static ObjectNode toJson(OrderEvent event) {
        return event.accept(EventEncoder.INSTANCE);
    }

    /** The event stored as {@code node}, which a failure calls {@code where}. */
    private static OrderEvent fromJson(JsonNode node, String where, Optional<Instant> recordedAt) {
        String type = null;
        try {
            Fields f = new Fields(node, "");
            type = f.string("type");
            String stored = type;
            return PlacementEventCodec.decode(stored, f)
                    .or(() -> AllocationEventCodec.decode(stored, f))
                    .or(() -> WaitingEventCodec.decode(stored, f))
                    .or(() -> IndentEventCodec.decode(stored, f))
                    .or(() -> PaymentEventCodec.decode(stored, f, recordedAt))
                    .or(() -> FulfilmentEventCodec.decode(stored, f))
                    .or(() -> CancellationEventCodec.decode(stored, f))
                    .or(() -> ApprovalEventCodec.decode(stored, f))
                    .or(() -> ReturnEventCodec.decode(stored, f))
                    .or(() -> ClaimEventCodec.decode(stored, f))
                    .or(() -> TrackingEventCodec.decode(stored, f))
                    .or(() -> EditEventCodec.decode(stored, f))
                    .or(() -> StoreCreditEventCodec.decode(stored, f))
                    .or(() -> ShipmentVoidEventCodec.decode(stored, f))
                    .or(() -> ExchangeEventCodec.decode(stored, f))
                    .or(() -> ReturnLabelEventCodec.decode(stored, f))
                    .or(() -> ReleaseEventCodec.decode(stored, f))
                    .or(() -> ExternalFulfilmentEventCodec.decode(stored, f))
                    .or(() -> EffectEventCodec.decode(stored, f))
                    .orElseThrow(() -> new Malformed("unknown event type"));
        } catch (Malformed e) {
            throw e.at(where + Malformed.quoted(type));
        } catch (RuntimeException e) {
            // The event records refused a value (a blank id, a negative quantity): their messages may quote it.
            throw new Malformed(where + Malformed.quoted(type) + " holds a value its event refuses ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
