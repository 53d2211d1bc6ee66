// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.ClaimRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.order.ReturnReceipt;
import dev.oms.core.order.StoreCredits;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPricing.Promotion;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.payment.ForwardingPaymentGateway;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Random priced orders (a promotion, VAT, a restocking fee), delivered in two parcels, then random requests, answers,
 * receipts with random dispositions at random locations, and a refund provider that goes down and comes back. After
 * every step: a refused command stores nothing; units returned never exceed those asked for, nor those delivered; no
 * capture is refunded beyond what it took, nor the order refunded and credited beyond what it captured (half the
 * receipts and refund claims pay back as store credit, through a port that goes down with the refund provider); each
 * credit is issued once, and an arrival sent again answers as the first did; each restocked unit was added to stock
 * exactly once; and the money adds up: what the provider
 * refunded plus what is still owed plus the store credit plus the fees kept plus the value of the units reshipped is exactly
 * the value of the units returned and claimed, each line's units taking its shipped units' shares in turn; a reship adds
 * free replacement lines for exactly the units it claims, allocated at once.
 */
class ReturnReceiptProperties {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final LocationId STORE = LocationId.of("STORE-1");
    private static final List<LineId> LINES = List.of(LineId.of("L1"), LineId.of("L2"));
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    /**
     * One step, by {@code kind}: 0 and 1 ask to return, 2 to 4 approve, 5 rejects, 6 and 7 receive units an approved
     * return awaits, 8 receives units any return may not await, 9 takes the refund provider down or up and resumes,
     * 10 claims units of a line's parcel (damaged, not received, the wrong item), for a refund or a reship.
     */
    record Step(int kind, int line, int quantity, int target, int disposition, boolean storeCredit) {}

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.of(false, true))
                .as(Step::new).list().ofMinSize(6).ofMaxSize(14);
    }

    @Property(tries = 120)
    void returnedUnitsAreRefundedTheirExactSharesOnceAndRestockedOnce(@ForAll @IntRange(min = 1, max = 4) int mugs,
            @ForAll @IntRange(min = 1, max = 3) int teas, @ForAll @IntRange(min = 0, max = 2_000) int feeBasisPoints,
            @ForAll("histories") List<Step> history) {
        AtomicBoolean down = new AtomicBoolean(false);
        InMemoryAdapters adapters = InMemoryAdapters.create();
        OrderManagement oms = shop(adapters, down, ReturnPolicy.withinDays(30).withRestockingFee(feeBasisPoints));
        Order order = oms.orders().place(PlaceOrder.builder().channel(Channel.WEB).externalId("web-1").customer(CustomerRef.of("C-1"))
                .shipTo(Address.builder().recipient("Ada").addLines("1 Row").city("London").postalCode("N1 9GU").countryCode("GB").build())
                .paymentMethod(PaymentMethod.card("tok_ok")).lines(List.of(LineRequest.of("MUG", mugs, Money.parse("EUR 12.99")),
                        LineRequest.of("TEA", teas, Money.parse("EUR 7.45")))).build()).get();
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        for (PackageItem parcel : List.of(new PackageItem(LINES.get(0), mugs), new PackageItem(LINES.get(1), teas))) {
            var packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-" + parcel.lineId(), WH, List.of(parcel))).get();
            oms.warehouse().confirmDelivery(order.id(), oms.warehouse().ship(order.id(), packed.packageId(), "ground").get().packageId()).get();
        }
        long stockBefore = onHand(adapters);
        List<ReturnId> opened = new ArrayList<>();
        Money kept = Money.zero(EUR);
        long replacementUnits = 0;
        int key = 0;
        for (Step step : history) {
            Order before = oms.queries().find(order.id()).get();
            String k = "k-" + key++;
            LineId line = LINES.get(step.line());
            Either<Rejection, Order> answer;
            String kind;
            if (step.kind() == 10) {
                PackageId parcel = before.packages().values().find(p -> p.units(line) > 0).get().id();
                ClaimEvent.ClaimResolution resolution = ClaimEvent.ClaimResolution.values()[step.target() % 2];
                answer = oms.returns().claim(order.id(), new ClaimRequest(k, parcel, ClaimEvent.ClaimReason.values()[step.disposition() % 3],
                        resolution, List.of(new PackageItem(line, step.quantity())), tender(step)));
                kind = "claim " + resolution;
                if (answer.isRight() && resolution == ClaimEvent.ClaimResolution.RESHIP) {
                    // A reship keeps the money: the shares its units take are never refunded.
                    Line claimed = before.line(line).get();
                    long taken = claimed.count(Bucket.RETURNED) + claimed.count(Bucket.CLAIMED);
                    kept = kept.plus(claimed.valueOfUnits(taken, step.quantity()));
                    replacementUnits += step.quantity();
                }
            } else if (step.kind() == 9) {
                down.set(!down.get());
                answer = Either.right(oms.recovery().resume(order.id()).get());
                kind = "provider " + (down.get() ? "down" : "up");
            } else if (step.kind() <= 1 || opened.isEmpty()) {
                Either<Rejection, ReturnOpened> request = oms.returns().request(order.id(), new ReturnRequest(k,
                        List.of(new ReturnRequest.Line(line, step.quantity(), "reason"))));
                request.forEach(r -> opened.add(r.returnId().orElseThrow())); // every unit was delivered: nothing is cancelled
                answer = request.map(ReturnOpened::order);
                kind = "request";
            } else {
                ReturnId target = opened.get(step.target() % opened.size());
                if (step.kind() >= 6) {
                    // Mostly an approved return's units, at most what it awaits; now and then more than that, or another's.
                    List<ReturnId> approved = opened.stream().filter(id -> before.returns().get(id).get().state()
                            == ReturnAuthorization.State.APPROVED).toList();
                    ReturnId receiving = approved.isEmpty() || step.kind() == 8 ? target
                            : approved.get(step.target() % approved.size());
                    ReturnAuthorization rma = before.returns().get(receiving).get();
                    LineId asked = rma.items().map(i -> i.lineId()).distinct().get(step.line() % rma.items().map(i -> i.lineId()).distinct().size());
                    long awaited = rma.units(asked) - rma.received(asked);
                    long units = step.kind() < 8 && awaited > 0 ? Math.min(step.quantity(), awaited) : step.quantity();
                    ReturnArrival arrival = new ReturnArrival(k, receiving, step.target() % 2 == 0 ? WH : STORE,
                            List.of(new ReturnArrival.Line(asked, units, Disposition.values()[step.disposition()])), tender(step));
                    answer = oms.returns().receive(order.id(), arrival);
                    kind = "receipt";
                    if (answer.isRight()) {
                        // The same arrival again answers as the first did: nothing more stored, refunded or credited.
                        long credits = adapters.storeCredit().issuedCount();
                        Money refunded = adapters.payments().refunded(order.id(), EUR);
                        assertThat(oms.returns().receive(order.id(), arrival).map(Order::version))
                                .isEqualTo(Either.right(oms.queries().find(order.id()).get().version()));
                        assertThat(adapters.storeCredit().issuedCount()).isEqualTo(credits);
                        assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(refunded);
                    }
                } else {
                    ReturnDecision decision = new ReturnDecision(k, target, "agent");
                    answer = step.kind() <= 4 ? oms.returns().approve(order.id(), decision) : oms.returns().reject(order.id(), decision);
                    kind = "answer";
                }
            }
            Statistics.label("steps").collect(kind, answer.isRight() ? "accepted" : "refused");
            Order after = oms.queries().find(order.id()).get();
            if (answer.isLeft()) {
                assertThat(after.version()).as("a refused command stores nothing").isEqualTo(before.version());
            }
            assertThat(OrderInvariants.returns(after)).isEmpty();
            assertThat(OrderInvariants.conservation(after)).isEmpty();
            assertThat(OrderInvariants.money(after)).isEmpty();
            long restockedDone = after.returns().all().flatMap(ReturnAuthorization::receipts).flatMap(ReturnReceipt::restocks)
                    .filter(ReturnReceipt.Restock::done).map(ReturnReceipt.Restock::quantity).sum().longValue();
            assertThat(onHand(adapters)).as("each restocked unit is added once").isEqualTo(stockBefore + restockedDone);
            assertThat(after.returns().restocksOwed()).as("a restock never waits: only the refund provider fails").isEmpty();
            Money refundedDone = sum(after.returns().refunds().filter(r -> !r.owed()).map(ReturnReceipt.Refund::amount));
            assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(refundedDone);
            Money fees = sum(after.returns().all().flatMap(ReturnAuthorization::receipts).map(ReturnReceipt::restockingFee));
            // Returned and claimed units take the line's shares in turn, from the first.
            Money valueReturned = sum(after.lines().values().map(l -> l.valueOfUnits(0, l.count(Bucket.RETURNED) + l.count(Bucket.CLAIMED))));
            Money credited = after.returns().credits().total(EUR);
            assertThat(sum(after.returns().refunds().map(ReturnReceipt.Refund::amount)).plus(credited).plus(fees).plus(kept))
                    .isEqualTo(valueReturned);
            assertThat(adapters.storeCredit().issued(order.id(), EUR)).as("each credit issued once")
                    .isEqualTo(sum(after.returns().credits().all().filter(c -> !c.owed()).map(StoreCredits.Credit::amount)));
            assertThat(adapters.payments().refunded(order.id(), EUR).plus(adapters.storeCredit().issued(order.id(), EUR)))
                    .as("refunded + credited <= captured").isLessThanOrEqualTo(adapters.payments().captured(order.id(), EUR));
            List<Line> replacements = after.lines().values().filter(l -> !LINES.contains(l.id())).toJavaList();
            assertThat(replacements.stream().mapToLong(Line::quantity).sum()).as("a line of replacements per reship")
                    .isEqualTo(replacementUnits);
            assertThat(replacements).as("replacements are free and allocated at once")
                    .allMatch(l -> l.unitPrice().isZero() && l.count(Bucket.ALLOCATED) == l.quantity());
            if (!down.get()) {
                assertThat(after.returns().refunds()).as("with the provider up nothing stays owed").allMatch(r -> !r.owed());
                assertThat(after.returns().credits().owed()).as("nor any store credit").isEmpty();
            }
            for (Line l : after.lines().values()) {
                assertThat(l.count(Bucket.RETURNED)).isEqualTo(after.returns().received(l.id()));
                assertThat(l.count(Bucket.CLAIMED)).isEqualTo(after.returns().claimed(l.id()));
            }
        }
        Statistics.label("steps").coverage(c -> {
            c.check("receipt", "accepted").percentage(p -> p > 2); // about 5% seen: 4 standard deviations away
            c.check("receipt", "refused").percentage(p -> p > 3);
            c.check("claim REFUND", "accepted").percentage(p -> p > 0.8); // about 2.3% seen: 3 standard deviations away
            c.check("claim RESHIP", "accepted").percentage(p -> p > 0.8);
        });
    }

    private static OrderManagement shop(InMemoryAdapters adapters, AtomicBoolean down, ReturnPolicy policy) {
        SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.inventory().addLocation(Location.of(STORE, "Store", LocationType.STORE, 2));
        for (String sku : List.of("MUG", "TEA")) {
            adapters.catalog().add(new Product(Sku.of(sku), sku));
            adapters.inventory().setStock(Sku.of(sku), WH, 50, "A-" + sku);
        }
        Ports ports = adapters.ports(clock);
        PaymentGateway flaky = new ForwardingPaymentGateway(ports.payments()) {
            @Override public RefundResult refund(RefundRequest request) {
                if (down.get()) {
                    throw new IllegalStateException("payment provider unreachable");
                }
                return delegate().refund(request);
            }
        };
        StoreCredit credit = request -> {
            if (down.get()) {
                throw new IllegalStateException("store-credit provider unreachable");
            }
            return adapters.storeCredit().issue(request);
        };
        return OrderManagement.builder().ports(new Ports(ports.orders(), ports.inventory(), flaky, ports.carrier(), ports.notifications(),
                        ports.catalog(), ports.ids(), ports.clock())).returnPolicy(policy).storeCredit(credit)
                .pricing(InMemoryPricing.asOffered().withTax("GB", new BigDecimal("0.20"))
                        .withPromotion(Promotion.percentOff("SPRING10", BigDecimal.TEN)))
                .build();
    }

    /** Half the receipts and refund claims pay back as store credit. */
    private static RefundTender tender(Step step) {
        return step.storeCredit() ? RefundTender.STORE_CREDIT : RefundTender.ORIGINAL_PAYMENT;
    }

    private static long onHand(InMemoryAdapters adapters) {
        return adapters.inventory().stockOf(Sku.of("MUG")).stream().mapToLong(l -> l.onHand()).sum()
                + adapters.inventory().stockOf(Sku.of("TEA")).stream().mapToLong(l -> l.onHand()).sum();
    }

    private static Money sum(Iterable<Money> amounts) {
        Money total = Money.zero(EUR);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }
}
