// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryFulfilmentService;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.fulfilment.FulfilmentRequest;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cork trivets sold on the marketplace and shipped by its fulfilment centre, a location run by others: oms sends each
 * order's units to the centre as a request once the card is authorised. The next day the centre ships the first
 * order whole and the second in two parcels, and finds the third order's trivet damaged and gives it back (the
 * warehouses have none, so it is cancelled and the customer told). Its webhooks arrive twice each and out of order;
 * each answer changes the order once. Then it reports its stock, one trivet fewer than the books say.
 */
final class Marketplace {
    static final int ORDERS = 3;
    private static final long[] UNITS = {2, 3, 1};
    private static final Address FLAT = Address.builder().recipient("Emmy Fischer").addLines("7 Hilbertweg")
            .city("Goettingen").postalCode("37073").countryCode("DE").build();

    private final OrderManagement oms;
    private final InMemoryAdapters adapters;
    private final InMemoryFulfilmentService centre;
    private final HostLedger ledger;
    private final List<OrderId> orders = new ArrayList<>();

    Marketplace(OrderManagement oms, InMemoryAdapters adapters, HostLedger ledger) {
        this.oms = oms;
        this.adapters = adapters;
        this.centre = adapters.fulfilment();
        this.ledger = ledger;
    }

    /** The marketplace's orders; their units go to the centre as soon as the cards are authorised. */
    void placeOrders() {
        for (int i = 0; i < UNITS.length; i++) {
            String externalId = "MKT-TRIVET-" + (i + 1);
            PlaceOrder command = PlaceOrder.builder().channel(Channel.MARKETPLACE).externalId(externalId)
                    .customer(CustomerRef.of("C-" + externalId)).shipTo(FLAT).paymentMethod(PaymentMethod.card("tok_" + externalId))
                    .lines(List.of(new LineRequest(Shop.TRIVET.sku(), UNITS[i], Shop.TRIVET.price()))).build();
            ledger.submitted();
            Order order = Simulation.expect(oms.orders().place(command), "marketplace order " + externalId);
            ledger.accepted(order.id(), UNITS[i], false);
            orders.add(order.id());
        }
    }

    /** The centre's day: it ships, gives one unit back, its answers arrive twice and out of order; then its stock report. */
    void centreAnswers(Instant shippedAt) {
        List<FulfilmentRequest> requests = centre.requests();
        FulfilmentRequest first = requests.get(0);
        FulfilmentRequest second = requests.get(1);
        FulfilmentRequest third = requests.get(2);
        centre.ship(first.requestId(), "SHP-1", shippedAt, items(first, UNITS[0]));
        centre.ship(second.requestId(), "SHP-2", shippedAt, items(second, 2));
        centre.ship(second.requestId(), "SHP-3", shippedAt, items(second, 1));
        centre.reject(third.requestId(), "REJ-1", "damaged in the fulfilment centre", items(third, UNITS[2]));
        int applied = 0;
        int duplicates = 0;
        for (InMemoryFulfilmentService.Answer answer : centre.takeAnswersTwiceOutOfOrder(20_260_306L)) {
            long before = oms.queries().find(answer.orderId()).get().version();
            Order after = Simulation.expect(answer instanceof InMemoryFulfilmentService.Shipped shipped
                    ? oms.externalFulfilment().recordShipment(shipped.orderId(), shipped.confirmation())
                    : oms.externalFulfilment().recordRejection(answer.orderId(), ((InMemoryFulfilmentService.Rejected) answer).rejection()),
                    "record the centre's answer");
            if (after.version() > before) {
                applied++;
            } else {
                duplicates++;
            }
        }
        long booksSaid = adapters.inventory().stockAt(Shop.TRIVET.sku(), Shop.MARKET_FC).get().onHand();
        long reported = booksSaid - 1; // the damaged trivet
        Simulation.expect(oms.externalFulfilment().syncStock(Shop.MARKET_FC, Map.of(Shop.TRIVET.sku(), reported), "centre-report-1"),
                "the centre's stock report");
        ledger.marketplace(new SimulationReport.Marketplace(orders.size(), java.util.Arrays.stream(UNITS).sum(), units(Bucket.SHIPPED),
                parcels(), units(Bucket.CANCELLED), applied, duplicates, booksSaid, reported));
    }

    private PackageItem[] items(FulfilmentRequest request, long units) {
        return new PackageItem[] {new PackageItem(request.items().get(0).lineId(), units)};
    }

    private long units(Bucket bucket) {
        return orders.stream().map(id -> oms.queries().find(id).get())
                .mapToLong(o -> o.lines().values().map(l -> l.count(bucket)).sum().longValue()).sum();
    }

    private int parcels() {
        return orders.stream().map(id -> oms.queries().find(id).get()).mapToInt(o -> o.packages().size()).sum();
    }
}
