// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.returns.AfterSaleShop.MUGS;
import static dev.oms.core.returns.AfterSaleShop.STORE;
import static dev.oms.core.returns.AfterSaleShop.WH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnLabelAsk;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnLabel;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.inmemory.InMemoryShippingCarrier.IssuedReturnLabel;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.ReturnNotice;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReturnId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Return labels through the carrier port: asked for an approved return, bought once under a key derived from the
 * recorded request (across an outage, a refusal and repeated requests), told to the customer with its tracking number,
 * shown on the order's return, and voided once when every unit arrived without it.
 */
class ReturnLabelsTest {
    private final AfterSaleShop shop = new AfterSaleShop(ReturnPolicy.withinDays(30));
    private final OrderManagement oms = shop.oms;
    private final InMemoryShippingCarrier carrier = shop.adapters.carrier();

    @Test
    void anApprovedReturnGetsOneLabelTheCustomerIsToldItsTrackingNumberAndTheReturnShowsIt() {
        Order order = shop.delivered("web-1", 3);
        ReturnId rma = shop.approved(order, 2);

        Order labelled = oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).get();

        IssuedReturnLabel bought = single(carrier.returnLabelsPurchased());
        assertThat(bought.returnId()).isEqualTo(rma);
        assertThat(bought.returnTo()).isEqualTo(WH);
        assertThat(bought.units()).isEqualTo(2);
        ReturnLabel label = labelOf(labelled, rma);
        assertThat(label.state()).isEqualTo(ReturnLabel.State.ISSUED);
        assertThat(label.issued().get().trackingNumber()).isEqualTo(bought.label().trackingNumber());
        assertThat(label.issued().get().labelId()).isEqualTo(bought.label().labelId());
        assertThat(notices(order)).contains(new ReturnNotice.ReturnLabelIssued(rma, "in-memory-post", bought.label().trackingNumber()));
        assertThat(PendingEffects.of(labelled)).isEmpty();
    }

    @Test
    void aLabelAskedWhileTheCarrierIsDownIsBoughtOnceWhenItIsBackUnderTheSameKey() {
        Order order = shop.delivered("web-2", 3);
        ReturnId rma = shop.approved(order, 1);
        carrier.returnLabelsDown(true);

        Order owed = oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).get();

        assertThat(labelOf(owed, rma).state()).isEqualTo(ReturnLabel.State.REQUESTED);
        PendingEffect purchase = PendingEffects.of(owed).single();
        assertThat(purchase).isInstanceOf(PendingEffect.PurchaseReturnLabel.class);
        assertThat(carrier.returnLabelsPurchased()).isEmpty();
        oms.recovery().resume(order.id());
        assertThat(carrier.returnLabelsPurchased()).as("still down").isEmpty();

        carrier.returnLabelsDown(false);
        Order recovered = oms.recovery().resume(order.id()).get();
        oms.recovery().resume(order.id());

        assertThat(labelOf(recovered, rma).state()).isEqualTo(ReturnLabel.State.ISSUED);
        assertThat(carrier.returnLabelsPurchased()).hasSize(1);
        assertThat(PendingEffects.of(recovered)).isEmpty();
        assertThat(purchase.key()).isEqualTo(order.id() + ":return-label:" + rma + ":1");
    }

    @Test
    void aRefusedLabelIsRecordedTheReturnStaysApprovedAndAnotherServiceMayBeAskedFor() {
        Order order = shop.delivered("web-3", 3);
        ReturnId rma = shop.approved(order, 1);

        Order refused = oms.returns().requestLabel(order.id(), ask("label-1", rma, "pigeon")).get();

        ReturnLabel label = labelOf(refused, rma);
        assertThat(label.state()).isEqualTo(ReturnLabel.State.REFUSED);
        assertThat(label.refusal().get()).contains(InMemoryShippingCarrier.UNKNOWN_SERVICE);
        assertThat(refused.returns().get(rma).get().state()).isEqualTo(dev.oms.core.order.ReturnAuthorization.State.APPROVED);
        assertThat(carrier.returnLabelsPurchased()).isEmpty();
        assertThat(notices(order)).noneMatch(n -> n instanceof ReturnNotice.ReturnLabelIssued);

        Order second = oms.returns().requestLabel(order.id(), ask("label-2", rma, "ground")).get();
        assertThat(labelOf(second, rma).state()).isEqualTo(ReturnLabel.State.ISSUED);
        assertThat(labelOf(second, rma).request()).isEqualTo(2);
        assertThat(carrier.returnLabelsPurchased()).hasSize(1);
    }

    @Test
    void theSameRequestAgainAnswersAsTheFirstAndAReusedKeyWithOtherParametersIsRejected() {
        Order order = shop.delivered("web-4", 3);
        ReturnId rma = shop.approved(order, 1);
        Order first = oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).get();

        Order again = oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).get();

        assertThat(again.version()).isEqualTo(first.version());
        assertThat(labelOf(again, rma)).isEqualTo(labelOf(first, rma));
        assertThat(carrier.returnLabelsPurchased()).hasSize(1);
        assertThat(oms.returns().requestLabel(order.id(), ask("label-1", rma, "express")).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(oms.returns().requestLabel(order.id(), ask("label-2", rma, "ground")).getLeft().codes())
                .as("a second label while one is live").containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(first.version());
        assertThat(carrier.returnLabelsPurchased()).hasSize(1);
    }

    @Test
    void aLabelIsAskedOnlyForAnApprovedReturnAtAKnownLocationAndARejectedAskStoresNothing() {
        Order order = shop.delivered("web-5", 3);
        ReturnOpened opened = oms.returns().request(order.id(), new ReturnRequest("rma-1",
                List.of(new ReturnRequest.Line(MUGS, 1, "too small")))).get();
        ReturnId rma = opened.returnId().orElseThrow();

        assertThat(oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).getLeft().codes())
                .containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(oms.returns().requestLabel(order.id(), new ReturnLabelAsk("label-2", rma, LocationId.of("NOWHERE"), "ground"))
                .getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_LOCATION);
        assertThat(oms.returns().requestLabel(order.id(), ask("label-3", ReturnId.of("RMA-X"), "ground")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_RETURN);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(opened.order().version());
        assertThat(carrier.returnLabelsPurchased()).isEmpty();
    }

    @Test
    void unitsDroppedAtAStoreInsteadLeaveTheLabelUnusedAndItIsVoidedOnceWhenAllAreIn() {
        Order order = shop.delivered("web-6", 3);
        ReturnId rma = shop.approved(order, 2);
        oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).get();
        oms.returns().receive(order.id(), arrival("in-1", rma, STORE, 1)).get();
        assertThat(carrier.labelsVoided()).as("one unit still out").isEmpty();

        Order received = oms.returns().receive(order.id(), arrival("in-2", rma, STORE, 1)).get();
        oms.recovery().resume(order.id());

        assertThat(labelOf(received, rma).state()).isEqualTo(ReturnLabel.State.VOIDED);
        assertThat(carrier.labelsVoided()).containsExactly(single(carrier.returnLabelsPurchased()).label().labelId());
        assertThat(PendingEffects.of(received)).isEmpty();
    }

    @Test
    void unitsArrivingWhereTheLabelSendsThemUsedItAndItIsNeverVoided() {
        Order order = shop.delivered("web-7", 3);
        ReturnId rma = shop.approved(order, 2);
        oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).get();

        oms.returns().receive(order.id(), arrival("in-1", rma, STORE, 1)).get();
        Order received = oms.returns().receive(order.id(), arrival("in-2", rma, WH, 1)).get();

        assertThat(labelOf(received, rma).state()).isEqualTo(ReturnLabel.State.ISSUED);
        assertThat(labelOf(received, rma).used()).isTrue();
        assertThat(carrier.labelsVoided()).isEmpty();
        assertThat(oms.returns().requestLabel(order.id(), ask("label-2", rma, "ground")).getLeft().codes())
                .as("every unit is in").containsExactly(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aLabelStillOwedWhenEveryUnitArrivedIsBoughtOnceThenVoidedOnce() {
        Order order = shop.delivered("web-8", 3);
        ReturnId rma = shop.approved(order, 1);
        carrier.returnLabelsDown(true);
        oms.returns().requestLabel(order.id(), ask("label-1", rma, "ground")).get();
        oms.returns().receive(order.id(), arrival("in-1", rma, WH, 1)).get();

        carrier.returnLabelsDown(false);
        Order resumed = oms.recovery().resume(order.id()).get();
        oms.recovery().resume(order.id());

        assertThat(labelOf(resumed, rma).state()).isEqualTo(ReturnLabel.State.VOIDED);
        assertThat(carrier.returnLabelsPurchased()).hasSize(1);
        assertThat(carrier.labelsVoided()).containsExactly(single(carrier.returnLabelsPurchased()).label().labelId());
    }

    private static ReturnLabelAsk ask(String key, ReturnId rma, String service) {
        return new ReturnLabelAsk(key, rma, WH, service);
    }

    private static ReturnArrival arrival(String key, ReturnId rma, LocationId at, long mugs) {
        return new ReturnArrival(key, rma, at, List.of(new ReturnArrival.Line(MUGS, mugs, Disposition.RESTOCK)));
    }

    private static ReturnLabel labelOf(Order order, ReturnId rma) {
        return order.returns().get(rma).get().label().get();
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private List<Object> notices(Order order) {
        return shop.adapters.notifications().delivered().stream().filter(n -> n.orderId().equals(order.id()))
                .map(Notification::notice).map(Object.class::cast).toList();
    }
}
