// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Sku;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * The stored form of the events of the placement of an order ({@link PlacementEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class PlacementEventCodec {
    private PlacementEventCodec() {}

    static ObjectNode encode(OrderPlaced e) {
        ObjectNode o = StoredJson.typed("OrderPlaced");
        o.put("orderId", e.orderId().value());
        o.put("channel", e.channel().code());
        o.put("externalId", e.externalId());
        o.put("customer", e.customer().value());
        o.set("shipTo", Values.address(e.shipTo()));
        // Written only for a pickup order (format v4): an order shipped to the customer is stored as before v4.
        e.pickup().ifPresent(pickup -> o.set("pickup", pickup(pickup)));
        o.set("paymentMethod", Values.paymentMethod(e.paymentMethod()));
        o.put("currency", e.currency().getCode());
        o.set("lines", StoredJson.array(e.lines(), PlacementEventCodec::placedLine));
        o.put("placedAt", InstantText.of(e.placedAt()));
        // Written only when shipping is charged (format v6): an order without a charge is stored as before v6.
        e.shipping().ifPresent(shipping -> o.set("shipping", PriceCodec.shipping(shipping)));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "OrderPlaced" -> new OrderPlaced(OrderId.of(f.string("orderId")), Channel.of(f.string("channel")),
                    f.string("externalId"), CustomerRef.of(f.string("customer")), Values.address(f.object("shipTo")),
                    f.has("pickup") ? Optional.of(pickup(f.object("pickup"))) : Optional.empty(), Values.paymentMethod(f.object("paymentMethod")), CurrencyUnit.of(f.string("currency")),
                    f.objects("lines").stream().map(PlacementEventCodec::placedLine).toList(), f.instant("placedAt"),
                    f.has("shipping") ? Optional.of(PriceCodec.shipping(f.object("shipping"))) : Optional.empty());
            default -> null;
        };
        return Optional.ofNullable(event);
    }

    private static ObjectNode pickup(Pickup pickup) {
        ObjectNode o = StoredJson.object();
        o.put("store", pickup.store().value());
        o.put("transferAllowed", pickup.transferAllowed());
        return o;
    }

    private static Pickup pickup(Fields f) {
        return new Pickup(LocationId.of(f.string("store")), f.bool("transferAllowed"));
    }

    static ObjectNode placedLine(PlacedLine line) {
        ObjectNode o = StoredJson.object();
        o.put("lineId", line.lineId().value());
        o.put("sku", line.sku().code());
        o.put("quantity", line.quantity());
        o.set("unitPrice", Values.money(line.unitPrice()));
        if (!line.stockTracked()) {
            // Written only for an untracked line (format v3): a tracked line is stored as before v3.
            o.put("stockTracked", false);
        }
        PriceCodec.breakdown(line.price(), o); // only what the line has (format v6): a line priced as given is stored as before
        return o;
    }

    /** A line stored before format v3 has no {@code stockTracked}: every SKU's stock was tracked then. One stored before
     * v6 has no discounts, taxes or {@code taxIncluded}: it was priced as given. */
    static PlacedLine placedLine(Fields f) {
        return new PlacedLine(LineId.of(f.string("lineId")), Sku.of(f.string("sku")), f.number("quantity"),
                f.money("unitPrice"), f.flag("stockTracked", true), PriceCodec.breakdown(f));
    }
}
