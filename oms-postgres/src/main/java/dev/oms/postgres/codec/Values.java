package dev.oms.postgres.codec;

import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Stored forms of the values events and stock answers carry. */
final class Values {
    private Values() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("stored value is not an object");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("stored value is not an array");
        }
        return (List<Object>) value;
    }

    /** Money as currency code and a decimal string, exact to the minor unit. */
    static Map<String, Object> money(Money money) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("currency", money.getCurrencyUnit().getCode());
        o.put("amount", money.getAmount().toPlainString());
        return o;
    }

    static Money money(Map<String, Object> o) {
        Fields f = new Fields(o);
        return Money.of(CurrencyUnit.of(f.string("currency")), new BigDecimal(f.string("amount")));
    }

    static Map<String, Object> paymentMethod(PaymentMethod method) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (method instanceof PaymentMethod.Card card) {
            o.put("kind", "card");
            o.put("token", card.token());
        } else {
            o.put("kind", "cashOnDelivery");
        }
        return o;
    }

    static PaymentMethod paymentMethod(Map<String, Object> o) {
        Fields f = new Fields(o);
        String kind = f.string("kind");
        return switch (kind) {
            case "card" -> PaymentMethod.card(f.string("token"));
            case "cashOnDelivery" -> PaymentMethod.cashOnDelivery();
            default -> throw new IllegalArgumentException("unknown stored payment method " + kind);
        };
    }

    /** Coordinates travel as {@link Double#toString} text, which parses back to the same double. */
    static Map<String, Object> address(Address address) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("recipient", address.recipient());
        o.put("lines", List.copyOf(address.lines()));
        o.put("city", address.city());
        o.put("postalCode", address.postalCode());
        o.put("countryCode", address.countryCode());
        o.put("latitude", address.coordinates().map(c -> Double.toString(c.latitude())).orElse(null));
        o.put("longitude", address.coordinates().map(c -> Double.toString(c.longitude())).orElse(null));
        return o;
    }

    static Address address(Map<String, Object> o) {
        Fields f = new Fields(o);
        Address.Builder builder = Address.builder();
        builder.recipient(f.string("recipient"))
                .addAllLines(f.strings("lines"))
                .city(f.string("city"))
                .postalCode(f.string("postalCode"))
                .countryCode(f.string("countryCode"));
        f.optionalString("latitude").ifPresent(latitude -> builder.coordinates(
                new Coordinates(Double.parseDouble(latitude), Double.parseDouble(f.string("longitude")))));
        return builder.build();
    }

    static Map<String, Object> shortfall(Shortfall shortfall) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("sku", shortfall.sku().code());
        o.put("locationId", shortfall.locationId().value());
        o.put("requested", shortfall.requested());
        o.put("available", shortfall.available());
        return o;
    }

    static Shortfall shortfall(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new Shortfall(Sku.of(f.string("sku")), LocationId.of(f.string("locationId")), f.number("requested"),
                f.number("available"));
    }
}
