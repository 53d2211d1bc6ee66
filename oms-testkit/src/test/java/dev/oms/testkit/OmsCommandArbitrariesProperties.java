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
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.joda.money.CurrencyUnit;

/**
 * The command generators against the in-memory adapters: placements are of the kinds they promise, and
 * every command sequence keeps every invariant the kit checks, after every step.
 */
class OmsCommandArbitrariesProperties {
    private static final Map<Sku, Long> AVAILABLE = Map.of(InMemoryShop.ON_SALE, 12L, InMemoryShop.STRICT, 4L,
            InMemoryShop.INDENTED, 0L, InMemoryShop.LAUNCH, 0L, InMemoryShop.GIFT_CARD, 0L, InMemoryShop.DROPSHIPPED, 3L);

    @Property
    void commandSequencesKeepEveryInvariant(@ForAll("chains") ActionChain<OmsWorld> chain) {
        OmsWorld world = chain.withInvariant("oms invariants", w -> assertThat(w.violations()).as("after %s", w.log()).isEmpty()).run();
        // Each least share sits at least three standard deviations below the share seen over ~800 histories, so a
        // fair run never misses it by chance (one at 8% against 12% seen failed about one run in forty). Set again when
        // edits joined the actions, from three runs of ~820 histories: shipping 73-78% seen, delivering 46-48%,
        // receiving a purchase 6-7%, losing units to a count 4-5%; a fresh clone saw delivering at 44.7% against 45.
        HistoryCoverage.of(world)
                .require("ships a package", HistoryCoverage.shippedAPackage(), 66)
                .require("delivers a package", HistoryCoverage.deliveredAPackage(), 40)
                .require("cancels units", HistoryCoverage.cancelledUnits(), 45)
                .require("receives goods against a purchase", HistoryCoverage.receivedGoodsAgainstAPurchase(), 3)
                .require("holds an order for approval", HistoryCoverage.heldForApproval(), 15)
                .require("rejects a held order", HistoryCoverage.rejectedInApproval(), 1.5)
                .require("voids a pick list", HistoryCoverage.voidedAPickList(), 5)
                .require("loses units to a stock count", HistoryCoverage.lostUnitsToACount(), 1.5)
                .require("has several lines of one SKU", HistoryCoverage.severalLinesOfOneSku(), 20)
                .require("is shipped by a provider", HistoryCoverage.shippedByAProvider(), 5)
                .require("is rejected by a provider", HistoryCoverage.rejectedByAProvider(), 3)
                .require("is shipped by a dropship supplier", HistoryCoverage.shippedByADropshipSupplier(), 2)
                .require("moves allocated units", HistoryCoverage.movedAllocation(), 5)
                .require("packs at its pickup store", HistoryCoverage.packedAtItsPickupStore(), 10)
                .require("is sent to its pickup store", HistoryCoverage.transferredToItsPickupStore(), 8)
                .require("receives units back under a return", HistoryCoverage.receivedAReturn(), 3)
                .require("exchanges delivered units", HistoryCoverage.openedAnExchange(), 8)
                .require("edits an order", HistoryCoverage.editedAnOrder(), 25)
                .require("adds lines by an edit", HistoryCoverage.addedLinesByAnEdit(), 20);
    }

    @Property
    void placementsAskForWhatTheirSkusAllow(@ForAll("placements") PlaceOrder command) {
        assertThat(command.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        assertThat(command.lines()).extracting(LineRequest::sku)
                .doesNotContain(InMemoryShop.INDENTED); // nothing in stock, not announced, not backorderable
        // A SKU may be split over two lines (a promotion, gift wrap); what is asked of it is the sum.
        Map<Sku, Long> asked = command.lines().stream()
                .collect(java.util.stream.Collectors.groupingBy(LineRequest::sku, java.util.stream.Collectors.summingLong(LineRequest::quantity)));
        assertThat(command.lines().stream().map(LineRequest::sku).distinct().count()).isGreaterThanOrEqualTo(command.lines().size() - 1L);
        Statistics.label("several lines of one SKU").collect(asked.size() < command.lines().size());
        for (LineRequest line : command.lines()) {
            assertThat(line.quantity()).isPositive();
            assertThat(line.unitPrice().getCurrencyUnit()).isEqualTo(CurrencyUnit.EUR);
        }
        asked.forEach((sku, quantity) -> {
            if (sku.equals(InMemoryShop.STRICT)) {
                assertThat(quantity).as("in stock").isLessThanOrEqualTo(AVAILABLE.get(sku));
            }
            if (sku.equals(InMemoryShop.LAUNCH)) {
                assertThat(quantity).as("pre-order").isBetween(1L, 6L);
            }
        });
        Statistics.label("several lines of one SKU").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property
    void everyKindOfLineIsGenerated(@ForAll("products") Product product) {
        assertThat(OmsCommandArbitraries.kinds(product, AVAILABLE.get(product.sku()), Set.of(InMemoryShop.ON_SALE),
                InMemoryShop.START)).isEqualTo(switch (product.sku().code()) {
                    case "R" -> List.of(OmsCommandArbitraries.LineKind.IN_STOCK, OmsCommandArbitraries.LineKind.BACKORDER);
                    case "N" -> List.of(OmsCommandArbitraries.LineKind.PREORDER);
                    case "S" -> List.of(OmsCommandArbitraries.LineKind.IN_STOCK);
                    case "G" -> List.of(OmsCommandArbitraries.LineKind.UNTRACKED);
                    case "D" -> List.of(OmsCommandArbitraries.LineKind.IN_STOCK);
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
