// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.payment;

import static dev.oms.core.decision.DeciderSpec.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.oms.core.decision.DeciderSpec.given;
import static dev.oms.core.decision.DeciderSpec.line;
import static dev.oms.core.decision.DeciderSpec.placed;

import dev.oms.core.command.EffectOutcome.RecordAuthorization;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationDeclined;
import dev.oms.core.command.PaymentCommand.RequestAuthorization;
import dev.oms.core.command.PaymentCommand.RetryPayment;
import dev.oms.core.decision.DeciderSpec;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRetryRequested;
import dev.oms.spi.event.PaymentEvent.PaymentStage;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Asking for authorisations and recording the provider's answers, decided at the decider. */
class PaymentDecisionsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LocationId EAST = LocationId.of("EAST");
    private static final Money HUNDRED = Money.parse("EUR 100.00");
    private static final OrderPlaced TWO_SHOES = placed(line("L1", "SHOE", 2, "EUR 50.00"));
    private static final ReservationRequested REQUESTED =
            new ReservationRequested(1, List.of(new Reservation(L1, Sku.of("SHOE"), EAST, 2)));
    private static final UnitsAllocated ALLOCATED = new UnitsAllocated(L1, EAST, 2);

    @Test
    void anAllocatedOrderAsksForAnAuthorisationOfWhatItCosts() {
        given(TWO_SHOES, REQUESTED, ALLOCATED)
                .when(new RequestAuthorization("authorize-1"))
                .thenEvents(new AuthorizationRequested(1, HUNDRED));
    }

    @Test
    void theAuthorisationAReservationMakesDueIsAnIntentRecordedWithItsCommit() {
        assertThat(OrderDecider.intentsOwed(given(TWO_SHOES, REQUESTED, ALLOCATED).order()))
                .containsExactly(new AuthorizationRequested(1, HUNDRED));
        assertThat(OrderDecider.intentsOwed(given(TWO_SHOES, REQUESTED).order())).as("still reserving").isEmpty();
        assertThat(OrderDecider.intentsOwed(given(TWO_SHOES, REQUESTED, ALLOCATED, new AuthorizationRequested(1, HUNDRED))
                .order())).as("already asked").isEmpty();
    }

    @Test
    void noAuthorisationIsAskedForWhileUnitsArePendingOrOnceCovered() {
        given(TWO_SHOES).when(new RequestAuthorization("authorize-1")).thenRejected(ProblemCode.ILLEGAL_TRANSITION);
        given(TWO_SHOES, REQUESTED, ALLOCATED, new PaymentAuthorized(AuthorizationId.of("A-1"), HUNDRED, NOW))
                .when(new RequestAuthorization("authorize-1"))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void theProvidersAnswerIsRecordedOnlyForTheAuthorisationOwed() {
        DeciderSpec asked = given(TWO_SHOES, REQUESTED, ALLOCATED, new AuthorizationRequested(1, HUNDRED));
        String owedKey = PendingEffects.of(asked.order()).find(e -> e instanceof PendingEffect.Authorize).get().key();

        asked.when(new RecordAuthorization(owedKey, HUNDRED, AuthorizationId.of("A-1"), HUNDRED))
                .thenEvents(new PaymentAuthorized(AuthorizationId.of("A-1"), HUNDRED, NOW));
        asked.when(new RecordAuthorizationDeclined(owedKey, HUNDRED, "card expired"))
                .thenEvents(new PaymentDeclined(PaymentStage.AUTHORIZATION, "card expired"));
        asked.when(new RecordAuthorization("another-key", HUNDRED, AuthorizationId.of("A-1"), HUNDRED))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
        asked.when(new RecordAuthorization(owedKey, HUNDRED, AuthorizationId.of("A-1"), Money.parse("EUR 100.01")))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void onlyAPaymentOnHoldIsRetriedWithTheSameOrANewMethod() {
        PaymentMethod newCard = PaymentMethod.card("tok_new");
        DeciderSpec declined = given(TWO_SHOES, REQUESTED, ALLOCATED, new AuthorizationRequested(1, HUNDRED),
                new PaymentDeclined(PaymentStage.AUTHORIZATION, "card expired"));

        declined.when(new RetryPayment("retry-1", Option.some(newCard))).thenEvents(new PaymentRetryRequested(newCard));
        declined.when(new RetryPayment("retry-1", Option.none()))
                .thenEvents(new PaymentRetryRequested(PaymentMethod.card("tok_ok")));
        given(TWO_SHOES, REQUESTED, ALLOCATED).when(new RetryPayment("retry-1", Option.none()))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }
}
