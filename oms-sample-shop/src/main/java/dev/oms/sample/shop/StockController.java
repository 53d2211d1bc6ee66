// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import dev.oms.core.application.AdjustmentReport;
import dev.oms.spi.inventory.AdjustmentReason;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import dev.oms.spring.OmsCommands;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stock room's side: counts, damage, shrinkage and units found, recorded even below what orders were promised. */
@RestController
@RequestMapping("/stock")
class StockController {
    private final OmsCommands oms;

    StockController(OmsCommands oms) {
        this.oms = oms;
    }

    /**
     * Records an adjustment of a SKU at a location; orders whose units are gone give them up, newest first, and
     * are routed again, left waiting or cancelled by the shop's stock-loss policy.
     */
    @PostMapping("/{sku}/{location}/adjustments")
    AdjustmentView adjust(@PathVariable String sku, @PathVariable String location,
            @RequestHeader(OrdersController.IDEMPOTENCY_KEY) String key, @RequestBody Adjustment adjustment) {
        StockAdjustment recorded = new StockAdjustment(Sku.of(sku), LocationId.of(location), adjustment.reason(),
                adjustment.quantity());
        AdjustmentReport report = oms.run("adjustStock", null, key, () -> oms.oms().stocktaking().adjust(recorded, key))
                .getOrElseThrow(Rejected::new);
        return new AdjustmentView(report.stock().onHandBefore(), report.stock().onHandAfter(),
                report.ordersShort().stream().map(o -> o.id().value()).toList(),
                report.ordersFilled().stream().map(o -> o.id().value()).toList(), report.unsettled());
    }

    /**
     * An adjustment as the stock room reports it.
     *
     * @param reason {@code COUNT} (quantity is what was counted), {@code DAMAGE} or {@code SHRINKAGE} (units gone),
     *     {@code FOUND} (units that turned up)
     * @param quantity the units counted, gone or found
     */
    record Adjustment(AdjustmentReason reason, long quantity) {}

    /**
     * What the adjustment did.
     *
     * @param onHandBefore units on hand by the books before
     * @param onHandAfter units on hand now
     * @param ordersShort the orders that gave units up, newest first
     * @param ordersFilled the waiting orders filled from units found
     * @param unsettled units still promised beyond what is on hand (being picked or packed)
     */
    record AdjustmentView(long onHandBefore, long onHandAfter, List<String> ordersShort, List<String> ordersFilled,
            long unsettled) {}
}
