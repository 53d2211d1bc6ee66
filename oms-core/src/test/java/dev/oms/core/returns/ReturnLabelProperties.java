// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnLabelAsk;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.order.ReturnLabel;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Random return histories of a delivered order (requests, approvals, rejections, label requests, repeated ones,
 * receipts at the label's location or elsewhere, recoveries) while the carrier works, is down, loses its answers or
 * refuses: each return has at most one label bought and not voided, and once the carrier is back and the order resumed,
 * every return label bought is the live label of its return or voided, under one key, and nothing is owed the carrier.
 */
class ReturnLabelProperties {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final LocationId STORE = LocationId.of("STORE-1");
    private static final LineId MUGS = LineId.of("L1");

    /** How the carrier behaves: works, is down (acts on nothing), acts and loses its answer, or refuses. */
    enum Mode { WORKS, DOWN, LOST, REFUSES }

    /** One step: {@code kind} picks the action, {@code target} the return, {@code where} a location or a mode. */
    record Step(int kind, int target, int where, int units) {}

    @Provide
    Arbitrary<List<Step>> histories() {
        // Receipts, approvals and label requests weigh most, so returns often get labels and come in whole.
        Arbitrary<Integer> kinds = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(3, 1), Tuple.of(1, 2), Tuple.of(3, 3), Tuple.of(4, 4),
                Tuple.of(1, 5), Tuple.of(1, 6), Tuple.of(1, 7));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 2)).as(Step::new).list().ofMinSize(4).ofMaxSize(25);
    }

    @Property(tries = 300)
    void eachReturnHasAtMostOneLiveLabelAndEveryLabelBoughtIsLiveOrVoidedOnce(@ForAll("histories") @Size(max = 25) List<Step> history) {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.inventory().addLocation(Location.of(STORE, "Store", LocationType.STORE, 2));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(Sku.of("MUG"), WH, 3, "A-MUG");
        FaultyCarrier carrier = new FaultyCarrier(adapters.carrier());
        Ports ports = adapters.ports(new SettableClock(Instant.parse("2026-03-01T10:00:00Z")));
        OrderManagement oms = OrderManagement.builder().ports(new Ports(ports.orders(), ports.inventory(), ports.payments(), carrier,
                ports.notifications(), ports.catalog(), ports.ids(), ports.clock())).returnPolicy(ReturnPolicy.withinDays(30)).build();
        OrderId id = delivered(oms);

        // Every history starts with one approved return of two units, so labels are asked for from the first step.
        List<ReturnId> opened = new ArrayList<>(List.of(oms.returns().request(id, new ReturnRequest("first",
                List.of(new ReturnRequest.Line(MUGS, 2, "why")))).get().returnId().orElseThrow()));
        oms.returns().approve(id, new ReturnDecision("first", opened.get(0), "agent")).get();
        ReturnLabelAsk last = null;
        int key = 0;
        for (Step step : history) {
            String k = "k-" + key++;
            ReturnId target = opened.isEmpty() ? null : opened.get(step.target() % opened.size());
            LocationId at = step.where() % 2 == 0 ? WH : STORE;
            switch (target == null ? 0 : step.kind()) {
                case 0 -> oms.returns().request(id, new ReturnRequest(k, List.of(new ReturnRequest.Line(MUGS, step.units(), "why"))))
                        .forEach(r -> r.returnId().ifPresent(opened::add));
                case 1 -> oms.returns().approve(id, new ReturnDecision(k, target, "agent"));
                case 2 -> oms.returns().reject(id, new ReturnDecision(k, target, "agent"));
                case 3 -> {
                    last = new ReturnLabelAsk(k, target, at, step.where() == 3 ? "pigeon" : "ground");
                    oms.returns().requestLabel(id, last);
                }
                case 4 -> oms.returns().receive(id, new ReturnArrival(k, target, at, List.of(new ReturnArrival.Line(MUGS, step.units(),
                        Disposition.RESTOCK))));
                case 5 -> carrier.mode = Mode.values()[step.where()];
                case 6 -> oms.recovery().resume(id);
                default -> {
                    if (last != null) {
                        oms.returns().requestLabel(id, last); // the same request again: a replay
                    }
                }
            }
            assertAtMostOneLiveLabelPerReturn(adapters.carrier());
        }
        carrier.mode = Mode.WORKS;
        Order settled = oms.recovery().resume(id).get();

        assertAtMostOneLiveLabelPerReturn(adapters.carrier());
        assertThat(PendingEffects.of(settled)).noneMatch(e -> e instanceof PendingEffect.PurchaseReturnLabel
                || e instanceof PendingEffect.VoidReturnLabel);
        Set<LabelId> voided = new HashSet<>(adapters.carrier().labelsVoided());
        int labelsBought = adapters.carrier().returnLabelsPurchased().size();
        Statistics.label("return labels bought").collect(Math.min(labelsBought, 2));
        Statistics.label("return labels voided").collect(Math.min(voided.size(), 2));
        for (InMemoryShippingCarrier.IssuedReturnLabel bought : adapters.carrier().returnLabelsPurchased()) {
            ReturnAuthorization rma = settled.returns().get(bought.returnId()).get();
            ReturnLabel label = rma.label().get();
            assertThat(label.issued().map(ReturnLabel.Issued::labelId)).as("the return knows the label it bought").contains(bought.label().labelId());
            if (voided.contains(bought.label().labelId())) {
                assertThat(label.state()).isEqualTo(ReturnLabel.State.VOIDED);
                assertThat(carrier.voidKeys.get(bought.label().labelId())).as("voided under one key").hasSize(1);
            } else {
                assertThat(label.state()).as("a label not voided is live").isEqualTo(ReturnLabel.State.ISSUED);
                boolean open = rma.state() == ReturnAuthorization.State.APPROVED;
                assertThat(open || label.used()).as("a live label is on an open return, or units came back with it").isTrue();
                assertThat(rma.receipts().exists(r -> r.locationId().equals(label.returnTo())) || !label.used())
                        .as("a label is used only by units arriving where it sends them").isTrue();
            }
        }
    }

    private static void assertAtMostOneLiveLabelPerReturn(InMemoryShippingCarrier carrier) {
        Map<ReturnId, Integer> live = new HashMap<>();
        Set<LabelId> voided = new HashSet<>(carrier.labelsVoided());
        carrier.returnLabelsPurchased().stream().filter(l -> !voided.contains(l.label().labelId()))
                .forEach(l -> live.merge(l.returnId(), 1, Integer::sum));
        assertThat(live.values()).as("labels bought and not voided, per return").allMatch(n -> n <= 1);
    }

    private static OrderId delivered(OrderManagement oms) {
        Order order = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 3, "EUR 12.99"))).get();
        oms.warehouse().createPickLists(order.id()).get().pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        var packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-1", WH, List.of(new PackageItem(MUGS, 3)))).get();
        var parcel = oms.warehouse().ship(order.id(), packed.packageId(), "ground").get().packageId();
        oms.warehouse().confirmDelivery(order.id(), parcel).get();
        return order.id();
    }

    /** The in-memory carrier behind a switch: return labels work, fail before acting, act and fail, or are refused. */
    private static final class FaultyCarrier implements ShippingCarrier {
        private final InMemoryShippingCarrier delegate;
        private final Map<LabelId, Set<String>> voidKeys = new HashMap<>();
        private Mode mode = Mode.WORKS;

        FaultyCarrier(InMemoryShippingCarrier delegate) {
            this.delegate = delegate;
        }

        @Override public LabelResult purchaseLabel(LabelRequest request) { return delegate.purchaseLabel(request); }

        @Override
        public LabelResult purchaseReturnLabel(ReturnLabelRequest request) {
            switch (mode) {
                case DOWN -> throw new IllegalStateException("carrier down");
                case LOST -> {
                    delegate.purchaseReturnLabel(request);
                    throw new IllegalStateException("answer lost");
                }
                default -> {
                    // A refusing carrier still answers a key it sold under as it did: the contract of keys.
                    delegate.refuseReturnLabels(mode == Mode.REFUSES ? "no return labels today" : null);
                    return delegate.purchaseReturnLabel(request);
                }
            }
        }

        @Override
        public void voidLabel(String idempotencyKey, LabelId labelId) {
            if (mode == Mode.DOWN) {
                throw new IllegalStateException("carrier down");
            }
            delegate.voidLabel(idempotencyKey, labelId);
            voidKeys.computeIfAbsent(labelId, l -> new HashSet<>()).add(idempotencyKey);
        }
    }
}
