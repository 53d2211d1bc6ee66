// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import org.joda.money.Money;

/**
 * The shortest realistic host: wires oms to the in-memory adapters and takes one order from placement to
 * delivery. The README quotes the marked region verbatim (a test keeps the two in step).
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    public static void main(String[] args) {
        Either<Rejection, Order> delivered = oneOrderEndToEnd();
        String outcome = delivered.isLeft()
                ? "rejected: " + delivered.getLeft()
                : delivered.get().id() + " is " + delivered.get().status();
        System.out.println(outcome);
    }

    /** Places one order and fulfils it; the order as delivered, or the first rejection on the way. */
    static Either<Rejection, Order> oneOrderEndToEnd() {
        // README-SNIPPET-START
        // Wire oms to the in-memory adapters (swap in your own OrderStore, PaymentGateway, ... later).
        InMemoryAdapters adapters = InMemoryAdapters.create();
        LocationId warehouse = LocationId.of("WH-1");
        adapters.inventory()
                .addLocation(Location.of(warehouse, "Main warehouse", LocationType.WAREHOUSE, 1))
                .setStock(Sku.of("MUG"), warehouse, 100, "A-01");
        adapters.catalog().add(new Product(Sku.of("MUG"), "Enamel mug"));
        OrderManagement oms = OrderManagement.using(adapters.ports(Clock.systemUTC()));

        PlaceOrder order = PlaceOrder.builder()
                .channel(Channel.WEB).externalId("web-1001").customer(CustomerRef.of("C-42"))
                .shipTo(Address.builder().recipient("Ada Lovelace").addLines("12 Analytical Row")
                        .city("London").postalCode("N1 9GU").countryCode("GB").build())
                .paymentMethod(PaymentMethod.card("tok_from_your_psp"))
                .addLines(LineRequest.of("MUG", 2, Money.parse("EUR 12.50")))
                .build();

        // Every step answers Either<Rejection, ...>: what it made and the order as it now stands, or every problem found.
        Either<Rejection, Order> delivered = oms.orders().place(order)   // validated, reserved, card authorised
                .flatMap(placed -> oms.warehouse().createPickLists(placed.id()))              // PickListsCreated: one per location
                .flatMap(lists -> oms.warehouse().confirmPicked(lists.order().id(), lists.pickListIds().get(0)))
                .flatMap(picked -> oms.warehouse().confirmPacked(picked.id(), PackRequest.of("pack-1", warehouse,
                        List.of(new PackageItem(picked.lines().keySet().head(), 2)))))          // Packed: the new package's id
                .flatMap(packed -> oms.warehouse().ship(packed.order().id(), packed.packageId(), "ground"))  // label bought, payment captured
                .flatMap(shipped -> oms.warehouse().confirmDelivery(shipped.order().id(), shipped.packageId()));
        // README-SNIPPET-END
        return delivered;
    }
}
