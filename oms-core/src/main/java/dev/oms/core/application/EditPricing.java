// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.edit.ChangeSet;
import dev.oms.core.command.EditCommand.Changes;
import dev.oms.core.edit.EditRules;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlacementValidation;
import dev.oms.core.pricing.PriceChecks;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.payment.PaymentGateway.AuthorizationRequest;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult.Authorized;
import dev.oms.spi.payment.PaymentGateway.VoidRequest;
import dev.oms.spi.pricing.Pricing;
import dev.oms.spi.pricing.PricingRequest;
import dev.oms.spi.pricing.ShippingCharge;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.joda.money.Money;

/** The ports an edit asks before it is recorded: the pricing port for the lines it adds, the payment provider for the difference. */
final class EditPricing {
    private final Ports ports;
    private final Pricing pricing;

    EditPricing(Ports ports, Pricing pricing) {
        this.ports = ports;
        this.pricing = pricing;
    }

    /**
     * The added lines as the pricing port prices them for this order, and the shipping charge for a new service, checked
     * as placement checks its lines and prices. A change of service is priced for the order's wanted lines as edited (the
     * port's prices of the lines already placed are not taken: they keep the prices they were placed at); otherwise the
     * port is asked for the added lines alone and the order keeps its shipping charge.
     */
    Either<Rejection, Changes> price(Order order, ChangeSet changes) {
        List<LineRequest> lines = List.ofAll(changes.add());
        List<Problem> problems = lines.zipWithIndex().flatMap(t -> PlacementValidation.lineProblems(t._1, "add[" + t._2 + "]",
                order.currency(), ports.catalog()));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        if (lines.isEmpty() && changes.shippingService().isEmpty()) {
            return Either.right(new Changes(List.empty(), changes.remove(), changes.shipTo(), java.util.Optional.empty(),
                    changes.reason()));
        }
        List<PricingRequest.Line> placed = changes.shippingService().isEmpty() ? List.empty() : wantedAsEdited(order, changes);
        List<PricingRequest.Line> asked = placed.appendAll(lines.zipWithIndex().map(t -> new PricingRequest.Line(
                EditRules.addedLineId(order, t._2), t._1.sku(), t._1.quantity(), t._1.unitPrice())));
        PricingRequest request = new PricingRequest(order.channel(), order.customer(), changes.shipTo().orElse(order.shipTo()),
                order.pickup().toJavaOptional(), changes.shippingService().or(() -> order.charges().shipping()
                        .map(ShippingCharge::service).toJavaOptional()), order.currency(), asked.toJavaList());
        // The pricing port is asked once, here at the edge, as at placement.
        return PriceChecks.check(request, pricing.price(request)).map(priced -> new Changes(
                lines.zip(List.ofAll(priced.lines()).drop(placed.size())).map(t -> new PlacedLine(t._2.lineId(), t._1.sku(),
                        t._1.quantity(), t._2.unitPrice(), ports.catalog().find(t._1.sku()).map(Product::stockTracked).orElse(true),
                        t._2.breakdown())), changes.remove(), changes.shipTo(),
                changes.shippingService().map(service -> priced.shipping()
                        .orElseGet(() -> ShippingCharge.untaxed(service, Money.zero(order.currency())))), changes.reason()));
    }

    /** The order's lines with units still wanted once the change-set's units are taken off, at the prices they were placed at. */
    private static List<PricingRequest.Line> wantedAsEdited(Order order, ChangeSet changes) {
        return order.lines().values().toList().flatMap(line -> {
            long wanted = line.active() - changes.remove().stream().filter(i -> i.lineId().equals(line.id()))
                    .mapToLong(dev.oms.spi.value.PackageItem::quantity).sum();
            return wanted > 0 ? List.of(new PricingRequest.Line(line.id(), line.sku(), wanted, line.unitPrice())) : List.empty();
        });
    }

    /**
     * The provider's authorisation of what the edit owes, asked before anything is recorded; none when nothing is owed.
     * Less than asked is voided again and counts as declined: an edit is authorised whole or refused.
     */
    Either<Rejection, Option<Authorized>> authorize(Order order, String editKey, Money owed) {
        if (!owed.isPositive()) {
            return Either.right(Option.none());
        }
        IdempotencyKeys.Key key = IdempotencyKeys.editAuthorization(order.id(), editKey, owed);
        AuthorizationResult answer;
        try {
            answer = ports.payments().authorize(new AuthorizationRequest(key.value(), order.id(), order.payment().method(), owed));
        } catch (RuntimeException noAnswer) {
            throw new PortFailure("the payment provider did not answer the authorisation of an edit of order " + order.id()
                    + "; nothing is recorded, and confirming again asks again under the same key", noAnswer);
        }
        return answer.fold(granted -> {
            if (granted.amount().equals(owed)) {
                return Either.right(Option.some(granted));
            }
            ports.payments().voidAuthorization(new VoidRequest(IdempotencyKeys.editAuthorizationVoid(key).value(), order.id(), granted.authorizationId(), granted.amount()));
            return Either.left(declined(order, "the provider authorised " + granted.amount() + " of " + owed));
        }, declined -> Either.left(declined(order, declined.reason())));
    }

    private static Rejection declined(Order order, String reason) {
        return Rejection.of(ProblemCode.PAYMENT_NOT_AUTHORIZED, "", "the edit of order " + order.id()
                + " needs its difference authorised, and the provider refused: " + reason);
    }
}
