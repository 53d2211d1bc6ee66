// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** What the reorder point, the purchase suggestions and the low-stock signals promise for any input. */
class ReplenishmentProperties {

    @Property
    void aHigherServiceLevelNeverLowersTheReorderPoint(@ForAll @DoubleRange(min = 0, max = 10_000) @Scale(3) double demand,
            @ForAll @DoubleRange(min = 0, max = 1_000) @Scale(3) double sigma,
            @ForAll @DoubleRange(min = 0.1, max = 365) @Scale(2) double leadTime,
            @ForAll @DoubleRange(min = 0.5, max = 0.9999) @Scale(4) double level,
            @ForAll @DoubleRange(min = 0, max = 0.49) @Scale(4) double more) {
        double higher = Math.min(level + more, 0.9999);

        ReorderPoint lower = ReorderPoint.of(demand, sigma, LeadTime.ofPeriods(leadTime), ServiceLevel.of(level));
        ReorderPoint upper = ReorderPoint.of(demand, sigma, LeadTime.ofPeriods(leadTime), ServiceLevel.of(higher));

        assertThat(upper.units()).isGreaterThanOrEqualTo(lower.units());
    }

    @Property
    void aLongerLeadTimeNeverLowersTheReorderPoint(@ForAll @DoubleRange(min = 0, max = 10_000) @Scale(3) double demand,
            @ForAll @DoubleRange(min = 0, max = 1_000) @Scale(3) double sigma,
            @ForAll @DoubleRange(min = 0.1, max = 365) @Scale(2) double leadTime,
            @ForAll @DoubleRange(min = 0, max = 100) @Scale(2) double longer,
            @ForAll @DoubleRange(min = 0.5, max = 0.9999) @Scale(4) double level) {
        ServiceLevel serviceLevel = ServiceLevel.of(level);

        ReorderPoint shorter = ReorderPoint.of(demand, sigma, LeadTime.ofPeriods(leadTime), serviceLevel);
        ReorderPoint later = ReorderPoint.of(demand, sigma, LeadTime.ofPeriods(leadTime + longer), serviceLevel);

        assertThat(later.units()).isGreaterThanOrEqualTo(shorter.units());
        assertThat(later.safetyStock()).isGreaterThanOrEqualTo(shorter.safetyStock());
    }

    @Property
    void aSuggestedQuantityLiftsThePositionAboveTheReorderPointInWholePacksOfAtLeastTheMinimum(
            @ForAll("items") ReplenishmentItem item) {
        long quantity = PurchaseSuggestions.quantityToBuy(item);
        long position = item.position().inventoryPosition();
        double reorderPoint = item.reorderPoint().units();

        if (position > reorderPoint) {
            assertThat(quantity).isZero();
        } else {
            assertThat(quantity % item.terms().packSize()).isZero();
            assertThat(quantity).isGreaterThanOrEqualTo(item.terms().minimumOrderQuantity());
            assertThat(position + quantity).isGreaterThan((long) Math.floor(reorderPoint));
            assertThat((double) (position + quantity)).isGreaterThan(reorderPoint);
            assertThat((double) (position + quantity)).isGreaterThanOrEqualTo(reorderPoint + item.cycleDemand());
        }
    }

    @Property
    void everyItemThatNeedsUnitsIsSuggestedOnceUnderItsOwnSupplier(@ForAll @Size(max = 30) List<@From("items") ReplenishmentItem> items) {
        List<SupplierPurchases> suggestions = PurchaseSuggestions.suggest(items);

        long needed = items.stream().filter(item -> PurchaseSuggestions.quantityToBuy(item) > 0).count();
        assertThat(suggestions.stream().mapToLong(s -> s.purchases().size()).sum()).isEqualTo(needed);
        assertThat(suggestions.stream().map(SupplierPurchases::supplier).distinct().count()).isEqualTo(suggestions.size());
        assertThat(suggestions.stream().map(SupplierPurchases::supplier).toList()).isSorted();
    }

    @Property
    void aSkuIsSignalledLowExactlyWhenItsAvailableUnitsAreAtMostItsReorderPoint(@ForAll("items") ReplenishmentItem item) {
        boolean low = item.position().available() <= item.reorderPoint().units();

        assertThat(LowStockSignals.signal(item.position(), item.reorderPoint()).isPresent()).isEqualTo(low);
    }

    @Provide
    Arbitrary<ReplenishmentItem> items() {
        Arbitrary<StockPosition> positions = Combinators.combine(
                Arbitraries.of("boot", "sandal", "atlas", "console").map(Sku::of),
                Arbitraries.of("warehouse", "store").map(LocationId::of),
                Arbitraries.longs().between(0, 5_000),
                Arbitraries.longs().between(0, 5_000)).as(StockPosition::new);
        Arbitrary<ReorderPoint> reorderPoints = Combinators.combine(
                Arbitraries.doubles().between(0, 5_000).ofScale(3),
                Arbitraries.doubles().between(0, 2_000).ofScale(3)).as(ReorderPoint::new);
        Arbitrary<SupplyTerms> terms = Combinators.combine(
                Arbitraries.of("supplier-a", "supplier-b", "supplier-c").map(LocationId::of),
                Arbitraries.doubles().between(0.5, 60).ofScale(1).map(LeadTime::ofPeriods),
                Arbitraries.longs().between(1, 1_000),
                Arbitraries.longs().between(1, 144)).as(SupplyTerms::new);
        return Combinators.combine(positions, reorderPoints, Arbitraries.doubles().between(0, 3_000).ofScale(3), terms)
                .as(ReplenishmentItem::new);
    }
}
