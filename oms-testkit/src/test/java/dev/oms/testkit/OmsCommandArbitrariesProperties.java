// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.joda.money.CurrencyUnit;

/**
 * The command generators against the in-memory adapters: placements are of the kinds they promise, and
 * every command sequence keeps every invariant the kit checks, after every step.
 */
class OmsCommandArbitrariesProperties {
    private static final Map<Sku, Long> AVAILABLE = Map.of(InMemoryShop.ON_SALE, 8L, InMemoryShop.STRICT, 4L,
            InMemoryShop.INDENTED, 0L, InMemoryShop.LAUNCH, 0L, InMemoryShop.GIFT_CARD, 0L);

    @Property
    void commandSequencesKeepEveryInvariant(@ForAll("chains") ActionChain<OmsWorld> chain) {
        OmsWorld world = chain.withInvariant("oms invariants", w -> assertThat(w.violations()).as("after %s", w.log()).isEmpty()).run();
        HistoryCoverage.of(world)
                .require("ships a package", HistoryCoverage.shippedAPackage(), 70)
                .require("delivers a package", HistoryCoverage.deliveredAPackage(), 45)
                .require("cancels units", HistoryCoverage.cancelledUnits(), 60)
                .require("receives goods against a purchase", HistoryCoverage.receivedGoodsAgainstAPurchase(), 10)
                .require("holds an order for approval", HistoryCoverage.heldForApproval(), 15)
                .require("rejects a held order", HistoryCoverage.rejectedInApproval(), 3)
                .require("voids a pick list", HistoryCoverage.voidedAPickList(), 5)
                .require("loses units to a stock count", HistoryCoverage.lostUnitsToACount(), 5);
    }

    @Property
    void placementsAskForWhatTheirSkusAllow(@ForAll("placements") PlaceOrder command) {
        assertThat(command.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(command.lines()).extracting(LineRequest::sku).doesNotHaveDuplicates()
                .doesNotContain(InMemoryShop.INDENTED); // nothing in stock, not announced, not backorderable
        for (LineRequest line : command.lines()) {
            long available = AVAILABLE.get(line.sku());
            assertThat(line.quantity()).isPositive();
            assertThat(line.unitPrice().getCurrencyUnit()).isEqualTo(CurrencyUnit.EUR);
            if (line.sku().equals(InMemoryShop.STRICT)) {
                assertThat(line.quantity()).as("in stock").isLessThanOrEqualTo(available);
            }
            if (line.sku().equals(InMemoryShop.LAUNCH)) {
                assertThat(line.quantity()).as("pre-order").isBetween(1L, 6L);
            }
        }
    }

    @Property
    void everyKindOfLineIsGenerated(@ForAll("products") Product product) {
        assertThat(OmsCommandArbitraries.kinds(product, AVAILABLE.get(product.sku()), Set.of(InMemoryShop.ON_SALE),
                InMemoryShop.START)).isEqualTo(switch (product.sku().code()) {
                    case "R" -> List.of(OmsCommandArbitraries.LineKind.IN_STOCK, OmsCommandArbitraries.LineKind.BACKORDER);
                    case "N" -> List.of(OmsCommandArbitraries.LineKind.PREORDER);
                    case "S" -> List.of(OmsCommandArbitraries.LineKind.IN_STOCK);
                    case "G" -> List.of(OmsCommandArbitraries.LineKind.UNTRACKED);
                    default -> List.of();
                });
    }

    @Provide
    Arbitrary<ActionChain<OmsWorld>> chains() {
        return OmsCommandArbitraries.chains(InMemoryShop::world, ChainLength.orDefault(20));
    }

    @Provide
    Arbitrary<PlaceOrder> placements() {
        return OmsCommandArbitraries.placeOrders(InMemoryShop.CATALOGUE, AVAILABLE, Set.of(InMemoryShop.ON_SALE),
                InMemoryShop.START, CurrencyUnit.EUR);
    }

    @Provide
    Arbitrary<Product> products() {
        return Arbitraries.of(InMemoryShop.CATALOGUE);
    }
}
