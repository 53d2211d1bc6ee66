package dev.oms.postgres.codec;

import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored forms of what the inventory tables keep as text: the request and answer of an applied
 * operation key, and a location's address.
 */
public final class StockCodec {
    private StockCodec() {}

    /** A request as remembered with its operation key; equal requests give equal text. */
    public static String movements(List<StockMovement> movements) {
        return Json.write(movements.stream().map(m -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sku", m.sku().code());
            o.put("locationId", m.locationId().value());
            o.put("quantity", m.quantity());
            return o;
        }).toList());
    }

    /** The movements of {@link #movements(List)}'s text, in order. */
    public static List<StockMovement> movements(String json) {
        return Values.list(Json.read(json)).stream().map(Values::map).map(Fields::new)
                .map(f -> new StockMovement(Sku.of(f.string("sku")), LocationId.of(f.string("locationId")), f.number("quantity")))
                .toList();
    }

    /** A receipt as remembered with its operation key. */
    public static String receipt(Sku sku, LocationId locationId, long quantity) {
        return movements(List.of(new StockMovement(sku, locationId, quantity)));
    }

    /** A reservation's answer as remembered with its operation key. */
    public static String reservationResult(ReservationResult result) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (result instanceof ReservationResult.Insufficient insufficient) {
            o.put("outcome", "insufficient");
            o.put("shortfalls", insufficient.shortfalls().stream().map(Values::shortfall).toList());
        } else {
            o.put("outcome", "reserved");
        }
        return Json.write(o);
    }

    /** The answer of {@link #reservationResult(ReservationResult)}'s text. */
    public static ReservationResult reservationResult(String json) {
        Fields f = new Fields(Values.map(Json.read(json)));
        String outcome = f.string("outcome");
        return switch (outcome) {
            case "reserved" -> new ReservationResult.Reserved();
            case "insufficient" -> new ReservationResult.Insufficient(
                    f.maps("shortfalls").stream().map(Values::shortfall).toList());
            default -> throw new IllegalArgumentException("unknown stored reservation outcome " + outcome);
        };
    }

    /** A location's address, coordinates included. */
    public static String address(Address address) {
        return Json.write(Values.address(address));
    }

    /** The address of {@link #address(Address)}'s text. */
    public static Address address(String json) {
        return Values.address(Values.map(Json.read(json)));
    }
}
