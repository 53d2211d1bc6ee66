// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.insight.forecast.DemandForecaster;
import dev.oms.insight.forecast.DemandSeries;
import dev.oms.insight.forecast.Forecast;
import dev.oms.insight.forecast.ForecastMethod;
import dev.oms.insight.replenishment.LeadTime;
import dev.oms.insight.replenishment.LowStockSignal;
import dev.oms.insight.replenishment.LowStockSignals;
import dev.oms.insight.replenishment.PurchaseSuggestions;
import dev.oms.insight.replenishment.ReplenishmentItem;
import dev.oms.insight.replenishment.ServiceLevel;
import dev.oms.insight.replenishment.StockPosition;
import dev.oms.insight.replenishment.SuggestedPurchase;
import dev.oms.insight.replenishment.SupplierPurchases;
import dev.oms.insight.replenishment.SupplyTerms;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole story on one warehouse: daily order history in, forecasts, signals and purchases per supplier out. */
class ReplenishmentScenarioTest {

    private static final LocationId WAREHOUSE = LocationId.of("warehouse");
    private static final LocationId SHOE_MAKER = LocationId.of("shoe-maker");
    private static final LocationId PUBLISHER = LocationId.of("publisher");

    @Test
    void bootsSellingDailyAreReorderedInPacksWhileARarelySoldAtlasWithStockIsLeftAlone() {
        long[] bootsPerDay = new long[14];
        Arrays.fill(bootsPerDay, 20);
        Forecast boots = DemandForecaster.forecast(DemandSeries.of(bootsPerDay), 0.3);
        Forecast atlas = DemandForecaster.forecast(DemandSeries.of(0, 0, 6, 0, 3, 0, 0, 0, 9, 0), 0.5);
        ServiceLevel serviceLevel = ServiceLevel.of(0.95);

        // Boots: 20 a day and no error, so over 9 days the reorder point is 180 and the order cycle is 7 days of 140.
        // 100 available: buy up to 320, 220 units, over the minimum of 100, in packs of 12: 19 packs, 228.
        ReplenishmentItem bootItem = ReplenishmentItem.plan(new StockPosition(Sku.of("boot"), WAREHOUSE, 100, 0), boots,
                new SupplyTerms(SHOE_MAKER, LeadTime.ofPeriods(9), 100, 12), serviceLevel, 7);
        // The atlas: 81/52 a day by SBA; 40 available lasts well past a 5-day lead time with its safety stock.
        ReplenishmentItem atlasItem = ReplenishmentItem.plan(new StockPosition(Sku.of("atlas"), WAREHOUSE, 40, 0), atlas,
                new SupplyTerms(PUBLISHER, LeadTime.ofPeriods(5), 1, 1), serviceLevel, 30);

        assertThat(boots.method()).isEqualTo(ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING);
        assertThat(atlas.method()).isEqualTo(ForecastMethod.SYNTETOS_BOYLAN_APPROXIMATION);
        assertThat(bootItem.reorderPoint().units()).isEqualTo(180.0);
        assertThat(PurchaseSuggestions.suggest(List.of(atlasItem, bootItem))).containsExactly(new SupplierPurchases(SHOE_MAKER,
                List.of(new SuggestedPurchase(Sku.of("boot"), WAREHOUSE, SHOE_MAKER, 228))));
        assertThat(LowStockSignals.detect(List.of(atlasItem, bootItem)))
                .containsExactly(new LowStockSignal(Sku.of("boot"), WAREHOUSE, 100, 180));
    }
}
