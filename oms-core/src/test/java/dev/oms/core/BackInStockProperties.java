// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.BackInStockShop.MUG;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.backinstock.BackInStockPolicy;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.subscription.BackInStockAlert;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * "Back-in-stock never tells more customers than the units that returned, nor anyone twice", over random sequences of
 * subscriptions, receipts, placements (some backordered), cancellations and stock counts, with the default policy.
 */
class BackInStockProperties {
    private static final int CUSTOMERS = 6;

    sealed interface Step {}

    record Subscribe(int customer) implements Step {}

    record Receive(long units) implements Step {}

    record Place(long units) implements Step {}

    record Cancel(int nth) implements Step {}

    record Count(long onHand) implements Step {}

    @Property(tries = 150)
    void nobodyIsToldTwiceNorMoreThanTheUnitsThatCameBackAndAlwaysTheOldestWaiting(@ForAll("steps") List<Step> steps) {
        BackInStockShop shop = new BackInStockShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())),
                BackInStockPolicy.oneCustomerPerUnit()).product(MUG, 0);
        List<OrderId> placed = new ArrayList<>();
        int keys = 0;
        for (Step step : steps) {
            List<BackInStockSubscription> waitingBefore = shop.adapters.backInStockSubscriptions().waiting(MUG, 0, 1_000);
            int toldBefore = shop.alerts().size();
            long unitsBack = 0;
            keys++;
            if (step instanceof Subscribe s) {
                shop.clock.advance(Duration.ofMinutes(1));
                long promisable = shop.promisable(MUG);
                Either<Rejection, BackInStockSubscription> answer = shop.oms.subscriptions()
                        .subscribe("sub-" + keys, MUG, CustomerRef.of("C-" + s.customer()));
                assertThat(answer.isLeft()).as("refused exactly when the mug can be promised").isEqualTo(promisable > 0);
                answer.peekLeft(r -> assertThat(r.problems().head().code()).isEqualTo(ProblemCode.SKU_AVAILABLE));
            } else if (step instanceof Receive r) {
                shop.receive("receipt-" + keys, MUG, r.units());
                unitsBack = r.units();
            } else if (step instanceof Place p) {
                shop.oms.orders().place(order("O-" + keys, line("MUG", p.units(), "EUR 8.00"))).peek(o -> placed.add(o.id()));
            } else if (step instanceof Cancel c && !placed.isEmpty()) {
                OrderId id = placed.get(c.nth() % placed.size());
                unitsBack = shop.oms.queries().find(id).get().units(Bucket.ALLOCATED);
                shop.oms.orders().cancel(id, CancelRequest.wholeOrder("cancel-" + keys, "changed mind"));
            } else if (step instanceof Count c) {
                long onHandBefore = shop.adapters.inventory().stockAt(MUG, EAST).get().onHand();
                shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, c.onHand()), "count-" + keys).get();
                unitsBack = Math.max(0, c.onHand() - onHandBefore);
            }
            List<BackInStockAlert> toldNow = shop.alerts().subList(toldBefore, shop.alerts().size());
            assertThat((long) toldNow.size()).as("told by %s", step).isLessThanOrEqualTo(unitsBack);
            assertThat((long) toldNow.size()).as("told by %s, beyond what can be promised", step)
                    .isLessThanOrEqualTo(shop.promisable(MUG));
            assertThat(toldNow).extracting(BackInStockAlert::customer).as("the oldest waiting, in order")
                    .containsExactlyElementsOf(waitingBefore.subList(0, toldNow.size()).stream().map(BackInStockSubscription::customer).toList());
        }
        List<BackInStockAlert> alerts = shop.alerts();
        assertThat(alerts).extracting(BackInStockAlert::key).doesNotHaveDuplicates();
        for (BackInStockAlert alert : alerts) {
            assertThat(shop.adapters.backInStockAlerts().sendsOf(alert.key())).as("sends of %s", alert.key()).isEqualTo(1);
        }
        assertThat(shop.adapters.backInStockSubscriptions().owedAlerts(0, 1_000)).as("every one told was sent").isEmpty();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, CUSTOMERS - 1).map(Subscribe::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 4).map(Receive::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1, 3).map(Place::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 20).map(Cancel::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 6).map(Count::new)));
        return step.list().ofMinSize(1).ofMaxSize(25);
    }
}
