// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageItem;
import io.vavr.collection.List;

/**
 * A request to the external fulfilment service of a third-party location: open for the units it neither shipped
 * nor rejected yet.
 *
 * @param id the request's id
 * @param location the provider's location
 * @param items the units requested, per line
 * @param shipped the units shipped so far, per line (one item per shipment)
 * @param rejected the units the provider gave up, per line (one item per rejection)
 * @param sent whether the request was handed to the fulfilment port
 */
public record ExternalRequest(FulfilmentRequestId id, LocationId location, List<PackageItem> items, List<PackageItem> shipped,
        List<PackageItem> rejected, boolean sent) {

    /**
     * {@return the units of a line the provider still has to ship or reject}
     *
     * @param line the line
     */
    public long openUnits(LineId line) {
        return units(items, line) - units(shipped, line) - units(rejected, line);
    }

    /** {@return whether the provider still has units of this request to answer for} */
    public boolean open() {
        return items.exists(i -> openUnits(i.lineId()) > 0);
    }

    private static long units(List<PackageItem> items, LineId line) {
        return items.filter(i -> i.lineId().equals(line)).map(PackageItem::quantity).sum().longValue();
    }

    ExternalRequest markSent() {
        return new ExternalRequest(id, location, items, shipped, rejected, true);
    }

    ExternalRequest shippedMore(java.util.List<PackageItem> contents) {
        return new ExternalRequest(id, location, items, shipped.appendAll(contents), rejected, sent);
    }

    ExternalRequest rejectedMore(java.util.List<PackageItem> given) {
        return new ExternalRequest(id, location, items, shipped, rejected.appendAll(given), sent);
    }
}
