// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.effects;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRequested;
import dev.oms.spi.event.AllocationEvent.Relocation;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

/** The stock a move reserves at its target: its units of tracked lines, one movement per SKU. */
final class MoveMovements {
    private MoveMovements() {}

    static List<StockMovement> atTarget(Order order, AllocationMoveRequested move) {
        LinkedHashMap<Sku, Long> perSku = LinkedHashMap.empty();
        for (Relocation unit : move.units()) {
            if (order.line(unit.lineId()).exists(Line::stockTracked)) {
                perSku = perSku.put(unit.sku(), perSku.get(unit.sku()).getOrElse(0L) + unit.quantity());
            }
        }
        return perSku.map(e -> new StockMovement(e._1, move.target(), e._2)).toList();
    }
}
