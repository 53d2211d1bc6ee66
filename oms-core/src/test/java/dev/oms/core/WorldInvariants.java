package dev.oms.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.payment.PaymentLedger;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.joda.money.Money;

/** The invariants of design §4 that hold between any two commands, checked against a {@link World}. */
final class WorldInvariants {
    private WorldInvariants() {}

    /** Invariant 1: every unit of every line is in exactly one bucket. */
    static void conservation(World world) {
        for (Order order : world.allOrders()) {
            for (Line line : order.lines().values()) {
                long sum = 0;
                for (Bucket bucket : Bucket.values()) {
                    assertThat(line.count(bucket)).as("%s %s %s", order.id(), line.id(), bucket).isNotNegative();
                    sum += line.count(bucket);
                }
                assertThat(sum).as("units of %s %s over all buckets", order.id(), line.id()).isEqualTo(line.quantity());
            }
        }
    }

    /**
     * Invariant 2, and more: stock never oversold, and every reserved unit is accounted for by an order
     * that holds it, a release still owed, or a shipment whose stock is not yet consumed.
     */
    static void stockAccountedFor(World world) {
        List<Order> orders = world.allOrders();
        for (Sku sku : World.SKUS) {
            for (LocationId location : World.LOCATIONS) {
                StockLevel level = world.stock(sku, location);
                assertThat(level.reserved() + level.ringFenced()).as("oversold %s", level).isLessThanOrEqualTo(level.onHand());
                long held = 0;
                long owedRelease = 0;
                long shippedNotConsumed = 0;
                long consumed = 0;
                for (Order order : orders) {
                    for (Line line : order.lines().values().filter(l -> l.sku().equals(sku))) {
                        held += line.count(Bucket.ALLOCATED, location) + line.count(Bucket.PICKED, location)
                                + line.count(Bucket.PACKED, location);
                        for (OrderPackage pkg : order.packages().values().filter(p -> p.location().equals(location) && p.isShipped())) {
                            if (pkg.stockConsumed()) {
                                consumed += pkg.units(line.id());
                            } else {
                                shippedNotConsumed += pkg.units(line.id());
                            }
                        }
                    }
                    owedRelease += order.releasesOwed().values().flatMap(m -> m)
                            .filter(m -> m.sku().equals(sku) && m.locationId().equals(location))
                            .map(m -> m.quantity()).sum().longValue();
                }
                assertThat(level.reserved()).as("reserved %s@%s", sku, location).isEqualTo(held + owedRelease + shippedNotConsumed);
                assertThat(level.onHand()).as("on hand %s@%s", sku, location)
                        .isEqualTo(world.initialStock.get(World.key(sku, location)) - consumed);
            }
        }
    }

    /** Units count as shipped exactly when a shipped package holds them. */
    static void shipmentsMatchBuckets(World world) {
        for (Order order : world.allOrders()) {
            for (Line line : order.lines().values()) {
                long inShippedPackages = order.packages().values().filter(OrderPackage::isShipped)
                        .map(p -> p.units(line.id())).sum().longValue();
                assertThat(line.count(Bucket.SHIPPED) + line.count(Bucket.DELIVERED))
                        .as("shipped units of %s %s", order.id(), line.id()).isEqualTo(inShippedPackages);
            }
        }
    }

    /** Invariant 5: captured ≤ authorised on both sides of the payment port; nothing refunded; COD is cash. */
    static void money(World world) {
        for (Order order : world.allOrders()) {
            PaymentLedger payment = order.payment();
            assertThat(payment.captured().plus(payment.voided())).as("captured + voided of %s", order.id())
                    .isLessThanOrEqualTo(payment.authorized());
            for (OrderPackage pkg : order.packages().values()) {
                assertThat(payment.capturedFor(pkg.id())).as("captured for %s", pkg.id()).isLessThanOrEqualTo(order.value(pkg));
            }
            Money gatewayCaptured = world.adapters.payments().captured(order.id(), World.EUR);
            assertThat(gatewayCaptured).as("gateway captured for %s", order.id())
                    .isGreaterThanOrEqualTo(payment.captured())
                    .isLessThanOrEqualTo(world.adapters.payments().authorized(order.id(), World.EUR));
            assertThat(world.adapters.payments().refunded(order.id(), World.EUR).isZero()).isTrue();
            if (payment.isCashOnDelivery()) {
                assertThat(payment.authorized().isZero()).as("nothing authorised for cash on delivery").isTrue();
                Money delivered = order.packages().values().filter(p -> p.state() == OrderPackage.State.DELIVERED)
                        .foldLeft(Money.zero(World.EUR), (sum, p) -> sum.plus(order.value(p)));
                assertThat(payment.cash()).as("cash collected for %s", order.id()).isEqualTo(delivered);
            }
        }
    }

    /** Customers hear each fact once, however often a send was retried. */
    static void notificationsOnce(World world) {
        List<String> keys = world.adapters.notifications().delivered().stream().map(Notification::key).toList();
        assertThat(keys).as("notification keys delivered").doesNotHaveDuplicates();
    }

    /** With the ports healthy again and every order resumed, everything owed is settled on both sides. */
    static void settled(World world) {
        for (Order order : world.allOrders()) {
            assertThat(dev.oms.core.effects.PendingEffects.of(order)).as("effects owed by %s", order.id()).isEmpty();
            assertThat(world.adapters.payments().captured(order.id(), World.EUR))
                    .as("gateway and order agree on captures of %s", order.id()).isEqualTo(order.payment().captured());
            assertThat(world.adapters.payments().authorized(order.id(), World.EUR))
                    .as("gateway and order agree on authorisations of %s", order.id()).isEqualTo(order.payment().authorized());
            if (order.units(Bucket.ALLOCATED) + order.units(Bucket.PICKED) + order.units(Bucket.PACKED)
                    + order.units(Bucket.PENDING) == 0 && !order.payment().onHold()) {
                assertThat(order.payment().openAuthorized().isZero())
                        .as("no authorisation left open on finished order %s", order.id()).isTrue();
            }
        }
    }
}
