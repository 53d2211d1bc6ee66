// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres.crash;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.ExchangeOpening;
import dev.oms.core.application.ExchangeRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Packed;
import dev.oms.core.application.ResumeReport;
import dev.oms.core.application.ClaimRequest;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnLabelAsk;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.application.EditRequest;
import dev.oms.core.edit.ChangeSet;
import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.ReturnId;
import static dev.oms.postgres.crash.Storage.EAST;
import static dev.oms.postgres.crash.Storage.WEST;
import static dev.oms.postgres.crash.Storage.SHOE;
import static dev.oms.postgres.crash.Storage.SOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.VoidShipmentRequest;
import dev.oms.core.application.VoidedShipment;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryCatalog;
import dev.oms.inmemory.InMemoryNotificationSender;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.inmemory.InMemoryStoreCredit;
import dev.oms.inmemory.SequentialIdGenerator;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.testkit.Invariants;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kills the process at every port call of a whole story (three orders: one shipped and delivered, one of its units
 * returned (a return label bought for the west warehouse, the shoe dropped in the east, the label voided), restocked and
 * refunded, another claimed damaged and refunded, another returned with a return label it is received by and paid back as
 * store credit, and the last claimed lost and reshipped (its replacement reserved); one edited to add a line, its difference
 * authorised, then labelled and cancelled; one shipped, its shipment voided keeping it packed, shipped again and voided
 * again back onto the shelf: each label voided, each capture refunded, the sock back in stock once each time; one whose
 * delivered sock is exchanged for a shoe, the difference authorised and the sock received back; one edited to take a
 * sock off, its money released at once, then cancelled), once
 * before the call reaches the port and once right after the port acted, then restarts: a new {@link OrderManagement}
 * over the same storage runs {@code resumeAll()} and the host repeats the command that died. Every run must end exactly
 * where the run without a crash ends: same statuses and buckets, same stock, one capture per package, one label per
 * package and per return label asked, one refund (or store credit) and one restock per returned unit, one label void, refund and return to stock
 * per voided shipment, one void of the unused return label, each notification delivered once, nothing left owed.
 */
class CrashRecoveryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TestFactory
    Stream<DynamicTest> inMemoryStorageRecoversFromACrashAtEveryPortCall() {
        return crashAtEveryCall(Storage.IN_MEMORY);
    }

    @TestFactory
    Stream<DynamicTest> postgresStorageRecoversFromACrashAtEveryPortCall() {
        return crashAtEveryCall(Storage.POSTGRES);
    }

    private Stream<DynamicTest> crashAtEveryCall(Storage storage) {
        Crash counting = Crash.never();
        Outcome expected = run(storage, counting);
        assertThat(expected.pendingEffects()).isZero();
        assertThat(expected.violations()).isEmpty();
        // The reshipped shoe is allocated and waits to ship again.
        assertThat(expected.statuses()).containsEntry("W-A", "PARTIALLY_SHIPPED").containsEntry("W-B", "CANCELLED")
                .containsEntry("W-C", "ALLOCATED");
        assertThat(expected.labelsBought()).isEqualTo(5); // W-A's, W-B's, W-C's two, W-D's
        // W-B's opened parcel's, W-C's two voided shipments', and the return label to the west no unit came back with.
        assertThat(expected.labelsVoided()).isEqualTo(4);
        assertThat(expected.returnLabelsBought()).isEqualTo(2);
        assertThat(expected.payments().get("W-C")).contains("captured EUR 10.00").contains("refunded EUR 10.00");
        assertThat(expected.payments().get("W-A")).contains("refunded EUR 55.00") // a returned shoe and a claimed sock
                .contains("credited EUR 5.00 in 1 credits"); // a returned sock
        // The edit's sock was authorised on its own before the edit was recorded; the cancellation voids both.
        assertThat(expected.payments().get("W-B")).contains("authorized EUR 55.00", "voided EUR 55.00");
        // The exchange: the sock's EUR 5.00 pays for the shoe, the EUR 45.00 difference authorised on its own; no refund.
        assertThat(expected.payments().get("W-D")).contains("authorized EUR 50.00", "captured EUR 5.00", "refunded EUR 0.00");
        assertThat(expected.payments().get("W-E")).contains("authorized EUR 10.00", "voided EUR 10.00", "released 1 times");
        assertThat(expected.buckets().get("W-D")).containsEntry(Bucket.RETURNED, 1L).containsEntry(Bucket.ALLOCATED, 1L);
        assertThat(expected.buckets().get("W-A")).containsEntry(Bucket.RETURNED, 2L).containsEntry(Bucket.CLAIMED, 2L)
                .containsEntry(Bucket.ALLOCATED, 1L).containsEntry(Bucket.DELIVERED, 0L);
        assertThat(counting.calls()).isGreaterThan(10);
        List<DynamicTest> tests = new ArrayList<>();
        for (int call = 1; call <= counting.calls(); call++) {
            for (Crash.When when : Crash.When.values()) {
                int at = call;
                tests.add(DynamicTest.dynamicTest("crash " + when + " port call " + at, () -> {
                    Crash crash = Crash.at(at, when);
                    Outcome outcome = run(storage, crash);
                    assertThat(crash.fired()).isTrue();
                    assertThat(outcome).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    /** Plays the story, restarting after every crash, and tells how it ended. */
    private static Outcome run(Storage storage, Crash crash) {
        Shop shop = new Shop(storage.open(), crash);
        OrderManagement oms = shop.start();
        for (Step step : story()) {
            for (int attempt = 1; ; attempt++) {
                assertThat(attempt).as("attempts at one step").isLessThanOrEqualTo(3);
                Either<Rejection, Order> result;
                try {
                    result = step.apply(oms, shop);
                } catch (RuntimeException died) {
                    result = null;
                }
                if (!crash.died()) {
                    assertThat(result).as("step without a crash").isNotNull();
                    assertThat(result.isRight()).as("step answered %s", result).isTrue();
                    break;
                }
                crash.restart();
                oms = shop.start();
                // Recovery from storage alone settles every effect owed, before the host repeats anything.
                assertThat(oms.recovery().resumeAll()).as("orders still owing effects after resumeAll").returns(true, ResumeReport::settled);
                // The host repeats a command only when it never heard the answer.
                if (result != null && result.isRight()) {
                    break;
                }
            }
        }
        return Outcome.of(shop, oms);
    }

    private interface Step {
        Either<Rejection, Order> apply(OrderManagement oms, Shop shop);
    }

    private static List<Step> story() {
        return List.of(
                (oms, shop) -> oms.orders().place(order("W-A", line("SHOE", 2, "EUR 50.00"), line("SOCK", 2, "EUR 5.00"))),
                (oms, shop) -> oms.orders().place(order("W-B", line("SHOE", 1, "EUR 50.00"))),
                (oms, shop) -> oms.edits().confirm(shop.id("W-B"), new EditRequest("edit-B", new ChangeSet(
                        List.of(line("SOCK", 1, "EUR 5.00")), List.of(), java.util.Optional.empty(), "socks too"))),
                (oms, shop) -> oms.warehouse().createPickLists(shop.id("W-A")).map(PickListsCreated::order),
                (oms, shop) -> pickAll(oms, shop.id("W-A")),
                (oms, shop) -> oms.warehouse().confirmPacked(shop.id("W-A"), PackRequest.of("pack-A", EAST,
                        List.of(new PackageItem(LineId.of("L1"), 2), new PackageItem(LineId.of("L2"), 2)))).map(Packed::order),
                (oms, shop) -> oms.warehouse().ship(shop.id("W-A"), onlyPackage(oms, shop.id("W-A")), "ground").map(Shipped::order),
                (oms, shop) -> oms.warehouse().confirmDelivery(shop.id("W-A"), onlyPackage(oms, shop.id("W-A"))),
                (oms, shop) -> oms.returns().request(shop.id("W-A"), new ReturnRequest("rma-A",
                        List.of(new ReturnRequest.Line(LineId.of("L1"), 1, "too small")))).map(ReturnOpened::order),
                (oms, shop) -> oms.returns().approve(shop.id("W-A"), new ReturnDecision("approve-A", lastReturn(oms, shop.id("W-A")), "agent 7")),
                // A return label to the west; the shoe is dropped in the east instead: the label is voided once.
                (oms, shop) -> oms.returns().requestLabel(shop.id("W-A"), new ReturnLabelAsk("label-A", lastReturn(oms, shop.id("W-A")),
                        WEST, "ground")),
                (oms, shop) -> oms.returns().receive(shop.id("W-A"), new ReturnArrival("arrive-A", lastReturn(oms, shop.id("W-A")), EAST,
                        List.of(new ReturnArrival.Line(LineId.of("L1"), 1, Disposition.RESTOCK)))),
                (oms, shop) -> oms.returns().claim(shop.id("W-A"), new ClaimRequest("claim-A", onlyPackage(oms, shop.id("W-A")),
                        ClaimEvent.ClaimReason.DAMAGED, List.of(new PackageItem(LineId.of("L2"), 1)))),
                // The other sock comes back and is paid back as store credit: issued exactly once, whatever call dies.
                (oms, shop) -> oms.returns().request(shop.id("W-A"), new ReturnRequest("rma-A2",
                        List.of(new ReturnRequest.Line(LineId.of("L2"), 1, "wrong colour")))).map(ReturnOpened::order),
                (oms, shop) -> oms.returns().approve(shop.id("W-A"), new ReturnDecision("approve-A2", lastReturn(oms, shop.id("W-A")), "agent 7")),
                // A return label to the east, where the sock arrives: bought once and kept.
                (oms, shop) -> oms.returns().requestLabel(shop.id("W-A"), new ReturnLabelAsk("label-A2", lastReturn(oms, shop.id("W-A")),
                        EAST, "ground")),
                (oms, shop) -> oms.returns().receive(shop.id("W-A"), new ReturnArrival("arrive-A2", lastReturn(oms, shop.id("W-A")), EAST,
                        List.of(new ReturnArrival.Line(LineId.of("L2"), 1, Disposition.WRITE_OFF)), RefundTender.STORE_CREDIT)),
                (oms, shop) -> oms.returns().claim(shop.id("W-A"), new ClaimRequest("reship-A", onlyPackage(oms, shop.id("W-A")),
                        ClaimEvent.ClaimReason.NOT_RECEIVED, ClaimEvent.ClaimResolution.RESHIP, List.of(new PackageItem(LineId.of("L1"), 1)))),
                (oms, shop) -> oms.warehouse().createPickLists(shop.id("W-B")).map(PickListsCreated::order),
                (oms, shop) -> pickAll(oms, shop.id("W-B")),
                (oms, shop) -> oms.warehouse().confirmPacked(shop.id("W-B"), PackRequest.of("pack-B", EAST,
                        List.of(new PackageItem(LineId.of("L1"), 1), new PackageItem(LineId.of("L2"), 1)))).map(Packed::order),
                (oms, shop) -> oms.warehouse().label(shop.id("W-B"), onlyPackage(oms, shop.id("W-B")), "ground"),
                (oms, shop) -> oms.orders().cancel(shop.id("W-B"), CancelRequest.wholeOrder("cancel-B", "customer changed mind")).map(Cancelled::order),
                // A sock shipped, its shipment voided (kept packed), shipped again, and voided again (back on the shelf).
                (oms, shop) -> oms.orders().place(order("W-C", line("SOCK", 1, "EUR 5.00"))),
                (oms, shop) -> oms.warehouse().createPickLists(shop.id("W-C")).map(PickListsCreated::order),
                (oms, shop) -> pickAll(oms, shop.id("W-C")),
                (oms, shop) -> oms.warehouse().confirmPacked(shop.id("W-C"), PackRequest.of("pack-C", EAST,
                        List.of(new PackageItem(LineId.of("L1"), 1)))).map(Packed::order),
                (oms, shop) -> oms.warehouse().ship(shop.id("W-C"), packageIn(oms, shop.id("W-C"), OrderPackage.State.PACKED), "ground").map(Shipped::order),
                (oms, shop) -> oms.warehouse().voidShipment(shop.id("W-C"), new VoidShipmentRequest("void-C1",
                        packageIn(oms, shop.id("W-C"), OrderPackage.State.SHIPPED), "not collected", VoidShipmentRequest.Outcome.KEEP_PACKED))
                        .map(VoidedShipment::order),
                (oms, shop) -> oms.warehouse().ship(shop.id("W-C"), packageIn(oms, shop.id("W-C"), OrderPackage.State.PACKED), "ground").map(Shipped::order),
                (oms, shop) -> oms.warehouse().voidShipment(shop.id("W-C"), new VoidShipmentRequest("void-C2",
                        packageIn(oms, shop.id("W-C"), OrderPackage.State.SHIPPED), "not collected again", VoidShipmentRequest.Outcome.RESTOCK))
                        .map(VoidedShipment::order),
                // A delivered sock exchanged for a shoe: the difference authorised once, the credit drawn once on arrival.
                (oms, shop) -> oms.orders().place(order("W-D", line("SOCK", 1, "EUR 5.00"))),
                (oms, shop) -> oms.warehouse().createPickLists(shop.id("W-D")).map(PickListsCreated::order),
                (oms, shop) -> pickAll(oms, shop.id("W-D")),
                (oms, shop) -> oms.warehouse().confirmPacked(shop.id("W-D"), PackRequest.of("pack-D", EAST,
                        List.of(new PackageItem(LineId.of("L1"), 1)))).map(Packed::order),
                (oms, shop) -> oms.warehouse().ship(shop.id("W-D"), onlyPackage(oms, shop.id("W-D")), "ground").map(Shipped::order),
                (oms, shop) -> oms.warehouse().confirmDelivery(shop.id("W-D"), onlyPackage(oms, shop.id("W-D"))),
                (oms, shop) -> oms.exchanges().open(shop.id("W-D"), new ExchangeRequest("exchange-D",
                        List.of(new ReturnRequest.Line(LineId.of("L1"), 1, "wrong size")), List.of(line("SHOE", 1, "EUR 50.00")), false))
                        .map(ExchangeOpening::order),
                (oms, shop) -> oms.returns().receive(shop.id("W-D"), new ReturnArrival("arrive-D", lastReturn(oms, shop.id("W-D")), EAST,
                        List.of(new ReturnArrival.Line(LineId.of("L1"), 1, Disposition.RESTOCK)))),
                // An edit takes a sock off: its money is released at once, once; the cancellation voids the rest.
                (oms, shop) -> oms.orders().place(order("W-E", line("SOCK", 2, "EUR 5.00"))),
                (oms, shop) -> oms.edits().confirm(shop.id("W-E"), new EditRequest("edit-E", new ChangeSet(List.of(),
                        List.of(new PackageItem(LineId.of("L1"), 1)), java.util.Optional.empty(), "one pair is enough"))),
                (oms, shop) -> oms.orders().cancel(shop.id("W-E"), CancelRequest.wholeOrder("cancel-E", "changed mind")).map(Cancelled::order));
    }

    private static Either<Rejection, Order> pickAll(OrderManagement oms, OrderId id) {
        Either<Rejection, Order> last = oms.queries().find(id).<Either<Rejection, Order>>map(Either::right).orElse(null);
        for (PickListId list : oms.queries().find(id).get().pickLists().keySet()) {
            last = oms.warehouse().confirmPicked(id, list);
        }
        return last;
    }

    private static dev.oms.spi.value.PackageId onlyPackage(OrderManagement oms, OrderId id) {
        return oms.queries().find(id).get().packages().keySet().single();
    }

    /**
     * The package of the order in that state. A repeated command finds it moved on: a void's package is the newest voided
     * one, a shipment's the newest package.
     */
    private static dev.oms.spi.value.PackageId packageIn(OrderManagement oms, OrderId id, OrderPackage.State state) {
        io.vavr.collection.List<OrderPackage> packages = oms.queries().find(id).get().packages().values().toList();
        return packages.find(p -> p.state() == state).getOrElse(() -> state == OrderPackage.State.SHIPPED
                ? packages.filter(p -> p.state() == OrderPackage.State.VOIDED).last() : packages.last()).id();
    }

    private static ReturnId lastReturn(OrderManagement oms, OrderId id) {
        return oms.queries().find(id).get().returns().all().last().id();
    }

    private static LineRequest line(String sku, long quantity, String price) {
        return LineRequest.of(sku, quantity, Money.parse(price));
    }

    private static PlaceOrder order(String externalId, LineRequest... lines) {
        Address address = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row").city("London")
                .postalCode("N1 9GU").countryCode("GB").build();
        return PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-" + externalId))
                .shipTo(address).paymentMethod(PaymentMethod.card("tok_ok")).lines(List.of(lines)).build();
    }

    /** The host: storage that survives restarts, and the outside world (payments, carrier, customers). */
    private static final class Shop {
        final Storage.Stores stores;
        final Crash crash;
        final InMemoryPaymentGateway payments = new InMemoryPaymentGateway();
        final InMemoryShippingCarrier carrier = InMemoryShippingCarrier.withDefaultServices();
        final InMemoryNotificationSender notifications = new InMemoryNotificationSender();
        final InMemoryStoreCredit storeCredit = new InMemoryStoreCredit();
        final InMemoryCatalog catalog = new InMemoryCatalog().add(new Product(SHOE, "Shoe"), new Product(SOCK, "Sock"));
        final SequentialIdGenerator ids = new SequentialIdGenerator();

        Shop(Storage.Stores stores, Crash crash) {
            this.stores = stores;
            this.crash = crash;
        }

        /** A new facade instance over the same storage and world, as after a process restart. */
        OrderManagement start() {
            return OrderManagement.builder().ports(new Ports(CrashingPorts.orders(stores.orders(), crash),
                    CrashingPorts.inventory(stores.inventory(), crash), CrashingPorts.payments(payments, crash),
                    CrashingPorts.carrier(carrier, crash), CrashingPorts.notifications(notifications, crash), catalog, ids,
                    CLOCK)).storeCredit(CrashingPorts.storeCredit(storeCredit, crash)).build();
        }

        OrderId id(String externalId) {
            return stores.orders().findByChannelOrder(Channel.WEB, externalId).get();
        }
    }

    /** How a run ended, in terms that do not depend on generated ids. */
    record Outcome(Map<String, String> statuses, Map<String, Map<Bucket, Long>> buckets, Map<String, String> payments,
            List<StockLevel> stock, long pendingEffects, long paymentCallsPerformed, int labelsBought, int labelsVoided,
            int returnLabelsBought, List<String> notifications, List<String> violations) {

        static Outcome of(Shop shop, OrderManagement oms) {
            Map<String, String> statuses = new TreeMap<>();
            Map<String, Map<Bucket, Long>> buckets = new TreeMap<>();
            Map<String, String> payments = new TreeMap<>();
            Map<OrderId, String> externalIds = new TreeMap<>();
            List<String> violations = new ArrayList<>();
            long pending = 0;
            for (OrderId id : Page.all(oms.queries()::orderIds)) {
                Order order = oms.queries().find(id).get();
                externalIds.put(id, order.externalId());
                statuses.put(order.externalId(), order.status().name());
                Map<Bucket, Long> counts = new EnumMap<>(Bucket.class);
                for (Bucket bucket : Bucket.values()) {
                    counts.put(bucket, order.units(bucket));
                }
                buckets.put(order.externalId(), counts);
                payments.put(order.externalId(), "authorized " + shop.payments.authorized(id, CurrencyUnit.EUR)
                        + ", captured " + shop.payments.captured(id, CurrencyUnit.EUR)
                        + ", voided " + shop.payments.voided(id, CurrencyUnit.EUR)
                        + ", refunded " + shop.payments.refunded(id, CurrencyUnit.EUR)
                        + ", credited " + shop.storeCredit.issued(id, CurrencyUnit.EUR) + " in " + shop.storeCredit.issuedCount() + " credits"
                        + "; order says captured " + order.payment().captured() + ", released "
                        + order.payment().authorizations().values().map(a -> a.released()).sum() + " times");
                pending += PendingEffects.of(order).size();
                var stored = shop.stores.orders().load(id).get();
                violations.addAll(Invariants.conservation(stored));
                violations.addAll(Invariants.money(stored));
                violations.addAll(dev.oms.testkit.OrderInvariants.returns(order));
            }
            List<StockLevel> stock = new ArrayList<>(shop.stores.inventory().stockOf(SHOE));
            stock.addAll(shop.stores.inventory().stockOf(SOCK));
            violations.addAll(Invariants.noOversell(stock));
            List<String> notifications = shop.notifications.delivered().stream()
                    .map((Notification n) -> externalIds.get(n.orderId()) + " " + n.kind()).sorted().toList();
            return new Outcome(statuses, buckets, payments, stock, pending, shop.payments.performedCalls(),
                    shop.carrier.labelsPurchased().size(), shop.carrier.labelsVoided().size(), shop.carrier.returnLabelsPurchased().size(),
                    notifications, violations);
        }
    }
}
