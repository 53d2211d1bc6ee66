// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Lines of one SKU share its stock: together they never take more than there is, and take all they can get. */
class SeveralLinesOfOneSkuProperties {

    @Property(tries = 200)
    void linesOfOneSkuTakeTheStockTogether(@ForAll @IntRange(max = 6) int east, @ForAll @IntRange(max = 6) int west,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 4) Integer> quantities) {
        TestShop shop = new TestShop().stock("MUG", east, west);
        LineRequest[] lines = quantities.stream().map(q -> TestShop.line("MUG", q, "EUR 5.00")).toArray(LineRequest[]::new);
        long wanted = quantities.stream().mapToLong(Integer::longValue).sum();

        Either<Rejection, Order> placed = shop.oms.orders().place(order("P-1", lines));

        long reserved = shop.adapters.inventory().stockAt(Sku.of("MUG"), EAST).get().reserved()
                + shop.adapters.inventory().stockAt(Sku.of("MUG"), WEST).get().reserved();
        if (wanted <= east + west) {
            assertThat(placed.isRight()).as("placed: %s", placed).isTrue();
            assertThat(placed.get().units(Bucket.ALLOCATED)).isEqualTo(wanted);
            for (var line : placed.get().lines().values()) {
                assertThat(line.count(Bucket.ALLOCATED)).as("line %s", line.id()).isEqualTo(line.quantity());
            }
            assertThat(reserved).isEqualTo(wanted);
        } else {
            assertThat(placed.getLeft().problems()).extracting(Problem::code).contains(ProblemCode.INSUFFICIENT_STOCK);
            assertThat(reserved).isZero();
        }
    }
}
