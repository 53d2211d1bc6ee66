// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.placement;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.pricing.PricingRequest;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LineId;
import java.util.ArrayList;
import java.util.List;

/** Builds what the pricing port is asked for a placement. */
public final class PricingRequests {
    private PricingRequests() {}

    /**
     * {@return the request pricing a valid order}: its lines with the ids placement gives them (by position), in the
     * currency of its first line, which every line shares once validated
     *
     * @param command the order, validated
     * @param locations every known location, where a pickup store is looked up
     */
    public static PricingRequest of(PlaceOrder command, io.vavr.collection.List<Location> locations) {
        Address shipTo = shipTo(command, locations);
        List<PricingRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < command.lines().size(); i++) {
            LineRequest line = command.lines().get(i);
            lines.add(new PricingRequest.Line(LineId.ofPosition(i), line.sku(), line.quantity(), line.unitPrice()));
        }
        return new PricingRequest(command.channel(), command.customer(), shipTo, command.pickup(), command.shippingService(),
                command.lines().get(0).unitPrice().getCurrencyUnit(), lines);
    }

    /** {@return where a valid order ships to: its ship-to address, or its pickup store's} */
    static Address shipTo(PlaceOrder command, io.vavr.collection.List<Location> locations) {
        return command.shipTo().orElseGet(() -> locations.find(l -> l.id().equals(command.pickup().get().store())).get().address().get());
    }
}
