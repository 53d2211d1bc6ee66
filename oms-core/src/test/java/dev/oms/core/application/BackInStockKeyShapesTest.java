// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The back-in-stock keys as stored: a changed event key would let a replayed event tell again, a changed alert key
 * would have hosts deliver every owed alert twice. Each kind of event has a shape of its own.
 */
class BackInStockKeyShapesTest {
    @Test
    void eachKeyHasItsStoredShape() {
        assertThat(BackInStockKeys.receipt("r-1")).isEqualTo("back-in-stock/receipt:r-1");
        assertThat(BackInStockKeys.adjustment("a-1")).isEqualTo("back-in-stock/adjustment:a-1");
        assertThat(BackInStockKeys.transfer("T-1")).isEqualTo("back-in-stock/transfer:T-1");
        assertThat(BackInStockKeys.release("launch")).isEqualTo("back-in-stock/release:launch");
        assertThat(BackInStockKeys.orderRun(OrderId.of("O-1"), 7)).isEqualTo("back-in-stock/order:O-1:7");
        assertThat(BackInStockKeys.hold("hold-restock:cart-1")).isEqualTo("back-in-stock/hold:hold-restock:cart-1");
        assertThat(BackInStockKeys.alert(new BackInStockSubscription(42, Sku.of("MUG"), CustomerRef.of("ada"),
                Instant.parse("2026-03-01T10:00:00Z")))).isEqualTo("back-in-stock:MUG:42");
    }

    @Test
    void eventKindsNeverShareAKeyForTheSameHostText() {
        List<String> keys = List.of(BackInStockKeys.receipt("x"), BackInStockKeys.adjustment("x"), BackInStockKeys.transfer("x"),
                BackInStockKeys.release("x"), BackInStockKeys.hold("x"));
        assertThat(keys).doesNotHaveDuplicates();
    }
}
