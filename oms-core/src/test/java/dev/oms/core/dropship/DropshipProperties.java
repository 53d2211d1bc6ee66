// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.dropship;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static dev.oms.core.dropship.DropshipShop.LAMP;
import static dev.oms.core.dropship.DropshipShop.LAMP_MAKER;
import static dev.oms.core.dropship.DropshipShop.MUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.fulfilment.FulfilmentRequest;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.Money;

/**
 * Orders mixing warehouse lines and dropship lines, the supplier shipping some units in up to two parcels and
 * rejecting others, its answers delivered twice each in any order, and the warehouse shipping what it holds: dropship
 * units never reserve or consume our stock, and every dropshipped unit is shipped once at most.
 */
class DropshipProperties {
    private static final Instant SHIPPED_AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final long MUGS_IN_WAREHOUSE = 12;

    /**
     * @param mugs per order, the units of its warehouse line (none for 0)
     * @param lamps per order, the units of its dropship line
     * @param fates per lamp unit, in order: 0 left with the supplier, 1 or 2 shipped in that parcel, 3 rejected
     * @param lampsInWarehouse our own lamps, which serve rejected units
     * @param seed the shuffle of the twice-delivered answers
     */
    @Property(tries = 60)
    void dropshipUnitsNeverTouchOurStockAndShipOnceAtMost(@ForAll @Size(3) List<@IntRange(min = 0, max = 3) Integer> mugs,
            @ForAll @Size(3) List<@IntRange(min = 1, max = 4) Integer> lamps, @ForAll @Size(12) List<@IntRange(min = 0, max = 3) Integer> fates,
            @ForAll @IntRange(min = 0, max = 3) int lampsInWarehouse, @ForAll long seed) {
        DropshipShop shop = new DropshipShop(MUGS_IN_WAREHOUSE, lampsInWarehouse);
        List<OrderId> orders = new ArrayList<>();
        Map<OrderId, Long> shippedBySupplier = new java.util.HashMap<>();
        int unit = 0;
        for (int i = 0; i < 3; i++) {
            var placement = mugs.get(i) == 0 ? order("P-" + i, line("LAMP", lamps.get(i), "EUR 40.00"))
                    : order("P-" + i, line("LAMP", lamps.get(i), "EUR 40.00"), line("MUG", mugs.get(i), "EUR 8.00"));
            OrderId id = shop.oms.orders().place(placement).get().id();
            orders.add(id);
            FulfilmentRequest request = shop.supplier.requests().stream().filter(r -> r.orderId().equals(id)).findFirst().get();
            List<List<PackageItem>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int n = 0; n < lamps.get(i); n++, unit++) {
                parts.get(fates.get(unit)).add(new PackageItem(LineId.of("L1"), 1));
            }
            answer(shop, request, parts);
            shippedBySupplier.put(id, (long) parts.get(1).size() + parts.get(2).size());
        }
        var answers = shop.supplier.takeAnswersTwiceOutOfOrder(seed);
        assertThat(shop.deliver(answers)).allMatch(result -> result.isRight());
        orders.forEach(shop::shipFromWarehouse);
        Map<OrderId, Long> versions = orders.stream().collect(Collectors.toMap(id -> id, id -> shop.order(id).version()));
        assertThat(shop.deliver(answers)).allMatch(result -> result.isRight());

        List<Order> settled = orders.stream().map(shop::order).toList();
        for (Order order : settled) {
            assertThat(order.version()).as("answers delivered again store nothing").isEqualTo(versions.get(order.id()));
            assertThat(PendingEffects.of(order)).as("nothing left owed to a port").isEmpty();
            assertThat(fromSupplier(order)).as("units the supplier shipped, once each").isEqualTo(shippedBySupplier.get(order.id()));
            for (Line line : order.lines().values()) {
                long inPackages = order.packages().values().map(p -> p.units(line.id())).sum().longValue();
                assertThat(line.count(Bucket.SHIPPED)).as("shipped units of %s are in exactly one package", line.id()).isEqualTo(inPackages);
            }
            Money shippedValue = order.lines().values().map(l -> l.priceOf(l.count(Bucket.SHIPPED))).fold(Money.zero(order.currency()), Money::plus);
            assertThat(order.payment().captured()).as("captured for what shipped").isEqualTo(shippedValue);
        }
        for (Sku sku : List.of(LAMP, MUG)) {
            long initial = sku.equals(LAMP) ? lampsInWarehouse : MUGS_IN_WAREHOUSE;
            long shippedFromWarehouse = settled.stream().flatMap(o -> o.packages().values().filter(p -> p.location().equals(EAST))
                    .flatMap(p -> o.lines().values().filter(l -> l.sku().equals(sku)).map(l -> p.units(l.id()))).toJavaStream())
                    .mapToLong(Long::longValue).sum();
            long held = settled.stream().flatMap(o -> o.lines().values().filter(l -> l.sku().equals(sku)).toJavaStream())
                    .mapToLong(l -> l.count(Bucket.ALLOCATED, EAST) + l.count(Bucket.PICKED, EAST) + l.count(Bucket.PACKED, EAST)).sum();
            StockLevel level = shop.stock(sku, EAST);
            assertThat(level.onHand()).as("%s on hand: only the warehouse's shipments consumed it", sku).isEqualTo(initial - shippedFromWarehouse);
            assertThat(level.reserved()).as("%s reserved: only units held in the warehouse", sku).isEqualTo(held);
            assertThat(shop.stockAt(sku, LAMP_MAKER)).as("the supplier's stock is not ours").isEmpty();
        }
    }

    private static void answer(DropshipShop shop, FulfilmentRequest request, List<List<PackageItem>> parts) {
        if (!parts.get(1).isEmpty()) {
            shop.supplier.ship(request.requestId(), "S1", SHIPPED_AT, parts.get(1).toArray(PackageItem[]::new));
        }
        if (!parts.get(2).isEmpty()) {
            shop.supplier.ship(request.requestId(), "S2", SHIPPED_AT.plusSeconds(3_600), parts.get(2).toArray(PackageItem[]::new));
        }
        if (!parts.get(3).isEmpty()) {
            shop.supplier.reject(request.requestId(), "R1", "not made any more", parts.get(3).toArray(PackageItem[]::new));
        }
    }

    private static long fromSupplier(Order order) {
        return order.packages().values().filter(p -> p.location().equals(LAMP_MAKER))
                .map(OrderPackage::contents).flatMap(c -> c).map(PackageItem::quantity).sum().longValue();
    }
}
