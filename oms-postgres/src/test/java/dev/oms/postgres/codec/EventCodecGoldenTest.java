package dev.oms.postgres.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.event.WaitingEvent;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Pins the stored event format: one sample of every event type, encoded exactly as the golden file
 * {@code golden/events-v1.jsonl} says, and the golden lines decode back to the samples. The file was written
 * once by the codec as it stood when the format was settled; a change to it is a change to the stored
 * contract and needs a new format version with an upcaster, not an edit of this file.
 */
class EventCodecGoldenTest {

    private static final LineId L1 = LineId.of("L1");
    private static final Sku SKU = Sku.of("SKU-1");
    private static final LocationId WH = LocationId.of("WH-1");
    private static final PackageId PK = PackageId.of("ORD-1-PK1");
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
                new PaymentEvent.PaymentAuthorized(AuthorizationId.of("AUTH-1"), TEN),
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

    @Test
    void everySampleEncodesToItsGoldenLine() throws IOException {
        List<String> actual = samples().stream().map(EventCodec::encode).collect(Collectors.toList());
        Path written = Path.of("target", "golden-actual-events-v1.jsonl");
        Files.createDirectories(written.getParent());
        Files.write(written, actual, StandardCharsets.UTF_8);

        assertThat(actual).as("encoded samples (written to %s)", written).containsExactlyElementsOf(golden());
    }

    @Test
    void everyGoldenLineDecodesToItsSample() throws IOException {
        List<OrderEvent> decoded = golden().stream().map(EventCodec::decode).collect(Collectors.toList());

        assertThat(decoded).containsExactlyElementsOf(samples());
    }

    @Test
    void everyEventTypeHasAGoldenSample() {
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(eventTypes(OrderEvent.class).collect(Collectors.toSet()));
    }

    private static Stream<Class<?>> eventTypes(Class<?> type) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        return permitted == null ? Stream.of(type) : Arrays.stream(permitted).flatMap(EventCodecGoldenTest::eventTypes);
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = EventCodecGoldenTest.class.getResourceAsStream("/golden/events-v1.jsonl")) {
            assertThat(in).as("golden/events-v1.jsonl on the test class path").isNotNull();
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
