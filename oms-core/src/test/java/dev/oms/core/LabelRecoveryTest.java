// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.core.application.Cancelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PortFailure;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.Ports;
import dev.oms.spi.value.PackageId;
import org.junit.jupiter.api.Test;

/**
 * A label is asked for before it is bought, so a carrier that acted but whose answer was lost leaves a
 * recorded request: whatever the host does next, the label is bought once and never left paid for unused.
 */
class LabelRecoveryTest {
    private final TestShop shop = new TestShop().stock("SHOE", 10, 5);
    private final Flaky flaky = new Flaky();
    private final OrderManagement oms;

    LabelRecoveryTest() {
        Ports real = shop.adapters.ports(TestShop.CLOCK);
        oms = OrderManagement.using(new Ports(real.orders(), real.inventory(), real.payments(), flaky.carrier(real.carrier()),
                real.notifications(), real.catalog(), real.ids(), real.clock()));
    }

    @Test
    void aLabelWhoseAnswerWasLostIsVoidedWhenTheHostCancelsInsteadOfRetrying() {
        Order packed = packedOrder("W-1");
        PackageId pkg = packed.packages().keySet().head();
        flaky.failNext(1, Flaky.Mode.AFTER_CALL);
        assertThatThrownBy(() -> oms.warehouse().label(packed.id(), pkg, "ground")).isInstanceOf(PortFailure.class);
        assertThat(shop.adapters.carrier().labelsPurchased()).hasSize(1);

        Order cancelled = oms.orders().cancel(packed.id(), CancelRequest.wholeOrder("cancel-1", "customer changed mind")).map(Cancelled::order).get();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(shop.adapters.carrier().labelsPurchased()).hasSize(1);
        assertThat(shop.adapters.carrier().labelsVoided())
                .containsExactly(shop.adapters.carrier().labelsPurchased().get(0).label().labelId());
    }

    @Test
    void aLabelWhoseAnswerWasLostIsRecordedByResumeAndBoughtOnce() {
        Order packed = packedOrder("W-2");
        PackageId pkg = packed.packages().keySet().head();
        flaky.failNext(1, Flaky.Mode.AFTER_CALL);
        assertThatThrownBy(() -> oms.warehouse().ship(packed.id(), pkg, "ground").map(Shipped::order)).isInstanceOf(PortFailure.class);

        Order resumed = oms.recovery().resume(packed.id()).get();
        Order shipped = oms.warehouse().ship(packed.id(), pkg, "ground").map(Shipped::order).get();

        assertThat(resumed.packages().get(pkg).get().label().isDefined()).isTrue();
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shop.adapters.carrier().labelsPurchased()).hasSize(1);
        assertThat(shop.adapters.carrier().labelsVoided()).isEmpty();
    }

    @Test
    void aRefusedServiceStoresAndSendsNothingAndAnotherServiceCanBeAskedFor() {
        Order packed = packedOrder("W-3");
        PackageId pkg = packed.packages().keySet().head();
        long sent = shop.adapters.notifications().sendCalls();

        var refused = oms.warehouse().ship(packed.id(), pkg, "teleport").map(Shipped::order);
        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.CARRIER_UNAVAILABLE);
        assertThat(oms.queries().find(packed.id()).get().version()).as("nothing stored").isEqualTo(packed.version());
        assertThat(shop.adapters.notifications().sendCalls()).as("nothing sent").isEqualTo(sent);
        var refusedAgain = oms.warehouse().label(packed.id(), pkg, "teleport");
        assertThat(refusedAgain.getLeft().codes()).containsExactly(ProblemCode.CARRIER_UNAVAILABLE);
        assertThat(oms.queries().find(packed.id()).get().version()).isEqualTo(packed.version());

        Order shipped = oms.warehouse().ship(packed.id(), pkg, "ground").map(Shipped::order).get();
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shop.adapters.carrier().labelsPurchased()).hasSize(1);
    }

    private Order packedOrder(String externalId) {
        return TestShop.packedShoes(oms, externalId);
    }
}
