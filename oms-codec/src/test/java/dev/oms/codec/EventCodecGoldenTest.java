// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.EditEvent;
import dev.oms.spi.event.StoreCreditEvent;
import dev.oms.spi.event.TrackingEvent;
import dev.oms.spi.event.ShipmentVoidEvent;
import dev.oms.spi.event.ReturnLabelEvent;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.ExternalFulfilmentEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.event.WaitingEvent;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import dev.oms.spi.value.StoreCreditId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Pins the stored event format: one sample of every event type, encoded exactly as the newest golden file
 * holding its type says, and every golden line of every version decodes back to the samples. A golden file
 * is written once by the codec as it stood when its format was settled, and never edited: a change to the
 * stored contract is a new format version with its own file. {@code golden/events-v1.jsonl} holds every type;
 * {@code golden/events-v2.jsonl} only the types v2 changed ({@code PaymentAuthorized} gained
 * {@code authorizedAt}); {@code golden/events-v3.jsonl} the v3 addition, an {@code OrderPlaced} line whose stock is
 * not tracked ({@code "stockTracked":false}, written only then); {@code golden/events-v4.jsonl} the v4 addition, an
 * {@code OrderPlaced} collected at a store ({@code "pickup":{"store":...,"transferAllowed":...}}, written only for a
 * pickup order); {@code golden/events-v5.jsonl}, pinned by {@link BackorderLocationFormatTest}, a
 * {@code UnitsBackordered} waiting at a location ({@code "waitsAt"}, written only then); {@code golden/events-v6.jsonl},
 * pinned by {@link PriceBreakdownFormatTest}, an {@code OrderPlaced} with line price breakdowns and a shipping charge
 * (written only when a line has one, and when shipping is charged); {@code golden/events-v7.jsonl}, pinned by
 * {@link ReturnFormatTest}, the return events ({@code ReturnRequested}, {@code ReturnApproved}, {@code ReturnRejected}),
 * types added in v7; {@code golden/events-v8.jsonl}, pinned by {@link ReturnReceiptFormatTest}, the receipt of returned
 * units ({@code ReturnReceived}, {@code ReturnRefunded}, {@code ReturnedUnitsRestocked}), types added in v8;
 * {@code golden/events-v9.jsonl}, pinned by {@link ReopenFormatTest}, {@code OrderReopened}, added in v9;
 * {@code golden/events-v10.jsonl}, pinned by {@link ClaimFormatTest}, the claim events, added in v10;
 * {@code golden/events-v11.jsonl}, pinned by {@link TrackingFormatTest}, the carrier's tracking events, added in v11;
 * {@code golden/events-v12.jsonl}, pinned by {@link ReshipFormatTest}, {@code ReplacementAdded}, added in v12;
 * {@code golden/events-v13.jsonl}, pinned by {@link ShipmentVoidFormatTest}, the voided shipments' events, added in v13;
 * {@code golden/events-v14.jsonl}, pinned by {@link StoreCreditFormatTest}, the store-credit events, added in v14;
 * {@code golden/events-v15.jsonl}, pinned by {@link EditFormatTest}, {@code OrderEdited}, added in v15;
 * {@code golden/events-v16.jsonl}, pinned by {@link ReturnLabelFormatTest}, the return label events, added in v16;
 * {@code golden/events-v17.jsonl}, pinned by {@link ExchangeFormatTest}, the exchange events, added in v17;
 * {@code golden/events-v18.jsonl}, pinned by {@link ReleaseFormatTest}, the releases of authorised money, added in v18. A v1
 * {@code PaymentAuthorized} takes the time of the commit it was stored in,
 * which the samples' commits share: {@link #AT}.
 */
class EventCodecGoldenTest {

    private static final LineId L1 = LineId.of("L1");
    private static final Sku SKU = Sku.of("SKU-1");
    private static final LocationId WH = LocationId.of("WH-1");
    private static final LocationId STORE = LocationId.of("STORE-1");
    private static final PackageId PK = PackageId.of("ORD-1-PK1");
    private static final FulfilmentRequestId FR1 = FulfilmentRequestId.of("ORD-1-FR1");
    private static final LocationId FBA = LocationId.of("FBA-1");
    private static final Money TEN = Money.parse("EUR 10.00");
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    static List<OrderEvent> samples() {
        Address shipTo = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Way").city("London")
                .postalCode("N1 9GU").countryCode("GB").coordinates(new Coordinates(51.5, -0.1)).build();
        return List.of(
                new PlacementEvent.OrderPlaced(OrderId.of("ORD-1"), Channel.WEB, "EXT-1", CustomerRef.of("C-1"), shipTo,
                        PaymentMethod.card("tok_1"), CurrencyUnit.EUR,
                        List.of(new PlacementEvent.PlacedLine(L1, SKU, 3, TEN)), AT),
                new AllocationEvent.ReservationFailed(2, List.of(new Shortfall(SKU, WH, 3, 1))),
                new AllocationEvent.UnitsAllocated(L1, WH, 2),
                new AllocationEvent.UnitsDeallocated(ReleaseId.of("ORD-1-R1"), L1, WH, 1, "location closed"),
                new WaitingEvent.UnitsPreordered(L1, 1, AT),
                new WaitingEvent.UnitsBackordered(L1, 1, 2, Optional.of(LocalDate.parse("2026-03-10")), "stock short"),
                new WaitingEvent.WaitingUnitsFilled(L1, Bucket.BACKORDERED, 1, 0, "receipt/R-1"),
                new WaitingEvent.ReleaseFellShort(L1, 1, "release/SKU-1"),
                new WaitingEvent.ReleaseDateMoved(L1, AT, AT.plusSeconds(86_400)),
                new IndentEvent.PurchaseRequested(PurchaseId.of("ORD-1-PR1"), L1, SKU, LocationId.of("SUP-1"), 3),
                new IndentEvent.SupplierConfirmed(PurchaseId.of("ORD-1-PR1"), 2, LocalDate.parse("2026-03-12")),
                new IndentEvent.SupplierRejected(PurchaseId.of("ORD-1-PR1"), "discontinued"),
                new IndentEvent.SupplierShortfallSettled(PurchaseId.of("ORD-1-PR1"), L1, 1, Bucket.BACKORDERED, "supplier short"),
                new IndentEvent.PurchaseGoodsReceived(ReceiptId.of("RCPT-1"), PurchaseId.of("ORD-1-PR1"), L1, WH, 2),
                new PaymentEvent.PaymentAuthorized(AuthorizationId.of("AUTH-1"), TEN, AT),
                new PaymentEvent.PaymentDeclined(PaymentEvent.PaymentStage.CAPTURE, "insufficient funds"),
                new PaymentEvent.PaymentRetryRequested(PaymentMethod.cashOnDelivery()),
                new PaymentEvent.PaymentCaptured(PK, AuthorizationId.of("AUTH-1"), CaptureId.of("CAP-1"), TEN),
                new PaymentEvent.AuthorizationLapsed(AuthorizationId.of("AUTH-1"), TEN),
                new PaymentEvent.AuthorizationVoided(AuthorizationId.of("AUTH-1"), TEN),
                new PaymentEvent.PreorderPrepaid(AuthorizationId.of("AUTH-1"), CaptureId.of("CAP-2"), TEN),
                new PaymentEvent.PaymentRefunded(CaptureId.of("CAP-2"), RefundId.of("REF-1"), TEN),
                new PaymentEvent.RefundDeclined(CaptureId.of("CAP-2"), TEN, "provider down"),
                new PaymentEvent.CashCollected(PK, TEN),
                new FulfilmentEvent.PickListCreated(PickListId.of("ORD-1-PL1"), WH,
                        List.of(new FulfilmentEvent.PickItem(L1, SKU, 2, "A-01"))),
                new FulfilmentEvent.PickListPicked(PickListId.of("ORD-1-PL1")),
                new FulfilmentEvent.PackagePacked(PK, WH, List.of(new PackageItem(L1, 2)), Optional.of("fragile"),
                        Optional.empty()),
                new FulfilmentEvent.LabelPurchased(PK, "ACME", LabelId.of("LBL-1"), "TRK-1", Money.parse("EUR 4.50")),
                new FulfilmentEvent.LabelRefused(PK, "express", "not served"),
                new FulfilmentEvent.LabelVoided(PK, LabelId.of("LBL-1")),
                new FulfilmentEvent.PackageOpened(PK, "customer cancelled"),
                new FulfilmentEvent.PackageShipped(PK, AT),
                new FulfilmentEvent.PackageDelivered(PK, AT.plusSeconds(3_600)),
                new CancellationEvent.UnitsCancelled(ReleaseId.of("ORD-1-C1"), L1, Bucket.ALLOCATED, Optional.of(WH), 1, "changed mind"),
                new CancellationEvent.UnitsCancelled(ReleaseId.of("ORD-1-C2"), L1, Bucket.PENDING, Optional.empty(), 1, "changed mind"),
                new EffectEvent.ReservationRequested(1, List.of(new AllocationEvent.Reservation(L1, SKU, WH, 2))),
                new EffectEvent.AuthorizationRequested(1, TEN),
                new EffectEvent.PrepaymentRequested(1, L1, 1, AuthorizationId.of("AUTH-1"), TEN),
                new EffectEvent.PurchaseRequestSent(PurchaseId.of("ORD-1-PR1")),
                new EffectEvent.RingFenceReserved(ReceiptId.of("RCPT-1")),
                new EffectEvent.LabelRequested(PK, "standard"),
                new EffectEvent.StockConsumed(PK),
                new EffectEvent.StockReleased(ReleaseId.of("ORD-1-C1")),
                new EffectEvent.NotificationSent("ORD-1:confirmed"));
    }

    /**
     * One sample of each event type added after the v1 golden file was written: their stored forms are pinned by
     * their fixture under {@code golden/v2} ({@link EventCodecFixturesTest}), as v1 lines are never added.
     */
    static List<OrderEvent> addedAfterV1() {
        return List.of(
                new ApprovalEvent.ApprovalHoldPlaced(ApprovalReason.FRAUD_REVIEW, "score 87 above 80"),
                new ApprovalEvent.ApprovalHoldReleased(ApprovalReason.FRAUD_REVIEW, "reviewed by agent 12"),
                new ApprovalEvent.ApprovalHoldRejected(ApprovalReason.ADDRESS_CHECK, "address does not exist"),
                new FulfilmentEvent.PickListVoided(PickListId.of("ORD-1-PL1"), "shipped from the other warehouse"),
                new AllocationEvent.UnitsLost(ReleaseId.of("ORD-1-LOSS1"), L1, WH, 1, "count found 0 of 1"),
                new ExternalFulfilmentEvent.FulfilmentRequested(FR1, FBA, List.of(new PackageItem(L1, 2))),
                new EffectEvent.FulfilmentRequestSent(FR1),
                new ExternalFulfilmentEvent.ExternalShipmentConfirmed(FR1, PackageId.of("ORD-1-FR1-S1"), FBA,
                        List.of(new PackageItem(L1, 1)), "DHL", "00340434", Instant.parse("2026-03-02T09:00:00Z")),
                new ExternalFulfilmentEvent.FulfilmentRejected(FR1, "REJ-1", List.of(new PackageItem(L1, 1)),
                        "not eligible for this channel"),
                new AllocationEvent.DropshipAllocated(L1, LocationId.of("SUP-1"), 2),
                new AllocationEvent.AllocationMoveRequested(ReleaseId.of("ORD-1-M4"), STORE,
                        List.of(new AllocationEvent.Relocation(L1, SKU, WH, 2))),
                new AllocationEvent.AllocationMoved(ReleaseId.of("ORD-1-M4"), STORE, List.of(new AllocationEvent.Relocation(L1, SKU, WH, 2))),
                new AllocationEvent.AllocationMoveRefused(ReleaseId.of("ORD-1-M4"), List.of(new Shortfall(SKU, STORE, 2, 1))),
                new ReturnEvent.ReturnRequested(ReturnId.of("ORD-1-RMA1"), List.of(new ReturnEvent.ReturnItem(L1, 1, "too small"),
                        new ReturnEvent.ReturnItem(L1, 1, "chipped")), Instant.parse("2026-03-10T09:00:00Z")),
                new ReturnEvent.ReturnApproved(ReturnId.of("ORD-1-RMA1"), "approved by agent 7"),
                new ReturnEvent.ReturnRejected(ReturnId.of("ORD-1-RMA2"), "worn, outside policy"),
                new ReturnEvent.ReturnReceived(ReturnId.of("ORD-1-RMA1"), 1, WH, List.of(
                        new ReturnEvent.ReceivedItem(L1, 1, ReturnEvent.Disposition.RESTOCK),
                        new ReturnEvent.ReceivedItem(L1, 1, ReturnEvent.Disposition.WRITE_OFF)), Instant.parse("2026-03-20T09:00:00Z"),
                        Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("0.50")),
                        List.of(new ReturnEvent.CaptureRefund(CaptureId.of("CAP-1"), Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("19.50"))))),
                new ReturnEvent.ReturnRefunded(ReturnId.of("ORD-1-RMA1"), 1, 1, RefundId.of("REF-2")),
                new ReturnEvent.ReturnedUnitsRestocked(ReturnId.of("ORD-1-RMA1"), 1, L1),
                new CancellationEvent.OrderReopened("customer called back"),
                new ClaimEvent.ClaimSettled(ClaimId.of("ORD-1-CLM1"), PackageId.of("ORD-1-S1"), ClaimEvent.ClaimReason.DAMAGED,
                        List.of(new PackageItem(L1, 1)), Instant.parse("2026-03-21T09:00:00Z"),
                        List.of(new ReturnEvent.CaptureRefund(CaptureId.of("CAP-1"), Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("14.03"))))),
                new ClaimEvent.ClaimRefunded(ClaimId.of("ORD-1-CLM1"), 1, RefundId.of("REF-3")),
                new ClaimEvent.ReplacementAdded(ClaimId.of("ORD-1-CLM2"), List.of(new PlacementEvent.PlacedLine(LineId.of("L2"), SKU, 1,
                        Money.zero(CurrencyUnit.EUR), true))),
                new TrackingEvent.PackageTracked(PackageId.of("ORD-1-S1"), "EV-9001", TrackingStatus.EXCEPTION,
                        Instant.parse("2026-03-03T08:30:00Z"), Optional.of("address not found")),
                new EditEvent.OrderEdited(1, List.of(new PlacementEvent.PlacedLine(LineId.of("L3"), Sku.of("SKU-2"), 2, TEN, true)),
                        List.of(new PackageItem(L1, 1)), Optional.of(Address.builder().recipient("Ada Lovelace")
                                .addLines("12 Difference Engine Row").city("London").postalCode("N1 7AA").countryCode("GB").build()),
                        Optional.of(dev.oms.spi.pricing.ShippingCharge.untaxed("express", Money.parse("EUR 9.50"))),
                        Instant.parse("2026-03-02T11:00:00Z")),
                new StoreCreditEvent.StoreCreditOwed(1, Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("14.03")),
                        "return ORD-1-RMA1 receipt 1"),
                new StoreCreditEvent.StoreCreditIssued(1, StoreCreditId.of("SC-7")),
                new StoreCreditEvent.StoreCreditDeclined(1, "account closed"),
                new ShipmentVoidEvent.ShipmentVoided(PackageId.of("ORD-1-PK1"), "the courier never came", Optional.of(PackageId.of("ORD-1-PK2")),
                        List.of(new ReturnEvent.CaptureRefund(CaptureId.of("CAP-1"), Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("25.00"))))),
                new ShipmentVoidEvent.VoidedStockReturned(PackageId.of("ORD-1-PK1")),
                new dev.oms.spi.event.ExchangeEvent.ExchangeOpened(ReturnId.of("ORD-1-RMA3"), List.of(new PlacementEvent.PlacedLine(
                        LineId.of("L4"), Sku.of("SHOE-43"), 1, Money.parse("EUR 120.00"), true, new dev.oms.spi.pricing.PriceBreakdown(
                                List.of(new dev.oms.spi.pricing.DiscountAllocation("exchange ORD-1-RMA3", Money.parse("EUR 100.00"))),
                                List.of(), true))), Money.parse("EUR 100.00"), Money.parse("EUR 100.00"), false,
                        Instant.parse("2026-03-25T10:00:00Z")),
                new dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn(ReturnId.of("ORD-1-RMA3"), 1, Money.parse("EUR 100.00")),
                new dev.oms.spi.event.ReleaseEvent.AuthorizationReleaseRequested(AuthorizationId.of("AUTH-1"), 1, Money.parse("EUR 12.99")),
                new dev.oms.spi.event.ReleaseEvent.AuthorizationReleased(AuthorizationId.of("AUTH-1"), 1, Money.parse("EUR 12.99")),
                new ReturnLabelEvent.ReturnLabelRequested(ReturnId.of("ORD-1-RMA1"), 1, LocationId.of("WH-1"), "ground"),
                new ReturnLabelEvent.ReturnLabelIssued(ReturnId.of("ORD-1-RMA1"), "ACME", LabelId.of("LBL-9"), "TRK-9",
                        Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("4.90"))),
                new ReturnLabelEvent.ReturnLabelRefused(ReturnId.of("ORD-1-RMA1"), "no return labels to that country"),
                new ReturnLabelEvent.ReturnLabelVoided(ReturnId.of("ORD-1-RMA1"), LabelId.of("LBL-9")));
    }

    /** {@return every sample: the v1 ones, then those of types added since} */
    static List<OrderEvent> allSamples() {
        return Stream.concat(samples().stream(), addedAfterV1().stream()).toList();
    }

    @Test
    void everySampleEncodesToTheNewestGoldenLineOfItsType() throws IOException {
        List<String> actual = samples().stream().map(EventCodec::encode).collect(Collectors.toList());
        Path written = Path.of("target", "golden-actual-events.jsonl");
        Files.createDirectories(written.getParent());
        Files.write(written, actual, StandardCharsets.UTF_8);

        Map<String, String> changedInV2 = golden("v2").stream().collect(Collectors.toMap(EventCodecGoldenTest::type, line -> line));
        List<String> newest = golden("v1").stream().map(line -> changedInV2.getOrDefault(type(line), line)).toList();
        assertThat(actual).as("encoded samples (written to %s)", written).containsExactlyElementsOf(newest);
    }

    @Test
    void everyV1LineDecodesToItsSampleWithTheTimeOfItsCommit() throws IOException {
        List<OrderEvent> decoded = golden("v1").stream().map(line -> EventCodec.decode(line, row(AT))).collect(Collectors.toList());

        assertThat(decoded).containsExactlyElementsOf(samples());
    }

    @Test
    void everyV2LineDecodesToItsSampleOnItsOwn() throws IOException {
        for (String line : golden("v2")) {
            OrderEvent decoded = EventCodec.decode(line);
            assertThat(allSamples()).as("the sample of %s", type(line)).contains(decoded);
            assertThat(EventCodec.decode(line, row(AT.plusSeconds(60)))).as("its own time, not its commit's").isEqualTo(decoded);
        }
    }

    @Test
    void aV1AuthorisationCountsFromItsCommitAndCannotBeReadWithoutIt() throws IOException {
        String v1 = golden("v1").stream().filter(line -> type(line).equals("PaymentAuthorized")).findFirst().orElseThrow();
        Instant committed = Instant.parse("2026-03-02T08:00:00Z");

        assertThat(((PaymentEvent.PaymentAuthorized) EventCodec.decode(v1, row(committed))).authorizedAt()).isEqualTo(committed);
        assertThat(EventCodec.decodeAll("[" + v1 + "]", row(committed)))
                .containsExactly(new PaymentEvent.PaymentAuthorized(AuthorizationId.of("AUTH-1"), TEN, committed));
        assertThatThrownBy(() -> EventCodec.decode(v1)).isInstanceOf(StoredFormatException.class)
                .hasMessageContaining("commit's time");
    }

    /**
     * The samples of format v3, {@code golden/events-v3.jsonl}: {@code OrderPlaced} with a line whose SKU's
     * stock is not tracked, stored with {@code "stockTracked":false}. A tracked line is stored as in v1 (the
     * field is written only when false), so every earlier line still decodes, as tracked.
     */
    static List<OrderEvent> v3Samples() {
        PlacementEvent.OrderPlaced placed = (PlacementEvent.OrderPlaced) samples().get(0);
        return List.of(new PlacementEvent.OrderPlaced(placed.orderId(), placed.channel(), placed.externalId(), placed.customer(),
                placed.shipTo(), placed.paymentMethod(), placed.currency(), List.of(placed.lines().get(0),
                        new PlacementEvent.PlacedLine(LineId.of("L2"), Sku.of("GIFT-CARD"), 1, Money.parse("EUR 25.00"), false)),
                placed.placedAt()));
    }

    @Test
    void everyV3SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v3 = golden("v3");

        assertThat(v3Samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v3);
        assertThat(v3.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(v3Samples());
        assertThat(((PlacementEvent.OrderPlaced) EventCodec.decode(v3.get(0))).lines())
                .extracting(PlacementEvent.PlacedLine::stockTracked).containsExactly(true, false);
    }

    @Test
    void everyOrderPlacedStoredBeforeV3DecodesWithTrackedLines() throws IOException {
        List<String> older = new ArrayList<>(golden("v1"));
        older.addAll(golden("v2"));
        List<PlacementEvent.OrderPlaced> placed = older.stream().filter(line -> type(line).equals("OrderPlaced"))
                .map(line -> (PlacementEvent.OrderPlaced) EventCodec.decode(line, row(AT))).toList();

        assertThat(placed).isNotEmpty();
        assertThat(placed).flatExtracting(PlacementEvent.OrderPlaced::lines).extracting(PlacementEvent.PlacedLine::stockTracked)
                .containsOnly(true);
    }

    @Test
    void aStockTrackedFlagThatIsNoBooleanIsRefused() throws IOException {
        String mistyped = golden("v3").get(0).replace("\"stockTracked\":false", "\"stockTracked\":\"no\"");

        assertThatThrownBy(() -> EventCodec.decode(mistyped)).isInstanceOf(StoredFormatException.class)
                .hasMessageContaining("stockTracked");
    }

    /**
     * The samples of format v4, {@code golden/events-v4.jsonl}: {@code OrderPlaced} of a click-and-collect order,
     * stored with {@code "pickup"}. An order shipped to the customer is stored as before v4 (the field is written
     * only for a pickup), so every earlier line still decodes, with no pickup.
     */
    static List<OrderEvent> v4Samples() {
        PlacementEvent.OrderPlaced placed = (PlacementEvent.OrderPlaced) samples().get(0);
        return List.of(new PlacementEvent.OrderPlaced(placed.orderId(), placed.channel(), placed.externalId(), placed.customer(),
                placed.shipTo(), Optional.of(Pickup.withTransfer(LocationId.of("ST-1"))), placed.paymentMethod(), placed.currency(),
                placed.lines(), placed.placedAt()));
    }

    @Test
    void everyV4SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v4 = golden("v4");

        assertThat(v4Samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v4);
        assertThat(v4.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(v4Samples());
        assertThat(((PlacementEvent.OrderPlaced) EventCodec.decode(v4.get(0))).pickup())
                .contains(new Pickup(LocationId.of("ST-1"), true));
    }

    @Test
    void everyOrderPlacedStoredBeforeV4DecodesWithoutPickup() throws IOException {
        List<String> older = new ArrayList<>(golden("v1"));
        older.addAll(golden("v2"));
        older.addAll(golden("v3"));
        List<PlacementEvent.OrderPlaced> placed = older.stream().filter(line -> type(line).equals("OrderPlaced"))
                .map(line -> (PlacementEvent.OrderPlaced) EventCodec.decode(line, row(AT))).toList();

        assertThat(placed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(placed).extracting(PlacementEvent.OrderPlaced::pickup).containsOnly(Optional.empty());
    }

    @Test
    void aPickupWithoutItsStoreOrWithATransferFlagThatIsNoBooleanIsRefused() throws IOException {
        String line = golden("v4").get(0);
        String noStore = line.replace("\"store\":\"ST-1\",", "");
        String mistyped = line.replace("\"transferAllowed\":true", "\"transferAllowed\":\"yes\"");
        String noFlag = line.replace(",\"transferAllowed\":true", "");

        assertThatThrownBy(() -> EventCodec.decode(noStore)).isInstanceOf(StoredFormatException.class).hasMessageContaining("store");
        assertThatThrownBy(() -> EventCodec.decode(mistyped)).isInstanceOf(StoredFormatException.class)
                .hasMessageContaining("transferAllowed");
        assertThatThrownBy(() -> EventCodec.decode(noFlag)).isInstanceOf(StoredFormatException.class)
                .hasMessageContaining("transferAllowed");
    }

    @Test
    void everyEventTypeHasAGoldenSample() {
        Set<Class<?>> sampled = allSamples().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(eventTypes(OrderEvent.class).collect(Collectors.toSet()));
    }

    private static Stream<Class<?>> eventTypes(Class<?> type) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        return permitted == null ? Stream.of(type) : Arrays.stream(permitted).flatMap(EventCodecGoldenTest::eventTypes);
    }

    /** The stored type a golden line names. */
    static String type(String line) {
        return StoredJson.read(line).get("type").textValue();
    }

    /** An outbox row of order ORD-1 whose commit was recorded at {@code recordedAt}. */
    static StoredRow row(Instant recordedAt) {
        return StoredRow.outbox(OrderId.of("ORD-1"), 2, 0, recordedAt);
    }

    static List<String> golden(String version) throws IOException {
        String file = "golden/events-" + version + ".jsonl";
        try (InputStream in = EventCodecGoldenTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as("%s on the test class path", file).isNotNull();
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
