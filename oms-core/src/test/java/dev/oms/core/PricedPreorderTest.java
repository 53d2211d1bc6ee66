// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A taxed pre-order charged at placement whose tax does not split evenly over its units: the prepayment, the refund of a
 * cancelled unit and the parcels' shares all come from the same unit shares, so the money kept is the line's exact value.
 */
class PricedPreorderTest {
    private static final LineId BOOK_LINE = LineId.of("L1");
    private static final Instant RELEASE = Instant.parse("2026-04-01T00:00:00Z");
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private final WaitingShop shop = new WaitingShop(BackorderPolicy.none(), PreorderPolicy.catalogueCapOnly(),
            PreorderPaymentPolicy.chargeAtPlacement(), InMemoryPricing.asOffered().withTax("GB", new BigDecimal("0.20")))
            .announced("BOOK", RELEASE, OptionalLong.empty());

    @Test
    void aTaxedBookPreorderKeepsExactlyTheValueOfTheBooksItShips() {
        // 3 x 9.99 = 29.97 and 5.99 VAT: the units are worth 11.99, 11.99 and 11.98.
        Order placed = shop.oms.orders().place(order("P-1", line("BOOK", 3, "EUR 9.99"))).get();
        assertThat(placed.activeValue()).isEqualTo(eur("35.96"));
        assertThat(shop.adapters.payments().captured(placed.id(), EUR)).as("prepaid at placement").isEqualTo(eur("35.96"));

        // The cancelled unit takes the last share back.
        shop.oms.orders().cancel(placed.id(), CancelRequest.units("cancel-1", BOOK_LINE, 1, "one is enough")).get();
        assertThat(shop.adapters.payments().refunded(placed.id(), EUR)).isEqualTo(eur("11.98"));

        shop.receive("print-run", "BOOK", 2);
        shop.clock.set(RELEASE);
        shop.oms.inbound().release(Sku.of("BOOK"), "launch").get();
        pickAll(placed.id());
        Order first = packAndShip(placed.id(), 1, "book-1");
        Order second = packAndShip(placed.id(), 1, "book-2");

        assertThat(second.packages().values().map(second::value)).containsExactly(eur("11.99"), eur("11.99"));
        assertThat(first.payment().captured().plus(second.payment().captured())).isEqualTo(eur("0.00"));
        assertThat(shop.adapters.payments().captured(placed.id(), EUR).minus(shop.adapters.payments().refunded(placed.id(), EUR)))
                .isEqualTo(second.activeValue()).isEqualTo(eur("23.98"));
        assertThat(second.outstanding()).isEqualTo(eur("0.00"));
    }

    private void pickAll(OrderId id) {
        Order order = shop.oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
        order.pickLists().values().filter(p -> p.open()).forEach(p -> shop.oms.warehouse().confirmPicked(id, p.id()).get());
    }

    private Order packAndShip(OrderId id, long units, String tag) {
        Order packed = shop.oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + tag, EAST,
                List.of(new PackageItem(BOOK_LINE, units)))).map(Packed::order).get();
        return shop.oms.warehouse().ship(id, packed.packages().keySet().last(), "ground").map(Shipped::order).get();
    }

    private static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }
}
