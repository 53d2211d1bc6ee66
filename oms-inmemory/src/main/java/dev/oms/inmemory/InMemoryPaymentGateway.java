// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scriptable fake payment provider that keeps the books a real one would: per authorisation what was authorised,
 * captured and voided, and per capture what was refunded.
 *
 * <p>It answers like a provider: capturing more than is still open on an authorisation, or refunding more than was
 * captured, is {@code Declined} with a stable reason code; a host-provided decline rule lets examples simulate cards
 * the issuer refuses. Calls are idempotent by key (scoped per method): a repeat answers as the first call did and
 * changes nothing. Ids ({@code auth-1}, {@code cap-1}, {@code ref-1}) come from counters, so runs are reproducible.
 * One lock guards everything; card tokens are never logged.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {
    /** Reason given when the decline rule refuses an authorisation. */
    public static final String DECLINED_BY_ISSUER = "DECLINED_BY_ISSUER";
    /** Reason given when a capture names an authorisation this gateway never gave. */
    public static final String UNKNOWN_AUTHORIZATION = "UNKNOWN_AUTHORIZATION";
    /** Reason given when a refund names a capture this gateway never made. */
    public static final String UNKNOWN_CAPTURE = "UNKNOWN_CAPTURE";
    /** Reason given when a capture or refund names another order's payment. */
    public static final String OTHER_ORDER = "PAYMENT_OF_ANOTHER_ORDER";
    /** Reason given when an amount is not in the currency of what it draws on. */
    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    /** Reason given when a capture exceeds what is still open on the authorisation. */
    public static final String EXCEEDS_AUTHORIZATION = "AMOUNT_EXCEEDS_AUTHORIZATION";
    /** Reason given when a refund exceeds what is left of the capture. */
    public static final String EXCEEDS_CAPTURE = "AMOUNT_EXCEEDS_CAPTURE";

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryPaymentGateway.class);
    private static final String AUTHORIZE = "authorize";
    private static final String CAPTURE = "capture";
    private static final String VOID = "void";
    private static final String REFUND = "refund";

    private final Object lock = new Object();
    private final IdempotencyLedger ledger = new IdempotencyLedger();
    private final Map<AuthorizationId, AuthorizationBook> authorizations = new LinkedHashMap<>();
    private final Map<CaptureId, CaptureBook> captures = new LinkedHashMap<>();
    private Predicate<AuthorizationRequest> declineRule;
    private long authorizationCount;
    private long captureCount;
    private long refundCount;
    private long performedCalls;
    private long replayedCalls;

    /** A gateway that authorises every card. */
    public InMemoryPaymentGateway() {
        this(request -> false);
    }

    /**
     * A gateway that declines the authorisations {@code declineRule} accepts.
     * @param declineRule true for an authorisation request to decline, for example {@link #cardTokens(Set)}
     */
    public InMemoryPaymentGateway(Predicate<AuthorizationRequest> declineRule) {
        this.declineRule = Require.nonNull(declineRule, "declineRule");
    }

    /**
     * {@return a decline rule for cards whose provider token is one of {@code tokens}}
     * @param tokens the provider tokens of the cards to decline
     */
    public static Predicate<AuthorizationRequest> cardTokens(Set<String> tokens) {
        Set<String> declining = Set.copyOf(tokens);
        return request -> request.method() instanceof PaymentMethod.Card card && declining.contains(card.token());
    }

    /**
     * Replaces the decline rule for authorisations made from now on.
     * @param rule true for an authorisation request to decline
     */
    public void declineWhen(Predicate<AuthorizationRequest> rule) {
        Require.nonNull(rule, "rule");
        synchronized (lock) {
            declineRule = rule;
        }
    }

    /**
     * {@inheritDoc}
     * @throws IllegalArgumentException for cash on delivery (nothing to authorise) or a non-positive amount
     */
    @Override
    public AuthorizationResult authorize(AuthorizationRequest request) {
        Require.nonNull(request, "request");
        if (!(request.method() instanceof PaymentMethod.Card)) {
            throw new IllegalArgumentException("only a card can be authorised, not " + request.method());
        }
        positive(request.amount());
        synchronized (lock) {
            var replay = ledger.replay(AUTHORIZE, request.idempotencyKey(), request, AuthorizationResult.class);
            if (replay.isDefined()) {
                replayedCalls++;
                return replay.get();
            }
            performedCalls++;
            AuthorizationResult result;
            if (declineRule.test(request)) {
                result = new AuthorizationResult.Declined(DECLINED_BY_ISSUER);
            } else {
                AuthorizationId id = AuthorizationId.of("auth-" + ++authorizationCount);
                authorizations.put(id, AuthorizationBook.of(request.orderId(), request.amount()));
                result = new AuthorizationResult.Authorized(id, request.amount());
            }
            LOG.debug("authorize {} for {}: {}", request.idempotencyKey(), request.orderId(), result);
            return ledger.record(AUTHORIZE, request.idempotencyKey(), request, result);
        }
    }

    @Override
    public CaptureResult capture(CaptureRequest request) {
        Require.nonNull(request, "request");
        positive(request.amount());
        synchronized (lock) {
            var replay = ledger.replay(CAPTURE, request.idempotencyKey(), request, CaptureResult.class);
            if (replay.isDefined()) {
                replayedCalls++;
                return replay.get();
            }
            performedCalls++;
            CaptureResult result = captureChecked(request);
            LOG.debug("capture {} for {}: {}", request.idempotencyKey(), request.orderId(), result);
            return ledger.record(CAPTURE, request.idempotencyKey(), request, result);
        }
    }

    /**
     * {@inheritDoc}
     * @throws IllegalStateException when the authorisation is unknown, another order's, in another currency,
     *     or has less open than {@code amount}: the port gives no way to answer "declined" here, and each is a
     *     bug in the caller
     */
    @Override
    public void voidAuthorization(VoidRequest request) {
        Require.nonNull(request, "request");
        positive(request.amount());
        synchronized (lock) {
            if (ledger.applied(VOID, request.idempotencyKey(), request)) {
                replayedCalls++;
                return;
            }
            AuthorizationBook authorization = authorizations.get(request.authorizationId());
            String problem = authorization == null
                    ? UNKNOWN_AUTHORIZATION
                    : drawProblem(authorization.orderId(), authorization.open(), request.orderId(), request.amount(),
                            EXCEEDS_AUTHORIZATION);
            if (problem != null) {
                throw new IllegalStateException("cannot void " + request.authorizationId() + ": " + problem);
            }
            performedCalls++;
            authorizations.put(request.authorizationId(), authorization.voiding(request.amount()));
            ledger.record(VOID, request.idempotencyKey(), request, request);
            LOG.debug("void {} of {}: {}", request.idempotencyKey(), request.authorizationId(), request.amount());
        }
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        Require.nonNull(request, "request");
        positive(request.amount());
        synchronized (lock) {
            var replay = ledger.replay(REFUND, request.idempotencyKey(), request, RefundResult.class);
            if (replay.isDefined()) {
                replayedCalls++;
                return replay.get();
            }
            performedCalls++;
            RefundResult result = refundChecked(request);
            LOG.debug("refund {} for {}: {}", request.idempotencyKey(), request.orderId(), result);
            return ledger.record(REFUND, request.idempotencyKey(), request, result);
        }
    }

    /**
     * {@return the total authorised for an order in a currency, declines excluded}
     * @param orderId the order
     * @param currency the currency summed; zero when the order paid in another
     */
    public Money authorized(OrderId orderId, CurrencyUnit currency) {
        return sumOfAuthorizations(orderId, currency, AuthorizationBook::authorized);
    }

    /**
     * {@return the total captured for an order in a currency}
     * @param orderId the order
     * @param currency the currency summed; zero when the order paid in another
     */
    public Money captured(OrderId orderId, CurrencyUnit currency) {
        return sumOfAuthorizations(orderId, currency, AuthorizationBook::captured);
    }

    /**
     * {@return the total voided for an order in a currency}
     * @param orderId the order
     * @param currency the currency summed; zero when the order paid in another
     */
    public Money voided(OrderId orderId, CurrencyUnit currency) {
        return sumOfAuthorizations(orderId, currency, AuthorizationBook::voided);
    }

    /**
     * {@return the total refunded for an order in a currency}
     * @param orderId the order
     * @param currency the currency summed; zero when the order paid in another
     */
    public Money refunded(OrderId orderId, CurrencyUnit currency) {
        synchronized (lock) {
            return captures.values().stream()
                    .filter(capture -> capture.orderId().equals(orderId))
                    .map(CaptureBook::refunded)
                    .filter(amount -> amount.getCurrencyUnit().equals(currency))
                    .reduce(Money.zero(currency), Money::plus);
        }
    }

    /** {@return how many calls reached the provider (declines included); a replayed key does not count} */
    public long performedCalls() {
        synchronized (lock) {
            return performedCalls;
        }
    }

    /** {@return how many calls were answered from the idempotency record, with no effect} */
    public long replayedCalls() {
        synchronized (lock) {
            return replayedCalls;
        }
    }

    private CaptureResult captureChecked(CaptureRequest request) {
        AuthorizationBook authorization = authorizations.get(request.authorizationId());
        String problem = authorization == null ? UNKNOWN_AUTHORIZATION
                : drawProblem(authorization.orderId(), authorization.open(), request.orderId(), request.amount(), EXCEEDS_AUTHORIZATION);
        if (problem != null) {
            return new CaptureResult.Declined(problem);
        }
        CaptureId id = CaptureId.of("cap-" + ++captureCount);
        authorizations.put(request.authorizationId(), authorization.capturing(request.amount()));
        captures.put(id, CaptureBook.of(request.orderId(), request.amount()));
        return new CaptureResult.Captured(id, request.amount());
    }

    private RefundResult refundChecked(RefundRequest request) {
        CaptureBook capture = captures.get(request.captureId());
        String problem = capture == null ? UNKNOWN_CAPTURE
                : drawProblem(capture.orderId(), capture.refundable(), request.orderId(), request.amount(), EXCEEDS_CAPTURE);
        if (problem != null) {
            return new RefundResult.Declined(problem);
        }
        captures.put(request.captureId(), capture.refunding(request.amount()));
        return new RefundResult.Refunded(RefundId.of("ref-" + ++refundCount), request.amount());
    }

    /** Why {@code amount} cannot be drawn from {@code open}, or null when it can. */
    private static String drawProblem(OrderId owner, Money open, OrderId orderId, Money amount, String exceeds) {
        if (!owner.equals(orderId)) {
            return OTHER_ORDER;
        }
        if (!open.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
            return CURRENCY_MISMATCH;
        }
        return amount.isGreaterThan(open) ? exceeds : null;
    }

    private Money sumOfAuthorizations(OrderId orderId, CurrencyUnit currency, Function<AuthorizationBook, Money> field) {
        synchronized (lock) {
            return authorizations.values().stream()
                    .filter(authorization -> authorization.orderId().equals(orderId))
                    .map(field)
                    .filter(amount -> amount.getCurrencyUnit().equals(currency))
                    .reduce(Money.zero(currency), Money::plus);
        }
    }

    private static void positive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
    }
}
