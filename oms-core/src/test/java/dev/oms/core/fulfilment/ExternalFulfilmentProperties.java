// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static dev.oms.core.fulfilment.ThirdPartyShop.FBA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.ExternalRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A provider's answers to a request (shipments in parts, a rejection of some units) applied twice each and in any
 * order leave the order, the stock, the money and the customer's notices exactly as applying each once, in the order
 * the provider made them.
 */
class ExternalFulfilmentProperties {
    private static final Instant SHIPPED_AT = Instant.parse("2026-03-02T08:00:00Z");

    /**
     * @param mugs units of the first line
     * @param cups units of the second line
     * @param partOf per unit, mugs first: 0 left with the provider, 1 or 2 in that shipment, 3 rejected
     * @param seed the shuffle of the twice-delivered answers
     */
    @Property(tries = 80)
    void answersAppliedTwiceAndOutOfOrderChangeNothingTwice(@ForAll @IntRange(min = 1, max = 4) int mugs,
            @ForAll @IntRange(min = 1, max = 3) int cups, @ForAll @Size(7) List<@IntRange(min = 0, max = 3) Integer> partOf,
            @ForAll long seed) {
        ThirdPartyShop once = new ThirdPartyShop().stock("MUG", 6, 6).stock("CUP", 6, 6);
        ThirdPartyShop scrambled = new ThirdPartyShop().stock("MUG", 6, 6).stock("CUP", 6, 6);
        OrderId first = answer(once, mugs, cups, partOf);
        OrderId second = answer(scrambled, mugs, cups, partOf);

        assertThat(once.deliver(once.provider.takeAnswers())).allMatch(result -> result.isRight());
        assertThat(scrambled.deliver(scrambled.provider.takeAnswersTwiceOutOfOrder(seed))).allMatch(result -> result.isRight());

        assertThat(outcome(scrambled, second)).isEqualTo(outcome(once, first));
        assertThat(scrambled.order(second).line(LineId.of("L1")).get().count(Bucket.SHIPPED))
                .isEqualTo(partOf.subList(0, mugs).stream().filter(p -> p == 1 || p == 2).count());
    }

    /** Places the order and has the provider answer as {@code partOf} says; the answers wait in its outbox. */
    private static OrderId answer(ThirdPartyShop shop, int mugs, int cups, List<Integer> partOf) {
        Order placed = shop.oms.orders().place(order("P-1", line("MUG", mugs, "EUR 8.00"), line("CUP", cups, "EUR 3.00"))).get();
        FulfilmentRequestId request = shop.provider.requests().get(0).requestId();
        List<List<PackageItem>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int unit = 0; unit < mugs + cups; unit++) {
            parts.get(partOf.get(unit)).add(new PackageItem(LineId.of(unit < mugs ? "L1" : "L2"), 1));
        }
        if (!parts.get(1).isEmpty()) {
            shop.provider.ship(request, "S1", SHIPPED_AT, parts.get(1).toArray(PackageItem[]::new));
        }
        if (!parts.get(2).isEmpty()) {
            shop.provider.ship(request, "S2", SHIPPED_AT.plusSeconds(3_600), parts.get(2).toArray(PackageItem[]::new));
        }
        if (!parts.get(3).isEmpty()) {
            shop.provider.reject(request, "R1", "not eligible", parts.get(3).toArray(PackageItem[]::new));
        }
        return placed.id();
    }

    /** What the answers did, without the ids that number commits: units, packages, requests, money, stock, notices. */
    private static Map<String, Object> outcome(ThirdPartyShop shop, OrderId id) {
        Order order = shop.order(id);
        Map<String, Object> outcome = new LinkedHashMap<>();
        for (Line line : order.lines().values()) {
            for (Bucket bucket : Bucket.values()) {
                outcome.put(line.id() + " " + bucket, line.count(bucket));
            }
            outcome.put(line.id() + " at provider", line.count(Bucket.ALLOCATED, FBA));
            outcome.put(line.id() + " open", order.externalRequests().values().map(r -> r.openUnits(line.id())).sum());
        }
        for (OrderPackage pkg : order.packages().values()) {
            outcome.put(pkg.id().value(), List.of(pkg.contents().toJavaList(), pkg.state(), pkg.label().get().trackingNumber(),
                    pkg.stockConsumed()));
        }
        outcome.put("requests", order.externalRequests().values().map(ExternalRequest::open).toJavaList());
        outcome.put("captured", order.payment().captured());
        outcome.put("failed locations", order.failedLocations().toJavaSet());
        for (String sku : List.of("MUG", "CUP")) {
            StockLevel atProvider = shop.stock(sku, FBA);
            StockLevel east = shop.stock(sku, EAST);
            outcome.put(sku + " stock", List.of(atProvider.onHand(), atProvider.reserved(), east.onHand(), east.reserved()));
        }
        outcome.put("shipped notices", shop.notifications(id, Notification.Kind.ORDER_SHIPPED).size());
        outcome.put("requests sent", shop.provider.requests().size());
        return outcome;
    }
}
