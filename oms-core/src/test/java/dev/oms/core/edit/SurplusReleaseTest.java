// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.EditRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.ReleaseEvent.AuthorizationReleaseRequested;
import dev.oms.spi.event.ReleaseEvent.AuthorizationReleased;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.payment.ForwardingPaymentGateway;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * An edit that leaves authorised money uncovered releases it at once: the release is recorded with the edit, so the
 * void asked for keeps its amount and key whatever the order does next, and is made once. (The state-machine property
 * once found an order stuck owing a void derived from state: its answer was lost in an outage, then a cancellation
 * changed the amount, and the void asked again no longer matched.)
 */
class SurplusReleaseTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private static final LineId MUGS = LineId.of("L1");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final AtomicBoolean voidsDown = new AtomicBoolean(false);
    private final List<PaymentGateway.VoidRequest> voids = new ArrayList<>();
    private final OrderManagement oms;

    SurplusReleaseTest() {
        adapters.inventory().addLocation(Location.of(TestShop.EAST, "East warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(Sku.of("MUG"), TestShop.EAST, 10, "E-MUG");
        Ports ports = adapters.ports(TestShop.CLOCK);
        InMemoryPaymentGateway payments = adapters.payments();
        PaymentGateway flaky = new ForwardingPaymentGateway(payments) {
            @Override
            public void voidAuthorization(VoidRequest request) {
                voids.add(request);
                delegate().voidAuthorization(request);
                if (voidsDown.get()) {
                    throw new IllegalStateException("the provider voided, and its answer was lost");
                }
            }
        };
        oms = OrderManagement.builder().ports(new Ports(ports.orders(), ports.inventory(), flaky, ports.carrier(), ports.notifications(),
                ports.catalog(), ports.ids(), ports.clock())).build();
    }

    @Test
    void aReleaseWhoseAnswerWasLostIsMadeOnceAfterACancellationChangedTheOrder() {
        Order order = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 4, "EUR 10.00"))).get();
        voidsDown.set(true);

        oms.edits().confirm(order.id(), new EditRequest("edit-1", new ChangeSet(List.of(), List.of(new PackageItem(MUGS, 1)),
                Optional.empty(), "one fewer")));
        Order edited = oms.queries().find(order.id()).get();
        assertThat(edited.madeBy(edited.handledCommands().keySet().filter(k -> k.contains("edit-1")).head(),
                AuthorizationReleaseRequested.class)).extracting(AuthorizationReleaseRequested::amount).containsExactly(Money.parse("EUR 10.00"));
        assertThat(edited.payment().openAuthorized()).as("captures no longer draw on it").isEqualTo(Money.parse("EUR 30.00"));

        oms.orders().cancel(order.id(), CancelRequest.units("cancel-1", MUGS, 1, "one fewer again"));
        voidsDown.set(false);
        oms.recovery().resumeAll();

        Order settled = oms.queries().find(order.id()).get();
        assertThat(voids).as("the release asked again under its key, with its amount, whatever the order became")
                .filteredOn(v -> v.idempotencyKey().contains(":release:")).extracting(PaymentGateway.VoidRequest::amount)
                .containsOnly(Money.parse("EUR 10.00"));
        assertThat(adapters.payments().voided(order.id(), EUR)).as("released once").isEqualTo(Money.parse("EUR 10.00"));
        assertThat(settled.payment().authorizations().values().single().releasing()).isEmpty();
        assertThat(settled.handledCommands().values().flatMap(events -> events).filter(AuthorizationReleased.class::isInstance))
                .hasSize(1);
        assertThat(settled.payment().openAuthorized()).as("the cancelled mug's money waits for the order to be done")
                .isEqualTo(Money.parse("EUR 30.00"));
    }

    @Test
    void anEditThatAddsAsMuchAsItTakesOffReleasesNothing() {
        Order order = oms.orders().place(TestShop.order("web-2", TestShop.line("MUG", 2, "EUR 10.00"))).get();

        Order edited = oms.edits().confirm(order.id(), new EditRequest("edit-1", new ChangeSet(List.of(TestShop.line("MUG", 1, "EUR 10.00")),
                List.of(new PackageItem(MUGS, 1)), Optional.empty(), "swap"))).get();

        assertThat(edited.payment().authorizations().values().single().releasing()).isEmpty();
        assertThat(adapters.payments().voided(order.id(), EUR).isZero()).isTrue();
    }
}
