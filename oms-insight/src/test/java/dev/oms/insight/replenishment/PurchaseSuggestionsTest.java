// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order-up-to rule within the supplier's minimum order quantity and pack size, worked by hand. */
class PurchaseSuggestionsTest {

    private static final LocationId WAREHOUSE = LocationId.of("warehouse");
    private static final LocationId STORE = LocationId.of("store");
    private static final LocationId SHOE_SUPPLIER = LocationId.of("supplier-shoes");
    private static final LocationId BOOK_SUPPLIER = LocationId.of("supplier-books");

    @Test
    void belowTheReorderPointBuyUpToItPlusACycleInWholePacks() {
        // position 30 + 10 = 40 ≤ 204.67; up to 204.67 + 140 = 344.67 needs 305 units, over MOQ 100; 26 packs of 12.
        ReplenishmentItem item = item(Sku.of("boot"), WAREHOUSE, 30, 10, new ReorderPoint(180, 24.67), 140,
                terms(SHOE_SUPPLIER, 100, 12));

        assertThat(PurchaseSuggestions.quantityToBuy(item)).isEqualTo(312);
    }

    @Test
    void theMinimumOrderQuantityWinsOverASmallNeed() {
        ReplenishmentItem item = item(Sku.of("boot"), WAREHOUSE, 9, 0, new ReorderPoint(10, 0), 0,
                terms(SHOE_SUPPLIER, 50, 1));

        assertThat(PurchaseSuggestions.quantityToBuy(item)).isEqualTo(50);
    }

    @Test
    void atTheReorderPointWithoutCycleDemandBuyEnoughToRiseAboveIt() {
        ReplenishmentItem item = item(Sku.of("boot"), WAREHOUSE, 6, 4, new ReorderPoint(10, 0), 0, terms(SHOE_SUPPLIER, 1, 1));

        assertThat(PurchaseSuggestions.quantityToBuy(item)).isEqualTo(1);
    }

    @Test
    void aboveTheReorderPointBuyNothingEvenWhenLittleIsAvailable() {
        // 2 available but 200 on order: the position, 202, is above 150.
        ReplenishmentItem item = item(Sku.of("boot"), WAREHOUSE, 2, 200, new ReorderPoint(120, 30), 50,
                terms(SHOE_SUPPLIER, 1, 1));

        assertThat(PurchaseSuggestions.quantityToBuy(item)).isZero();
        assertThat(PurchaseSuggestions.suggest(List.of(item))).isEmpty();
    }

    @Test
    void suggestionsAreGroupedPerSupplierInIdOrderAndBySkuThenLocationWithin() {
        ReplenishmentItem bootAtStore = item(Sku.of("boot"), STORE, 0, 0, new ReorderPoint(5, 1), 4, terms(SHOE_SUPPLIER, 1, 1));
        ReplenishmentItem bootAtWarehouse = item(Sku.of("boot"), WAREHOUSE, 0, 0, new ReorderPoint(5, 1), 4,
                terms(SHOE_SUPPLIER, 1, 1));
        ReplenishmentItem atlas = item(Sku.of("atlas"), WAREHOUSE, 1, 0, new ReorderPoint(3, 0), 2, terms(BOOK_SUPPLIER, 1, 5));
        ReplenishmentItem wellStocked = item(Sku.of("sandal"), WAREHOUSE, 90, 0, new ReorderPoint(5, 1), 4,
                terms(SHOE_SUPPLIER, 1, 1));

        List<SupplierPurchases> suggestions = PurchaseSuggestions.suggest(List.of(wellStocked, bootAtWarehouse, atlas, bootAtStore));

        assertThat(suggestions).containsExactly(
                new SupplierPurchases(BOOK_SUPPLIER, List.of(new SuggestedPurchase(Sku.of("atlas"), WAREHOUSE, BOOK_SUPPLIER, 5))),
                new SupplierPurchases(SHOE_SUPPLIER, List.of(
                        new SuggestedPurchase(Sku.of("boot"), STORE, SHOE_SUPPLIER, 10),
                        new SuggestedPurchase(Sku.of("boot"), WAREHOUSE, SHOE_SUPPLIER, 10))));
        assertThat(suggestions.get(1).totalUnits()).isEqualTo(20);
    }

    @Test
    void theValuesAreCheckedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> terms(SHOE_SUPPLIER, 1, 0))
                .withMessage("packSize must be positive, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> terms(SHOE_SUPPLIER, 0, 1))
                .withMessageStartingWith("minimumOrderQuantity");
        assertThatIllegalArgumentException().isThrownBy(() -> new StockPosition(Sku.of("boot"), WAREHOUSE, -1, 0))
                .withMessage("available must not be negative, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new StockPosition(Sku.of("boot"), WAREHOUSE, 0, -3))
                .withMessageStartingWith("onOrder");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> item(Sku.of("boot"), WAREHOUSE, 0, 0, new ReorderPoint(1, 0), -1, terms(SHOE_SUPPLIER, 1, 1)))
                .withMessageStartingWith("cycleDemand");
        assertThatIllegalArgumentException().isThrownBy(() -> new SuggestedPurchase(Sku.of("boot"), WAREHOUSE, SHOE_SUPPLIER, 0))
                .withMessageStartingWith("quantity");
        assertThatIllegalArgumentException().isThrownBy(() -> new SupplierPurchases(BOOK_SUPPLIER,
                        List.of(new SuggestedPurchase(Sku.of("boot"), WAREHOUSE, SHOE_SUPPLIER, 1))))
                .withMessageContaining("supplier-shoes");
    }

    static SupplyTerms terms(LocationId supplier, long minimumOrderQuantity, long packSize) {
        return new SupplyTerms(supplier, LeadTime.ofPeriods(7), minimumOrderQuantity, packSize);
    }

    static ReplenishmentItem item(Sku sku, LocationId location, long available, long onOrder, ReorderPoint reorderPoint,
            double cycleDemand, SupplyTerms terms) {
        return new ReplenishmentItem(new StockPosition(sku, location, available, onOrder), reorderPoint, cycleDemand, terms);
    }
}
