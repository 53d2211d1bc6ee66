// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.ApprovalRequest;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * Approval holds in command sequences: an order is held for a reason, released, or rejected. While an order is
 * held, every fulfilment step tried on it must be refused ({@code ON_APPROVAL_HOLD}) and store nothing.
 */
final class ApprovalActions {
    private ApprovalActions() {}

    private enum Verdict { HOLD, RELEASE, REJECT }

    /** Holds, releases or rejects one order, then checks that a held order cannot be picked, packed or shipped. */
    static final class Review implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !world.orders().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Combinators.combine(Arbitraries.of(world.orders()), Arbitraries.of(Verdict.class), Arbitraries.of(ApprovalReason.class))
                    .as((id, verdict, reason) -> Transformer.mutate(verdict.name().toLowerCase() + " " + reason + " " + id,
                            w -> review(w, id, verdict, reason)));
        }

        private static void review(OmsWorld world, OrderId id, Verdict verdict, ApprovalReason drawn) {
            Order before = order(world, id);
            // A held order is mostly answered about a hold it has, so releases and rejections happen.
            ApprovalReason reason = verdict != Verdict.HOLD && before.approvals().held() ? before.approvals().open().keySet().head() : drawn;
            world.step(verdict + " " + reason + " " + id);
            ApprovalRequest request = new ApprovalRequest(world.nextKey("review"), reason, "reviewer");
            Either<Rejection, Order> answer = switch (verdict) {
                case HOLD -> world.oms().approvals().hold(id, request);
                case RELEASE -> world.oms().approvals().release(id, request);
                case REJECT -> world.oms().approvals().reject(id, request);
            };
            List<String> violations = new ArrayList<>(expected(before, verdict, reason, answer));
            if (answer.isRight() && verdict == Verdict.REJECT && answer.get().approvals().held()) {
                violations.add("order " + id + " is still held after its rejection");
            }
            if (order(world, id).approvals().held()) {
                violations.addAll(heldOrderStaysPut(world, id));
            }
            world.found(violations);
        }

        /** What the verdict must answer, given the order before it; one line per surprise. */
        private static List<String> expected(Order before, Verdict verdict, ApprovalReason reason, Either<Rejection, Order> answer) {
            boolean open = before.approvals().isOpen(reason);
            boolean refused = answer.isLeft();
            String what = verdict + " " + reason + " of " + before.id() + " answered " + (refused ? answer.getLeft() : "accepted");
            return switch (verdict) {
                case HOLD -> open != (refused && answer.getLeft().has(ProblemCode.APPROVAL_HOLD_OPEN))
                        || refused && !open && !answer.getLeft().has(ProblemCode.NOTHING_TO_DO) ? List.of(what) : List.of();
                case RELEASE -> open == refused ? List.of(what) : List.of();
                // A rejection may wait for units on open pick lists or a reservation in flight.
                case REJECT -> !open && !refused || refused && open && !answer.getLeft().has(ProblemCode.NOT_CANCELLABLE)
                        || refused && !open && !answer.getLeft().has(ProblemCode.NO_APPROVAL_HOLD) ? List.of(what) : List.of();
            };
        }

        /** Every fulfilment step on a held order is refused, and the order's version does not move. */
        private static List<String> heldOrderStaysPut(OmsWorld world, OrderId id) {
            Order held = order(world, id);
            List<Either<Rejection, ?>> tried = new ArrayList<>();
            tried.add(world.oms().warehouse().createPickLists(id));
            for (PickList list : held.pickLists().values().filter(p -> p.open())) {
                tried.add(world.oms().warehouse().confirmPicked(id, list.id()));
            }
            for (OrderPackage pkg : held.packages().values().filter(p -> p.state() == OrderPackage.State.PACKED)) {
                tried.add(world.oms().warehouse().ship(id, pkg.id(), "ground"));
            }
            List<String> violations = new ArrayList<>();
            for (Either<Rejection, ?> answer : tried) {
                if (answer.isRight() || !answer.getLeft().has(ProblemCode.ON_APPROVAL_HOLD)) {
                    violations.add("held order " + id + " was not refused a fulfilment step: " + answer);
                }
            }
            Order after = order(world, id);
            if (after.version() != held.version() || after.status() != OrderStatus.ON_HOLD && !after.isFullyCancelled()) {
                violations.add("held order " + id + " moved from v" + held.version() + " " + held.status() + " to v"
                        + after.version() + " " + after.status());
            }
            return violations;
        }

        private static Order order(OmsWorld world, OrderId id) {
            return world.oms().queries().find(id).get();
        }
    }
}
