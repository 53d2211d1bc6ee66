// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.StoreCreditId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Store credit kept in memory: every credit issued, numbered {@code SC-1}, {@code SC-2}, ... A repeated key answers as
 * the first call did and issues nothing more; declines are scripted with {@link #declineWhen}. Thread-safe.
 */
public final class InMemoryStoreCredit implements StoreCredit {
    private final Object lock = new Object();
    private final IdempotencyLedger ledger = new IdempotencyLedger();
    private final List<Request> issued = new ArrayList<>();
    private Predicate<Request> declineRule = request -> false;
    private long performedCalls;

    /** Declines every credit the rule matches, with reason {@code DECLINED}, until told otherwise.
     * @param rule which requests to decline; {@code request -> false} declines none */
    public void declineWhen(Predicate<Request> rule) {
        synchronized (lock) {
            this.declineRule = Require.nonNull(rule, "rule");
        }
    }

    @Override
    public Result issue(Request request) {
        Require.nonNull(request, "request");
        synchronized (lock) {
            var replay = ledger.replay("credit", request.idempotencyKey(), request, Result.class);
            if (replay.isDefined()) {
                return replay.get();
            }
            performedCalls++;
            Result result;
            if (declineRule.test(request)) {
                result = new Result.Declined("DECLINED");
            } else {
                issued.add(request);
                result = new Result.Issued(StoreCreditId.of("SC-" + issued.size()), request.amount());
            }
            return ledger.record("credit", request.idempotencyKey(), request, result);
        }
    }

    /** {@return the store credit issued to the order's customer for it, in a currency}
     * @param orderId the order
     * @param currency the currency summed */
    public Money issued(OrderId orderId, CurrencyUnit currency) {
        synchronized (lock) {
            return issued.stream().filter(r -> r.orderId().equals(orderId) && r.amount().getCurrencyUnit().equals(currency))
                    .map(Request::amount).reduce(Money.zero(currency), Money::plus);
        }
    }

    /** {@return how many credits were issued, over every order} */
    public long issuedCount() {
        synchronized (lock) {
            return issued.size();
        }
    }

    /** {@return how many calls issued or declined a credit, replays of a key excluded} */
    public long performedCalls() {
        synchronized (lock) {
            return performedCalls;
        }
    }
}
