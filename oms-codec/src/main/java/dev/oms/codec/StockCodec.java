// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stored forms of what the inventory and hold tables keep as text: the request and answer of an applied
 * operation key, a location's address, and the units a hold holds or promises. A text that cannot be read
 * throws {@link StoredFormatException}.
 */
public final class StockCodec {
    private StockCodec() {}

    /**
     * {@return a request's text as remembered with its operation key; equal requests give equal text}
     *
     * @param movements the request's movements, in order
     */
    public static String movements(List<StockMovement> movements) {
        return StoredJson.write(StoredJson.array(movements, m -> {
            ObjectNode o = StoredJson.object();
            o.put("sku", m.sku().code());
            o.put("locationId", m.locationId().value());
            o.put("quantity", m.quantity());
            return o;
        }));
    }

    /**
     * {@return the movements of {@link #movements(List)}'s text, in order}
     *
     * @param json the stored text
     * @throws StoredFormatException if the text is not a list of stored movements
     */
    public static List<StockMovement> movements(String json) {
        return read("stored stock movements", json, root -> {
            if (!root.isArray()) {
                throw new Malformed("the stored value is not an array");
            }
            List<StockMovement> movements = new ArrayList<>(root.size());
            for (int i = 0; i < root.size(); i++) {
                Fields f = new Fields(root.get(i), "[" + i + "]");
                movements.add(new StockMovement(Sku.of(f.string("sku")), LocationId.of(f.string("locationId")), f.number("quantity")));
            }
            return movements;
        });
    }

    /**
     * {@return the text of the units a hold promises without stock, in order}
     *
     * @param promised the promised units
     */
    public static String promised(List<PromisedUnits> promised) {
        return StoredJson.write(StoredJson.array(promised, p -> {
            ObjectNode o = StoredJson.object();
            o.put("sku", p.sku().code());
            o.put("bucket", p.bucket().name());
            o.put("channel", p.channel().code());
            // Written only for backordered units a location's terms took, as UnitsBackordered does.
            p.waitsAt().ifPresent(at -> o.put("waitsAt", at.value()));
            o.put("quantity", p.quantity());
            return o;
        }));
    }

    /**
     * {@return the promised units of {@link #promised(List)}'s text, in order}
     *
     * @param json the stored text
     * @throws StoredFormatException if the text is not a list of stored promised units
     */
    public static List<PromisedUnits> promised(String json) {
        return read("stored promised units", json, root -> {
            if (!root.isArray()) {
                throw new Malformed("the stored value is not an array");
            }
            List<PromisedUnits> promised = new ArrayList<>(root.size());
            for (int i = 0; i < root.size(); i++) {
                Fields f = new Fields(root.get(i), "[" + i + "]");
                promised.add(new PromisedUnits(Sku.of(f.string("sku")), f.enumValue("bucket", Bucket.class),
                        Channel.of(f.string("channel")), f.optionalString("waitsAt").map(LocationId::of), f.number("quantity")));
            }
            return promised;
        });
    }

    /**
     * {@return a receipt's text as remembered with its operation key: the text of its one movement}
     *
     * @param sku the SKU received
     * @param locationId where it arrived
     * @param quantity how many units; positive
     */
    public static String receipt(Sku sku, LocationId locationId, long quantity) {
        return movements(List.of(new StockMovement(sku, locationId, quantity)));
    }

    /**
     * {@return a reservation's answer as remembered with its operation key}
     *
     * @param result the answer
     */
    public static String reservationResult(ReservationResult result) {
        ObjectNode o = StoredJson.object();
        if (result instanceof ReservationResult.Insufficient insufficient) {
            o.put("outcome", "insufficient");
            ArrayNode shortfalls = StoredJson.array(insufficient.shortfalls(), Values::shortfall);
            o.set("shortfalls", shortfalls);
        } else {
            o.put("outcome", "reserved");
        }
        return StoredJson.write(o);
    }

    /**
     * {@return the answer of {@link #reservationResult(ReservationResult)}'s text}
     *
     * @param json the stored text
     * @throws StoredFormatException if the text is not a stored reservation answer
     */
    public static ReservationResult reservationResult(String json) {
        return read("a stored reservation answer", json, root -> {
            Fields f = new Fields(root, "");
            return switch (f.string("outcome")) {
                case "reserved" -> new ReservationResult.Reserved();
                case "insufficient" -> new ReservationResult.Insufficient(
                        f.objects("shortfalls").stream().map(Values::shortfall).toList());
                default -> throw f.invalid("outcome", "is not a known reservation outcome");
            };
        });
    }

    /**
     * {@return a stock adjustment's text as remembered with its operation key; equal adjustments give equal text}
     *
     * @param adjustment the adjustment
     */
    public static String adjustment(StockAdjustment adjustment) {
        ObjectNode o = StoredJson.object();
        o.put("sku", adjustment.sku().code());
        o.put("locationId", adjustment.locationId().value());
        o.put("reason", adjustment.reason().name());
        o.put("quantity", adjustment.quantity());
        return StoredJson.write(o);
    }

    /**
     * {@return a stock adjustment's answer as remembered with its operation key}
     *
     * @param adjusted the answer
     */
    public static String adjusted(StockAdjusted adjusted) {
        ObjectNode o = StoredJson.object();
        o.put("onHandBefore", adjusted.onHandBefore());
        o.put("onHandAfter", adjusted.onHandAfter());
        o.put("reserved", adjusted.reserved());
        o.put("ringFenced", adjusted.ringFenced());
        return StoredJson.write(o);
    }

    /**
     * {@return the answer of {@link #adjusted(StockAdjusted)}'s text}
     *
     * @param json the stored text
     * @throws StoredFormatException if the text is not a stored adjustment answer
     */
    public static StockAdjusted adjusted(String json) {
        return read("a stored adjustment answer", json, root -> {
            Fields f = new Fields(root, "");
            return new StockAdjusted(f.number("onHandBefore"), f.number("onHandAfter"), f.number("reserved"),
                    f.number("ringFenced"));
        });
    }

    /**
     * {@return the text of a location's address, coordinates included}
     *
     * @param address the address
     */
    public static String address(Address address) {
        return StoredJson.write(Values.address(address));
    }

    /**
     * {@return the address of {@link #address(Address)}'s text}
     *
     * @param json the stored text
     * @throws StoredFormatException if the text is not a stored address
     */
    public static Address address(String json) {
        return read("a stored address", json, root -> Values.address(new Fields(root, "")));
    }

    /** Reads {@code json} as {@code what}, every failure a {@link StoredFormatException} that quotes no value. */
    private static <T> T read(String what, String json, Function<JsonNode, T> decode) {
        try {
            return decode.apply(StoredJson.read(json));
        } catch (Malformed e) {
            throw new StoredFormatException(what, e.getMessage());
        } catch (RuntimeException e) {
            throw new StoredFormatException(what, "it holds a value oms refuses (" + e.getClass().getSimpleName() + ")");
        }
    }
}
