// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.returns.AfterSaleShop.MUGS;
import static dev.oms.core.returns.AfterSaleShop.WH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.ClaimRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ClaimEvent.ClaimResolution;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.ReturnNotice;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Claims settled by a reship: the units claimed are sent again, free of charge, as new lines of the order allocated in
 * the claim's own commit, then picked, packed and shipped like any; nothing is refunded and nothing more is charged.
 */
class ReshipTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private static final LineId REPLACEMENT = LineId.of("L2");

    private final AfterSaleShop shop = new AfterSaleShop(ReturnPolicy.withinDays(30));
    private final OrderManagement oms = shop.oms;

    @Test
    void aLostParcelIsReshippedFreeOfChargeFromStockAndShipsLikeAnyParcel() {
        Order order = shop.delivered("web-1", 2);
        PackageId lost = order.packages().keySet().head();
        shop.adapters.inventory().setStock(Sku.of("MUG"), WH, 5, "A-MUG");
        Money captured = shop.adapters.payments().captured(order.id(), EUR);

        Order claimed = oms.returns().claim(order.id(), reship("claim-1", lost, 2)).get();

        Line replacement = claimed.line(REPLACEMENT).get();
        assertThat(replacement.sku()).isEqualTo(Sku.of("MUG"));
        assertThat(replacement.count(Bucket.ALLOCATED)).as("reserved in the claim's own commit").isEqualTo(2);
        assertThat(replacement.unitPrice().isZero()).isTrue();
        assertThat(claimed.line(MUGS).get().count(Bucket.CLAIMED)).isEqualTo(2);
        assertThat(shop.adapters.inventory().stockOf(Sku.of("MUG")).get(0).reserved()).isEqualTo(2);
        assertThat(shop.adapters.payments().refunded(order.id(), EUR).isZero()).as("a reship refunds nothing").isTrue();
        assertThat(shop.adapters.notifications().delivered().stream().map(Notification::notice))
                .contains(new ReturnNotice.ClaimSettled(claimed.returns().claims().values().head().id(), 2, Money.zero(EUR)));

        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        PackageId again = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-again", WH,
                List.of(new PackageItem(REPLACEMENT, 2)))).get().packageId();
        oms.warehouse().ship(order.id(), again, "ground").get();
        Order delivered = oms.warehouse().confirmDelivery(order.id(), again).get();

        assertThat(delivered.line(REPLACEMENT).get().count(Bucket.DELIVERED)).isEqualTo(2);
        assertThat(shop.adapters.payments().captured(order.id(), EUR)).as("nothing more is charged").isEqualTo(captured);
        assertThat(shop.onHand(WH)).isEqualTo(3);
    }

    @Test
    void aReshipWithNoStockWaitsAsABackorderAndTheNextReceiptServesIt() {
        Order order = shop.delivered("web-2", 3); // the shelf is empty now
        PackageId damaged = order.packages().keySet().head();

        Order claimed = oms.returns().claim(order.id(), new ClaimRequest("claim-1", damaged, ClaimReason.DAMAGED,
                ClaimResolution.RESHIP, List.of(new PackageItem(MUGS, 1)))).get();
        assertThat(claimed.line(REPLACEMENT).get().count(Bucket.BACKORDERED)).isEqualTo(1);

        oms.inbound().receiveStock(new StockReceipt("grn-1", Sku.of("MUG"), WH, 1)).get();

        assertThat(oms.queries().find(order.id()).get().line(REPLACEMENT).get().count(Bucket.ALLOCATED)).isEqualTo(1);
    }

    @Test
    void aReshipReplaysUnderItsKeyAndTheKeyAgainWithARefundIsRefused() {
        Order order = shop.delivered("web-3", 2);
        PackageId lost = order.packages().keySet().head();
        shop.adapters.inventory().setStock(Sku.of("MUG"), WH, 5, "A-MUG");

        Order claimed = oms.returns().claim(order.id(), reship("claim-1", lost, 1)).get();
        Order replayed = oms.returns().claim(order.id(), reship("claim-1", lost, 1)).get();

        assertThat(replayed.version()).isEqualTo(claimed.version());
        assertThat(replayed.lines().size()).as("one replacement line").isEqualTo(2);
        assertThat(oms.returns().claim(order.id(), new ClaimRequest("claim-1", lost, ClaimReason.NOT_RECEIVED,
                List.of(new PackageItem(MUGS, 1)))).getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        Order second = oms.returns().claim(order.id(), reship("claim-2", lost, 1)).get();
        assertThat(second.line(LineId.of("L3")).get().count(Bucket.ALLOCATED)).isEqualTo(1);
        assertThat(oms.returns().claim(order.id(), reship("claim-3", lost, 1)).getLeft().codes())
                .as("both lost mugs are claimed").containsExactly(ProblemCode.NOT_CLAIMABLE);
    }

    private static ClaimRequest reship(String key, PackageId parcel, long mugs) {
        return new ClaimRequest(key, parcel, ClaimReason.NOT_RECEIVED, ClaimResolution.RESHIP, List.of(new PackageItem(MUGS, mugs)));
    }
}
