// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.pricing.TaxLine;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Pins format v6, {@code golden/events-v6.jsonl}: {@code OrderPlaced} with each line's price breakdown
 * ({@code "discounts"}, {@code "taxes"}, {@code "taxIncluded"}, each written only when it holds something) and the
 * shipping charge ({@code "shipping"}, written only when shipping is charged). A line priced as given and an order
 * without a charge are stored as before v6, so every earlier line still decodes, priced as given.
 */
class PriceBreakdownFormatTest {
    private static final Instant COMMITTED = Instant.parse("2026-03-01T10:15:30Z");
    private static final BigDecimal VAT = new BigDecimal("0.20");

    static List<OrderEvent> v6Samples() {
        OrderPlaced placed = (OrderPlaced) EventCodecGoldenTest.samples().get(0);
        PlacedLine discountedAndTaxed = new PlacedLine(LineId.of("L1"), Sku.of("SKU-1"), 3, Money.parse("EUR 12.99"), true,
                new PriceBreakdown(List.of(new DiscountAllocation("SPRING10", Money.parse("EUR 3.90"))),
                        List.of(new TaxLine("GB", VAT, Money.parse("EUR 7.01"))), false));
        PlacedLine taxIncluded = new PlacedLine(LineId.of("L2"), Sku.of("SKU-2"), 2, Money.parse("EUR 10.00"), true,
                new PriceBreakdown(List.of(), List.of(new TaxLine("GB", VAT, Money.parse("EUR 3.33"))), true));
        PlacedLine asGiven = new PlacedLine(LineId.of("L3"), Sku.of("SKU-3"), 1, Money.parse("EUR 5.00"));
        return List.of(new OrderPlaced(placed.orderId(), placed.channel(), placed.externalId(), placed.customer(), placed.shipTo(),
                Optional.empty(), placed.paymentMethod(), placed.currency(), List.of(discountedAndTaxed, taxIncluded, asGiven),
                placed.placedAt(), Optional.of(new ShippingCharge("standard", Money.parse("EUR 4.99"),
                        List.of(new TaxLine("GB", VAT, Money.parse("EUR 1.00"))), false))));
    }

    @Test
    void everyV6SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v6 = EventCodecGoldenTest.golden("v6");

        assertThat(v6Samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v6);
        assertThat(v6.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(v6Samples());
        assertThat(((OrderPlaced) EventCodec.decode(v6.get(0))).total()).isEqualTo(Money.parse("EUR 73.07"));
    }

    @Test
    void everyOrderPlacedStoredBeforeV6DecodesPricedAsGivenWithoutShipping() throws IOException {
        List<String> older = new ArrayList<>(EventCodecGoldenTest.golden("v1"));
        for (String version : List.of("v2", "v3", "v4", "v5")) {
            older.addAll(EventCodecGoldenTest.golden(version));
        }
        List<OrderPlaced> placed = older.stream().filter(line -> EventCodecGoldenTest.type(line).equals("OrderPlaced"))
                .map(line -> (OrderPlaced) EventCodec.decode(line, EventCodecGoldenTest.row(COMMITTED))).toList();

        assertThat(placed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(placed).flatExtracting(OrderPlaced::lines).extracting(PlacedLine::price).containsOnly(PriceBreakdown.NONE);
        assertThat(placed).extracting(OrderPlaced::shipping).containsOnly(Optional.empty());
    }

    @Test
    void aTaxRateThatIsNoDecimalOrATaxIncludedFlagThatIsNoBooleanIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v6").get(0);
        String rate = line.replaceFirst("\"rate\":\"0.20\"", "\"rate\":\"a fifth\"");
        String flag = line.replaceFirst("\"taxIncluded\":true", "\"taxIncluded\":\"yes\"");
        String noService = line.replace("\"service\":\"standard\",", "");

        assertThatThrownBy(() -> EventCodec.decode(rate)).isInstanceOf(StoredFormatException.class).hasMessageContaining("rate");
        assertThatThrownBy(() -> EventCodec.decode(flag)).isInstanceOf(StoredFormatException.class).hasMessageContaining("taxIncluded");
        assertThatThrownBy(() -> EventCodec.decode(noService)).isInstanceOf(StoredFormatException.class).hasMessageContaining("service");
    }

    @Test
    void aNegativeTaxOrADiscountInAnotherCurrencyIsRefusedNotLoadedIntoAnOrder() throws IOException {
        String line = EventCodecGoldenTest.golden("v6").get(0);
        String negative = line.replace("\"amount\":\"7.01\"", "\"amount\":\"-7.01\"");
        String otherCurrency = line.replace("{\"currency\":\"EUR\",\"amount\":\"3.90\"}", "{\"currency\":\"USD\",\"amount\":\"3.90\"}");

        assertThatThrownBy(() -> EventCodec.decode(negative)).isInstanceOf(StoredFormatException.class);
        assertThatThrownBy(() -> EventCodec.decode(otherCurrency)).isInstanceOf(StoredFormatException.class);
    }
}
