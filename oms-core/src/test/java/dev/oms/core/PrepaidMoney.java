// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Prepayments;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.OrderId;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Design invariant 5 with pre-orders charged at placement, checked on both sides of the payment port:
 * captured never exceeds authorised, refunded never exceeds captured, no unit is charged twice, and once
 * the payment calls are settled the money kept is exactly the value of the shipped units plus the
 * prepaid units still to ship.
 */
final class PrepaidMoney {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private PrepaidMoney() {}

    static void holds(World world) {
        for (Order order : world.allOrders()) {
            OrderId id = order.id();
            Prepayments prepayments = order.prepayments();
            Money captured = order.payment().captured().plus(prepayments.captured(EUR));
            assertThat(captured.plus(order.payment().voided())).as("captured + voided of %s", id)
                    .isLessThanOrEqualTo(order.payment().authorized());
            for (Prepayments.Prepaid prepaid : prepayments.captures()) {
                assertThat(prepayments.refundable(prepaid).isNegative()).as("refunded beyond %s", prepaid).isFalse();
            }
            Money gatewayCaptured = world.adapters.payments().captured(id, EUR);
            Money gatewayRefunded = world.adapters.payments().refunded(id, EUR);
            assertThat(gatewayRefunded).as("gateway refunded for %s", id).isLessThanOrEqualTo(gatewayCaptured)
                    .isEqualTo(prepayments.refunded(EUR));
            assertThat(gatewayCaptured).as("gateway captured for %s", id).isEqualTo(captured)
                    .isLessThanOrEqualTo(world.adapters.payments().authorized(id, EUR));
            Money shipped = Money.zero(EUR);
            for (OrderPackage pkg : order.packages().values().filter(OrderPackage::isShipped)) {
                Money paid = order.payment().capturedFor(pkg.id()).plus(prepayments.appliedTo(pkg.id(), EUR));
                assertThat(paid).as("charged for package %s of %s", pkg.id(), id).isLessThanOrEqualTo(order.value(pkg));
                shipped = shipped.plus(order.value(pkg));
            }
            Money prepaidToShip = Money.zero(EUR);
            for (Line line : order.lines().values()) {
                long toShip = line.active() - line.count(Bucket.SHIPPED) - line.count(Bucket.DELIVERED);
                assertThat(prepayments.unshipped(line.id())).as("prepaid units of %s %s", id, line.id())
                        .isBetween(0L, toShip);
                prepaidToShip = prepaidToShip.plus(line.priceOf(prepayments.unshipped(line.id())));
            }
            boolean settled = !order.payment().onHold() && PendingEffects.of(order).forAll(e -> !(e instanceof PendingEffect.Capture
                    || e instanceof PendingEffect.Prepay || e instanceof PendingEffect.Refund));
            if (settled) {
                assertThat(captured.minus(prepayments.refunded(EUR))).as("money kept for %s", id)
                        .isEqualTo(shipped.plus(prepaidToShip));
                if (order.payment().authorizationInFlight().isEmpty() && !order.amountToAuthorize().isPositive()) {
                    for (Line line : order.lines().values()) {
                        assertThat(line.count(Bucket.PREORDERED)).as("pre-ordered units of %s %s are prepaid", id, line.id())
                                .isLessThanOrEqualTo(prepayments.unshipped(line.id()));
                    }
                }
            }
        }
    }
}
