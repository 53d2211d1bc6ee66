// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.event.Bucket;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theReadmeOrderIsDeliveredAndPaidFor() {
        var result = EmbeddingExample.oneOrderEndToEnd();
        assertThat(result.isRight()).as("%s", result).isTrue();
        Order delivered = result.get();
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.units(Bucket.DELIVERED)).isEqualTo(2);
        assertThat(delivered.outstanding()).isEqualTo(Money.parse("EUR 0.00"));
    }
}
