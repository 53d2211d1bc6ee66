// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Stored forms of the values events and stock answers carry. */
final class Values {
    private Values() {}

    /** Money as currency code and a decimal string, exact to the minor unit: no floating point anywhere. */
    static ObjectNode money(Money money) {
        ObjectNode o = StoredJson.object();
        o.put("currency", money.getCurrencyUnit().getCode());
        o.put("amount", money.getAmount().toPlainString());
        return o;
    }

    static Money money(Fields f) {
        String amount = f.string("amount");
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw f.invalid("amount", "is not a decimal");
        }
        return Money.of(CurrencyUnit.of(f.string("currency")), decimal);
    }

    static ObjectNode paymentMethod(PaymentMethod method) {
        ObjectNode o = StoredJson.object();
        if (method instanceof PaymentMethod.Card card) {
            o.put("kind", "card");
            o.put("token", card.token());
        } else {
            o.put("kind", "cashOnDelivery");
        }
        return o;
    }

    static PaymentMethod paymentMethod(Fields f) {
        return switch (f.string("kind")) {
            case "card" -> PaymentMethod.card(f.string("token"));
            case "cashOnDelivery" -> PaymentMethod.cashOnDelivery();
            default -> throw f.invalid("kind", "is not a known payment method");
        };
    }

    /** Coordinates travel as {@link Double#toString} text, which parses back to the same double. */
    static ObjectNode address(Address address) {
        ObjectNode o = StoredJson.object();
        o.put("recipient", address.recipient());
        address.lines().forEach(o.putArray("lines")::add);
        o.put("city", address.city());
        o.put("postalCode", address.postalCode());
        o.put("countryCode", address.countryCode());
        o.put("latitude", address.coordinates().map(c -> Double.toString(c.latitude())).orElse(null));
        o.put("longitude", address.coordinates().map(c -> Double.toString(c.longitude())).orElse(null));
        return o;
    }

    static Address address(Fields f) {
        Address.Builder builder = Address.builder();
        builder.recipient(f.string("recipient"))
                .addAllLines(f.strings("lines"))
                .city(f.string("city"))
                .postalCode(f.string("postalCode"))
                .countryCode(f.string("countryCode"));
        if (f.optionalString("latitude").isPresent()) {
            builder.coordinates(new Coordinates(coordinate(f, "latitude"), coordinate(f, "longitude")));
        }
        return builder.build();
    }

    private static double coordinate(Fields f, String name) {
        try {
            return Double.parseDouble(f.string(name));
        } catch (NumberFormatException e) {
            throw f.invalid(name, "is not a decimal");
        }
    }

    static ObjectNode shortfall(Shortfall shortfall) {
        ObjectNode o = StoredJson.object();
        o.put("sku", shortfall.sku().code());
        o.put("locationId", shortfall.locationId().value());
        o.put("requested", shortfall.requested());
        o.put("available", shortfall.available());
        return o;
    }

    static Shortfall shortfall(Fields f) {
        return new Shortfall(Sku.of(f.string("sku")), LocationId.of(f.string("locationId")), f.number("requested"),
                f.number("available"));
    }
}
