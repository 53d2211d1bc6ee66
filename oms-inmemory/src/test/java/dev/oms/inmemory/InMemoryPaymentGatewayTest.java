// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.payment.PaymentGateway.AuthorizationRequest;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult;
import dev.oms.spi.payment.PaymentGateway.CaptureRequest;
import dev.oms.spi.payment.PaymentGateway.CaptureResult;
import dev.oms.spi.payment.PaymentGateway.RefundRequest;
import dev.oms.spi.payment.PaymentGateway.RefundResult;
import dev.oms.spi.payment.PaymentGateway.VoidRequest;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.RefundId;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InMemoryPaymentGatewayTest {
    private static final OrderId ORDER = OrderId.of("ORD-000001");
    private static final OrderId OTHER = OrderId.of("ORD-000002");
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();

    @Test
    void authorizesWithDeterministicIds() {
        assertThat(gateway.authorize(auth("a1", ORDER, "EUR 100.00")))
                .isEqualTo(new AuthorizationResult.Authorized(AuthorizationId.of("auth-1"), eur("100.00")));
        assertThat(gateway.authorize(auth("a2", OTHER, "EUR 5.00")))
                .isEqualTo(new AuthorizationResult.Authorized(AuthorizationId.of("auth-2"), eur("5.00")));
        assertThat(gateway.authorized(ORDER, EUR)).isEqualTo(eur("100.00"));
    }

    @Test
    void aRepeatedKeyAnswersAsTheFirstWithNoSecondEffect() {
        var first = gateway.authorize(auth("a1", ORDER, "EUR 100.00"));
        var again = gateway.authorize(auth("a1", ORDER, "EUR 100.00"));
        gateway.capture(capture("c1", ORDER, "auth-1", "EUR 60.00"));
        var captureAgain = gateway.capture(capture("c1", ORDER, "auth-1", "EUR 60.00"));

        assertThat(again).isEqualTo(first);
        assertThat(captureAgain).isEqualTo(new CaptureResult.Captured(CaptureId.of("cap-1"), eur("60.00")));
        assertThat(gateway.authorized(ORDER, EUR)).isEqualTo(eur("100.00"));
        assertThat(gateway.captured(ORDER, EUR)).isEqualTo(eur("60.00"));
        assertThat(gateway.performedCalls()).isEqualTo(2);
        assertThat(gateway.replayedCalls()).isEqualTo(2);
    }

    @Test
    void capturesInPartsUpToTheAuthorizedAmountAndNoMore() {
        gateway.authorize(auth("a1", ORDER, "EUR 100.00"));

        assertThat(gateway.capture(capture("c1", ORDER, "auth-1", "EUR 60.00"))).isInstanceOf(CaptureResult.Captured.class);
        assertThat(gateway.capture(capture("c2", ORDER, "auth-1", "EUR 40.01")))
                .isEqualTo(new CaptureResult.Declined(InMemoryPaymentGateway.EXCEEDS_AUTHORIZATION));
        assertThat(gateway.capture(capture("c3", ORDER, "auth-1", "EUR 40.00")))
                .isEqualTo(new CaptureResult.Captured(CaptureId.of("cap-2"), eur("40.00")));
        assertThat(gateway.captured(ORDER, EUR)).isEqualTo(eur("100.00"));
    }

    @Test
    void voidingReleasesTheOpenRestWhichCannotBeCapturedAfterwards() {
        gateway.authorize(auth("a1", ORDER, "EUR 100.00"));
        gateway.capture(capture("c1", ORDER, "auth-1", "EUR 70.00"));
        var rest = new VoidRequest("v1", ORDER, AuthorizationId.of("auth-1"), eur("30.00"));
        gateway.voidAuthorization(rest);
        gateway.voidAuthorization(rest);

        assertThat(gateway.voided(ORDER, EUR)).isEqualTo(eur("30.00"));
        assertThat(gateway.capture(capture("c2", ORDER, "auth-1", "EUR 0.01")))
                .isEqualTo(new CaptureResult.Declined(InMemoryPaymentGateway.EXCEEDS_AUTHORIZATION));
    }

    @Test
    void voidingMoreThanIsOpenOrAnUnknownAuthorizationIsABug() {
        gateway.authorize(auth("a1", ORDER, "EUR 10.00"));

        assertThatThrownBy(() -> gateway.voidAuthorization(new VoidRequest("v1", ORDER, AuthorizationId.of("auth-1"), eur("10.01"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gateway.voidAuthorization(new VoidRequest("v2", ORDER, AuthorizationId.of("auth-9"), eur("1.00"))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(gateway.voided(ORDER, EUR)).isEqualTo(Money.zero(EUR));
    }

    @Test
    void refundsUpToWhatWasCapturedAndNoMore() {
        gateway.authorize(auth("a1", ORDER, "EUR 100.00"));
        gateway.capture(capture("c1", ORDER, "auth-1", "EUR 50.00"));

        assertThat(gateway.refund(new RefundRequest("r1", ORDER, CaptureId.of("cap-1"), eur("20.00"))))
                .isEqualTo(new RefundResult.Refunded(RefundId.of("ref-1"), eur("20.00")));
        assertThat(gateway.refund(new RefundRequest("r1", ORDER, CaptureId.of("cap-1"), eur("20.00"))))
                .isEqualTo(new RefundResult.Refunded(RefundId.of("ref-1"), eur("20.00")));
        assertThat(gateway.refund(new RefundRequest("r2", ORDER, CaptureId.of("cap-1"), eur("30.01"))))
                .isEqualTo(new RefundResult.Declined(InMemoryPaymentGateway.EXCEEDS_CAPTURE));
        assertThat(gateway.refund(new RefundRequest("r3", ORDER, CaptureId.of("cap-9"), eur("1.00"))))
                .isEqualTo(new RefundResult.Declined(InMemoryPaymentGateway.UNKNOWN_CAPTURE));
        assertThat(gateway.refunded(ORDER, EUR)).isEqualTo(eur("20.00"));
    }

    @Test
    void capturesThatDoNotMatchTheAuthorizationAreDeclined() {
        gateway.authorize(auth("a1", ORDER, "EUR 100.00"));

        assertThat(gateway.capture(capture("c1", ORDER, "auth-7", "EUR 1.00")))
                .isEqualTo(new CaptureResult.Declined(InMemoryPaymentGateway.UNKNOWN_AUTHORIZATION));
        assertThat(gateway.capture(capture("c2", OTHER, "auth-1", "EUR 1.00")))
                .isEqualTo(new CaptureResult.Declined(InMemoryPaymentGateway.OTHER_ORDER));
        assertThat(gateway.capture(capture("c3", ORDER, "auth-1", "USD 1.00")))
                .isEqualTo(new CaptureResult.Declined(InMemoryPaymentGateway.CURRENCY_MISMATCH));
        assertThat(gateway.captured(ORDER, EUR)).isEqualTo(Money.zero(EUR));
    }

    @Test
    void aScriptedDeclineRuleRefusesChosenCardsAndTheDeclineIsRemembered() {
        var declining = new InMemoryPaymentGateway(InMemoryPaymentGateway.cardTokens(Set.of("tok_stolen")));
        var request = new AuthorizationRequest("a1", ORDER, PaymentMethod.card("tok_stolen"), eur("10.00"));

        assertThat(declining.authorize(request))
                .isEqualTo(new AuthorizationResult.Declined(InMemoryPaymentGateway.DECLINED_BY_ISSUER));
        declining.declineWhen(any -> false);
        assertThat(declining.authorize(request)).isInstanceOf(AuthorizationResult.Declined.class);
        assertThat(declining.authorize(new AuthorizationRequest("a2", ORDER, PaymentMethod.card("tok_stolen"),
                eur("10.00")))).isEqualTo(new AuthorizationResult.Authorized(AuthorizationId.of("auth-1"), eur("10.00")));
    }

    @Test
    void totalsAreKeptPerCurrency() {
        gateway.authorize(auth("a1", ORDER, "EUR 10.00"));
        gateway.authorize(auth("a2", ORDER, "USD 7.00"));

        assertThat(gateway.authorized(ORDER, EUR)).isEqualTo(eur("10.00"));
        assertThat(gateway.authorized(ORDER, CurrencyUnit.USD)).isEqualTo(Money.parse("USD 7.00"));
        assertThat(gateway.authorized(OTHER, EUR)).isEqualTo(Money.zero(EUR));
    }

    @Test
    void cashOnDeliveryAndNonPositiveAmountsAreBugs() {
        assertThatThrownBy(() -> gateway.authorize(
                new AuthorizationRequest("a1", ORDER, PaymentMethod.cashOnDelivery(), eur("10.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gateway.authorize(auth("a2", ORDER, "EUR 0.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(gateway.performedCalls()).isZero();
    }

    @Test
    void reusingAKeyForADifferentRequestIsABug() {
        gateway.authorize(auth("a1", ORDER, "EUR 10.00"));

        assertThatThrownBy(() -> gateway.authorize(auth("a1", ORDER, "EUR 11.00")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static AuthorizationRequest auth(String key, OrderId orderId, String amount) {
        return new AuthorizationRequest(key, orderId, PaymentMethod.card("tok_visa"), Money.parse(amount));
    }

    private static CaptureRequest capture(String key, OrderId orderId, String authorizationId, String amount) {
        return new CaptureRequest(key, orderId, AuthorizationId.of(authorizationId), Money.parse(amount));
    }

    private static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }
}
