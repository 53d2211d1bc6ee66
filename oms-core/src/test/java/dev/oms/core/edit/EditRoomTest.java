// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.EditRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.payment.ForwardingPaymentGateway;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * An edit's added units use the room of their SKU's pre-order cap as a placement's do: planned inside the room, so a
 * placement that takes the last of the cap while the provider authorises the edit's difference is not overrun.
 */
class EditRoomTest {
    private static final Instant RELEASE = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void aPlacementTakingTheLastOfACapWhileTheEditIsAuthorisedIsNotOverrunByTheEdit() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(TestShop.EAST, "East", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.catalog().add(Product.announced(Sku.of("BOOK"), "Book", RELEASE, OptionalLong.of(2)));
        adapters.inventory().setStock(Sku.of("MUG"), TestShop.EAST, 5, "A-MUG");
        AtomicReference<OrderManagement> shop = new AtomicReference<>();
        Ports ports = adapters.ports(TestShop.CLOCK);
        // While the provider authorises the edit, a customer pre-orders both books the cap allows.
        ForwardingPaymentGateway racing = new ForwardingPaymentGateway(ports.payments()) {
            @Override
            public AuthorizationResult authorize(AuthorizationRequest request) {
                if (request.idempotencyKey().contains("edit")) {
                    shop.get().orders().place(TestShop.order("web-race", TestShop.line("BOOK", 2, "EUR 20.00"))).get();
                }
                return delegate().authorize(request);
            }
        };
        OrderManagement oms = OrderManagement.builder().ports(new Ports(ports.orders(), ports.inventory(), racing, ports.carrier(),
                ports.notifications(), ports.catalog(), ports.ids(), ports.clock())).backorderPolicy(BackorderPolicy.none()).build();
        shop.set(oms);
        Order order = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 1, "EUR 12.99"))).get();

        var answer = oms.edits().confirm(order.id(), new EditRequest("edit-1",
                new ChangeSet(List.of(TestShop.line("BOOK", 2, "EUR 20.00")), List.of(), Optional.empty(), "add the book")));

        assertThat(answer.getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        long preordered = dev.oms.spi.order.Page.all(oms.queries()::orderIds).stream().map(id -> oms.queries().find(id).get())
                .mapToLong(o -> o.units(Bucket.PREORDERED)).sum();
        assertThat(preordered).as("pre-ordered units of every order, under a cap of 2").isEqualTo(2);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(order.version());
    }
}
