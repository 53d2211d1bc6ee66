// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.order.Page;
import static dev.oms.core.availability.Storefront.EAST;
import static dev.oms.core.availability.Storefront.ITEM;
import static dev.oms.core.availability.Storefront.PAUSED;
import static dev.oms.core.availability.Storefront.RELEASE;
import static dev.oms.core.availability.Storefront.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Availability to promise agrees with placement: for random catalogues (on sale, or announced with or
 * without caps), stock, backorder terms and orders already placed or waiting, an order for exactly the
 * promised units is accepted, its units split as promised (stock first, then pre-orders, then
 * backorders), and an order for one unit more is refused; where the promise is unbounded, a large order
 * is accepted. Nothing is left to promise after an order took everything promised.
 */
class AvailabilityToPromiseProperties {
    private static final List<Channel> CHANNELS = List.of(Channel.WEB, Channel.MARKETPLACE);

    @Property(tries = 150)
    void anOrderForThePromisedUnitsIsAcceptedAndOneUnitMoreIsRefused(@ForAll("shops") Setup setup) {
        Storefront shop = setup.open();
        AvailableToPromise atp = shop.oms.storefront().availableToPromise(ITEM, setup.asking);
        String promise = atp.promisable().isEmpty() ? "unbounded" : atp.promisable().get() == 0 ? "nothing" : "bounded";
        String source = atp.preorderable().isDefined() ? "pre-order" : atp.total() > 0 ? "stock" : "no stock";
        Statistics.label("promise").collect(promise);
        Statistics.label("source").collect(source);
        Statistics.label("promise").coverage(c -> {
            c.check("unbounded").percentage(p -> p > 5);
            c.check("nothing").percentage(p -> p > 5);
            c.check("bounded").percentage(p -> p > 20);
        });
        Statistics.label("source").coverage(c -> {
            c.check("pre-order").percentage(p -> p > 5);
            c.check("stock").percentage(p -> p > 15);
        });
        if (setup.noChannelCapFor()) {
            assertThat(shop.oms.storefront().availableToPromise(ITEM)).as("without a channel cap, every channel gets one answer").isEqualTo(atp);
        }

        if (atp.promisable().isEmpty()) {
            long beyond = 50;
            Order order = shop.order(setup.asking, atp.total() + beyond).get();
            assertThat(Storefront.units(order, Bucket.ALLOCATED)).isEqualTo(atp.total());
            return;
        }
        long promised = atp.promisable().get();
        assertThat(shop.order(setup.asking, promised + 1).isLeft()).as("one unit more than %s is refused", promised).isTrue();
        if (promised == 0) {
            return;
        }
        long waitingBefore = waiting(shop);
        Order order = shop.order(setup.asking, promised).get();
        long preordered = atp.preorderable().flatMap(PreorderHeadroom::left).getOrElse(0L);
        assertThat(Storefront.units(order, Bucket.ALLOCATED)).isEqualTo(atp.total());
        assertThat(Storefront.units(order, Bucket.PREORDERED)).isEqualTo(preordered);
        assertThat(Storefront.units(order, Bucket.BACKORDERED)).isEqualTo(promised - atp.total() - preordered);
        // Queue first: the placement ends by filling earlier orders' waiting units from stock a count found
        // for them; the room under the caps and limits they held is all that may be promised again.
        long filledForEarlier = waitingBefore - (waiting(shop) - order.lines().values().map(l -> l.waiting()).sum().longValue());
        AvailableToPromise after = shop.oms.storefront().availableToPromise(ITEM, setup.asking);
        assertThat(after.total()).as("stock left to promise").isZero();
        assertThat(after.promisable().get()).as("room reopened by %s units filled for earlier orders", filledForEarlier)
                .isBetween(0L, filledForEarlier);
    }

    /** Units waiting in every order placed so far. */
    private static long waiting(Storefront shop) {
        return Page.all(shop.oms.queries()::orderIds).stream().map(id -> shop.oms.queries().find(id).get())
                .mapToLong(o -> o.lines().values().map(l -> l.waiting()).sum().longValue()).sum();
    }

    /** One random shop, and the channel that asks and then orders. */
    record Setup(Policies policies, History history, Channel asking) {
        Storefront open() {
            Storefront shop = policies.open().onHand(EAST, history.east).onHand(WEST, history.west).onHand(PAUSED, history.paused);
            for (int i = 0; i < history.earlier.size(); i++) {
                shop.order(CHANNELS.get(i % CHANNELS.size()), history.earlier.get(i));
            }
            if (policies.announced && history.releaseDatePasses) {
                shop.clock.advance(Duration.between(Storefront.START, RELEASE));
            }
            shop.found(EAST, history.found);
            return shop;
        }

        /** Whether the asking channel's answer is also the answer for any channel. */
        boolean noChannelCapFor() {
            return policies.channelCap.isEmpty() || !asking.equals(Channel.MARKETPLACE);
        }
    }

    /** The product (on sale, or announced with an optional total cap), the marketplace's pre-order cap and the backorder terms. */
    record Policies(boolean announced, Option<Long> cap, Option<Long> channelCap, BackorderTerms terms) {
        Storefront open() {
            Product product = announced
                    ? Product.announced(ITEM, "Item", RELEASE, cap.fold(OptionalLong::empty, OptionalLong::of))
                    : new Product(ITEM, "Item");
            PreorderPolicy preorders = (sku, channel) -> channel.equals(Channel.MARKETPLACE)
                    ? channelCap.fold(OptionalLong::empty, OptionalLong::of) : OptionalLong.empty();
            return new Storefront(product, BackorderPolicy.always(terms), preorders);
        }
    }

    /**
     * Stock per location, orders placed before (each may be refused), whether the release date passes
     * before anyone releases the product, and units a stock count then finds while orders wait.
     */
    record History(long east, long west, long paused, List<Long> earlier, boolean releaseDatePasses, long found) {}

    @Provide
    Arbitrary<Setup> shops() {
        Arbitrary<Option<Long>> smallOrNone = Arbitraries.longs().between(0, 6).injectNull(0.25).map(Option::of);
        Arbitrary<BackorderTerms> terms = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(BackorderTerms.notAllowed())),
                Tuple.of(1, Arbitraries.just(BackorderTerms.allowedWithoutLimit())),
                Tuple.of(3, Arbitraries.longs().between(0, 8).map(l -> BackorderTerms.allowedWithoutLimit().withLimit(l)
                        .expectedOn(LocalDate.of(2026, 5, 1)))));
        Arbitrary<Policies> policies = Combinators.combine(Arbitraries.of(true, false), smallOrNone, smallOrNone, terms)
                .as(Policies::new);
        Arbitrary<Long> units = Arbitraries.longs().between(0, 6);
        Arbitrary<History> histories = Combinators.combine(units, units, units,
                Arbitraries.longs().between(1, 5).list().ofMaxSize(5), Arbitraries.of(true, false), units).as(History::new);
        return Combinators.combine(policies, histories, Arbitraries.of(CHANNELS)).as(Setup::new);
    }
}
