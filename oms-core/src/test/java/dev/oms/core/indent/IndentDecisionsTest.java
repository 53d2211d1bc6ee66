// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.indent;

import static dev.oms.core.decision.DeciderSpec.NOW;
import static dev.oms.core.decision.DeciderSpec.given;
import static dev.oms.core.decision.DeciderSpec.line;
import static dev.oms.core.decision.DeciderSpec.placed;

import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.EffectOutcome.RecordPurchaseRequestSent;
import dev.oms.core.command.IndentCommand.ApplySupplierAnswer;
import dev.oms.core.command.IndentCommand.ReceivePurchaseGoods;
import dev.oms.core.decision.DeciderSpec;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.Sku;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A purchase bought for an order: sent, answered by the supplier, received. Decided at the decider. */
class IndentDecisionsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku SOFA = Sku.of("SOFA");
    private static final LocationId SUPPLIER = LocationId.of("SUPPLIER");
    private static final LocationId EAST = LocationId.of("EAST");
    private static final LocalDate EXPECTED = LocalDate.parse("2026-03-20");
    private static final OrderPlaced FOUR_SOFAS = placed(line("L1", "SOFA", 4, "EUR 500.00"));
    private static final PurchaseRequested BOUGHT = new PurchaseRequested(PurchaseId.of("O-1-P1"), L1, SOFA, SUPPLIER, 4);

    @Test
    void theSupplierPortTakingTheRequestIsRecordedOnce() {
        given(FOUR_SOFAS, BOUGHT)
                .when(new RecordPurchaseRequestSent("purchase-1", PurchaseId.of("O-1-P1")))
                .thenEvents(new PurchaseRequestSent(PurchaseId.of("O-1-P1")));
        given(FOUR_SOFAS, BOUGHT, new PurchaseRequestSent(PurchaseId.of("O-1-P1")))
                .when(new RecordPurchaseRequestSent("purchase-2", PurchaseId.of("O-1-P1")))
                .thenRejected(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void unitsTheSupplierDoesNotCommitGoWhereTheContextsShortfallPolicySays() {
        ApplySupplierAnswer threeOfFour = new ApplySupplierAnswer("answer-1",
                SupplierConfirmation.committed(PurchaseId.of("O-1-P1"), 3, EXPECTED));
        DecisionContext backorderShortfalls = DecisionContext.at(NOW).withIndentPolicy(new IndentPolicy() {
            @Override
            public io.vavr.control.Option<LocationId> supplierFor(Sku sku, long quantity, dev.oms.spi.value.Channel channel) {
                return io.vavr.control.Option.none();
            }

            @Override
            public SupplierShortfall onShortfall(Sku sku) {
                return SupplierShortfall.BACKORDER;
            }
        });
        DeciderSpec sent = given(FOUR_SOFAS, BOUGHT, new PurchaseRequestSent(PurchaseId.of("O-1-P1")));

        sent.when(threeOfFour, backorderShortfalls).thenEvents(new SupplierConfirmed(PurchaseId.of("O-1-P1"), 3, EXPECTED),
                new SupplierShortfallSettled(PurchaseId.of("O-1-P1"), L1, 1, Bucket.BACKORDERED, "the supplier gave no reason"));
        sent.when(threeOfFour).thenEvents(new SupplierConfirmed(PurchaseId.of("O-1-P1"), 3, EXPECTED),
                new SupplierShortfallSettled(PurchaseId.of("O-1-P1"), L1, 1, Bucket.CANCELLED, "the supplier gave no reason"));
    }

    @Test
    void aSupplierCannotCommitMoreThanWasBought() {
        given(FOUR_SOFAS, BOUGHT, new PurchaseRequestSent(PurchaseId.of("O-1-P1")))
                .when(new ApplySupplierAnswer("answer-1", SupplierConfirmation.committed(PurchaseId.of("O-1-P1"), 5, EXPECTED)))
                .thenRejected(ProblemCode.QUANTITY_TOO_LARGE);
    }

    @Test
    void goodsAreReceivedUpToWhatTheSupplierCommitted() {
        DeciderSpec committed = given(FOUR_SOFAS, BOUGHT, new PurchaseRequestSent(PurchaseId.of("O-1-P1")),
                new SupplierConfirmed(PurchaseId.of("O-1-P1"), 3, EXPECTED),
                new SupplierShortfallSettled(PurchaseId.of("O-1-P1"), L1, 1, Bucket.CANCELLED, "short"));

        committed.when(new ReceivePurchaseGoods("receipt-1", PurchaseId.of("O-1-P1"), EAST, 3))
                .thenEvents(new PurchaseGoodsReceived(ReceiptId.of("receipt-1"), PurchaseId.of("O-1-P1"), L1, EAST, 3));
        committed.when(new ReceivePurchaseGoods("receipt-1", PurchaseId.of("O-1-P1"), EAST, 4)).thenRejected(ProblemCode.QUANTITY_TOO_LARGE);
        committed.when(new ReceivePurchaseGoods("receipt-1", PurchaseId.of("O-1-P2"), EAST, 1)).thenRejected(ProblemCode.UNKNOWN_PURCHASE);
    }
}
