// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Values the contract suites share, from the seed scenarios. */
final class ContractFixtures {
    static final Instant NOW = Instant.parse("2025-01-15T10:00:00.123456789Z");
    static final Sku SHOES = Sku.of("SHOE-42");
    static final Sku CONSOLE = Sku.of("CONSOLE-X");
    static final LocationId WAREHOUSE = LocationId.of("WH-1");
    static final LocationId STORE = LocationId.of("ST-1");
    /** SKUs the inventory race tests contend for, and where. */
    static final List<Sku> SCARCE = List.of(Sku.of("SCARCE-1"), Sku.of("SCARCE-2"), Sku.of("SCARCE-3"));
    static final List<LocationId> SCARCE_AT = List.of(WAREHOUSE, STORE);

    private ContractFixtures() {}

    static StockMovement move(Sku sku, LocationId locationId, long quantity) {
        return new StockMovement(sku, locationId, quantity);
    }

    static Address address() {
        return Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Way").city("London")
                .postalCode("N1 1AA").countryCode("GB").build();
    }

    static OrderCommit placed(OrderId orderId, Channel channel, String externalId) {
        var line = new PlacementEvent.PlacedLine(LineId.ofPosition(0), SHOES, 2, Money.parse("EUR 59.90"));
        var event = new PlacementEvent.OrderPlaced(orderId, channel, externalId, CustomerRef.of("C-1"), address(),
                PaymentMethod.card("tok_visa"), CurrencyUnit.EUR, List.of(line), NOW);
        return new OrderCommit("place-" + externalId, NOW, List.of(event));
    }

    /** The summary of an order placed at {@link #NOW} by customer C-1, owing nothing and waiting for nothing. */
    static OrderSummary summary(OrderId orderId, Channel channel, String externalId, long version) {
        return new OrderSummary(orderId, channel, externalId, CustomerRef.of("C-1"), OrderStatus.PENDING_ALLOCATION, NOW,
                version, false, List.of());
    }

    /**
     * Stores the order's next commit with {@code summary}: its placement for version 1, a follow-up after.
     * Fails the test unless it is appended.
     */
    static void store(OrderStore store, OrderSummary summary) {
        OrderCommit commit = summary.version() == 1 ? placed(summary.orderId(), summary.channel(), summary.externalId())
                : followUp("k" + summary.version());
        AppendResult result = store.append(summary.version() - 1, commit, summary);
        if (!(result instanceof AppendResult.Appended)) {
            throw new AssertionError("commit " + summary.version() + " of " + summary.orderId() + " not appended: " + result);
        }
    }

    static OrderCommit followUp(String key) {
        return new OrderCommit(key, NOW, List.of(
                new PaymentEvent.PaymentDeclined(PaymentEvent.PaymentStage.AUTHORIZATION, "DECLINED_BY_ISSUER")));
    }
}
