// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.value.OrderId;
import org.joda.money.Money;

/** What the fake gateway knows of one capture; refundable is what may still be paid back. */
record CaptureBook(OrderId orderId, Money captured, Money refunded) {

    static CaptureBook of(OrderId orderId, Money amount) {
        return new CaptureBook(orderId, amount, Money.zero(amount.getCurrencyUnit()));
    }

    Money refundable() {
        return captured.minus(refunded);
    }

    CaptureBook refunding(Money amount) {
        return new CaptureBook(orderId, captured, refunded.plus(amount));
    }
}
