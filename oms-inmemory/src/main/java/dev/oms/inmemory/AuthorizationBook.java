// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.value.OrderId;
import org.joda.money.Money;

/** What the fake gateway knows of one authorisation; open is what may still be captured or voided. */
record AuthorizationBook(OrderId orderId, Money authorized, Money captured, Money voided) {

    static AuthorizationBook of(OrderId orderId, Money amount) {
        Money zero = Money.zero(amount.getCurrencyUnit());
        return new AuthorizationBook(orderId, amount, zero, zero);
    }

    Money open() {
        return authorized.minus(captured).minus(voided);
    }

    AuthorizationBook capturing(Money amount) {
        return new AuthorizationBook(orderId, authorized, captured.plus(amount), voided);
    }

    AuthorizationBook voiding(Money amount) {
        return new AuthorizationBook(orderId, authorized, captured, voided.plus(amount));
    }
}
