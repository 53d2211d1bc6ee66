// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.shipping.ShippingCarrier.LabelRequest;
import dev.oms.spi.shipping.ShippingCarrier.LabelResult;
import dev.oms.spi.shipping.ShippingCarrier.RateQuote;
import dev.oms.spi.shipping.ShippingCarrier.RateRequest;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.shipping.TrackingUpdate;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.ReturnId;
import java.time.Instant;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InMemoryShippingCarrierTest {
    private static final OrderId ORDER = OrderId.of("ORD-000001");

    private final InMemoryShippingCarrier carrier =
            new InMemoryShippingCarrier("acme", Map.of("ground", Money.parse("EUR 4.90")));

    @Test
    void buysLabelsWithDeterministicIdsAndTrackingNumbers() {
        assertThat(carrier.purchaseLabel(label("l1", "P1", "ground")))
                .isEqualTo(new LabelResult.Purchased("acme", LabelId.of("label-1"), "TRK000001", Money.parse("EUR 4.90")));
        assertThat(carrier.purchaseLabel(label("l2", "P2", "ground")))
                .isEqualTo(new LabelResult.Purchased("acme", LabelId.of("label-2"), "TRK000002", Money.parse("EUR 4.90")));
    }

    @Test
    void aRepeatedKeyReturnsTheSameLabelAndBuysNoSecond() {
        var first = carrier.purchaseLabel(label("l1", "P1", "ground"));

        assertThat(carrier.purchaseLabel(label("l1", "P1", "ground"))).isEqualTo(first);
        assertThat(carrier.labelsPurchased()).hasSize(1);
        assertThat(carrier.labelsPurchased().get(0).packageId()).isEqualTo(PackageId.of("P1"));
    }

    @Test
    void anUnknownServiceIsUnavailable() {
        assertThat(carrier.purchaseLabel(label("l1", "P1", "teleport"))).isInstanceOf(LabelResult.Unavailable.class);
        assertThat(carrier.labelsPurchased()).isEmpty();
    }

    @Test
    void sellsReturnLabelsOncePerKeyAndVoidsThem() {
        var first = carrier.purchaseReturnLabel(returnLabel("r1", "ground"));

        assertThat(first).isEqualTo(new LabelResult.Purchased("acme", LabelId.of("label-1"), "TRK000001", Money.parse("EUR 4.90")));
        assertThat(carrier.purchaseReturnLabel(returnLabel("r1", "ground"))).isEqualTo(first);
        assertThat(carrier.returnLabelsPurchased()).hasSize(1);
        assertThat(carrier.returnLabelsPurchased().get(0).returnId()).isEqualTo(ReturnId.of("ORD-000001-RMA1"));
        assertThat(carrier.labelsPurchased()).as("outbound labels").isEmpty();
        carrier.voidLabel("v1", LabelId.of("label-1"));
        assertThat(carrier.labelsVoided()).containsExactly(LabelId.of("label-1"));
    }

    @Test
    void returnLabelsCanBeRefusedOrFailAndAKeySoldUnderAnswersAsBefore() {
        var sold = carrier.purchaseReturnLabel(returnLabel("r1", "ground"));
        carrier.refuseReturnLabels("no returns today");

        assertThat(carrier.purchaseReturnLabel(returnLabel("r2", "ground"))).isEqualTo(new LabelResult.Unavailable("no returns today"));
        assertThat(carrier.purchaseReturnLabel(returnLabel("r1", "ground"))).isEqualTo(sold);
        assertThat(carrier.purchaseReturnLabel(returnLabel("r3", "teleport"))).isInstanceOf(LabelResult.Unavailable.class);
        carrier.refuseReturnLabels(null).returnLabelsDown(true);
        assertThatThrownBy(() -> carrier.purchaseReturnLabel(returnLabel("r4", "ground"))).isInstanceOf(IllegalStateException.class);
        carrier.returnLabelsDown(false);
        assertThat(carrier.purchaseReturnLabel(returnLabel("r4", "ground"))).isInstanceOf(LabelResult.Purchased.class);
        assertThat(carrier.returnLabelsPurchased()).hasSize(2);
    }

    @Test
    void aCarrierWithoutReturnLabelsRefusesThemByDefault() {
        ShippingCarrier plain = new ShippingCarrier() {
            @Override public LabelResult purchaseLabel(LabelRequest request) { return carrier.purchaseLabel(request); }
            @Override public void voidLabel(String idempotencyKey, LabelId labelId) { carrier.voidLabel(idempotencyKey, labelId); }
        };

        assertThat(plain.purchaseReturnLabel(returnLabel("r1", "ground")))
                .isEqualTo(new LabelResult.Unavailable("this carrier sells no return labels"));
    }

    private static ShippingCarrier.ReturnLabelRequest returnLabel(String key, String service) {
        return new ShippingCarrier.ReturnLabelRequest(key, ORDER, ReturnId.of("ORD-000001-RMA1"), dev.oms.spi.value.Address.builder()
                .recipient("Ada Lovelace").addLines("1 Analytical Row").city("London").postalCode("N1 9GU").countryCode("GB").build(),
                LocationId.of("WH-1"), service, 2);
    }

    @Test
    void voidingIsIdempotentByKeyAndByLabel() {
        carrier.purchaseLabel(label("l1", "P1", "ground"));
        carrier.voidLabel("v1", LabelId.of("label-1"));
        carrier.voidLabel("v1", LabelId.of("label-1"));
        carrier.voidLabel("v2", LabelId.of("label-1"));

        assertThat(carrier.labelsVoided()).containsExactly(LabelId.of("label-1"));
    }

    @Test
    void reportsTheTrackingEventsItWasGivenPerTrackingNumberRepeatsIncluded() {
        TrackingUpdate transit = TrackingUpdate.of("EV-1", "TRK000001", TrackingStatus.IN_TRANSIT, Instant.parse("2026-03-02T08:00:00Z"));
        TrackingUpdate other = TrackingUpdate.of("EV-2", "TRK000002", TrackingStatus.DELIVERED, Instant.parse("2026-03-02T09:00:00Z"));

        carrier.report(transit).report(other).report(transit);

        assertThat(carrier.trackingUpdates("TRK000001")).containsExactly(transit, transit);
        assertThat(carrier.trackingUpdates("TRK000003")).isEmpty();
        assertThat(new ShippingCarrier() {
            @Override public LabelResult purchaseLabel(LabelRequest request) { throw new UnsupportedOperationException(); }
            @Override public void voidLabel(String idempotencyKey, LabelId labelId) { throw new UnsupportedOperationException(); }
        }.trackingUpdates("TRK000001")).as("a carrier that gives no events this way").isEmpty();
    }

    @Test
    void voidingALabelNeverIssuedIsABug() {
        assertThatThrownBy(() -> carrier.voidLabel("v1", LabelId.of("label-9"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void defaultServicesOfferGroundAndExpress() {
        var defaults = InMemoryShippingCarrier.withDefaultServices();

        assertThat(defaults.purchaseLabel(label("l1", "P1", "ground"))).isInstanceOf(LabelResult.Purchased.class);
        assertThat(defaults.purchaseLabel(label("l2", "P2", "express"))).isInstanceOf(LabelResult.Purchased.class);
    }

    private static LabelRequest label(String key, String packageId, String service) {
        return new LabelRequest(key, ORDER, PackageId.of(packageId), Fixtures.WAREHOUSE, Fixtures.address(), service, 2);
    }

    @Test
    void quotesTheServicePriceOrTheLocationsOwnRateAndBuysNothing() {
        var wh1 = dev.oms.spi.value.LocationId.of("WH-1");
        var wh2 = dev.oms.spi.value.LocationId.of("WH-2");
        carrier.rateFrom(wh2, "ground", Money.parse("EUR 3.10"));

        assertThat(carrier.quote(new RateRequest(wh1, Fixtures.address(), "ground", 2))).isEqualTo(new RateQuote.Quoted(Money.parse("EUR 4.90")));
        assertThat(carrier.quote(new RateRequest(wh2, Fixtures.address(), "ground", 2))).isEqualTo(new RateQuote.Quoted(Money.parse("EUR 3.10")));
        assertThat(carrier.quote(new RateRequest(wh1, Fixtures.address(), "teleport", 1))).isInstanceOf(RateQuote.Unavailable.class);
        assertThat(carrier.labelsPurchased()).isEmpty();
    }
}
