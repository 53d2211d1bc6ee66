// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pricing;

import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.PricedLine;
import dev.oms.spi.pricing.PricingAnswer;
import dev.oms.spi.pricing.PricingRequest;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.pricing.TaxLine;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What the pricing port may answer: every line of the request priced, in its order, in the order's currency, no
 * amount negative, no line's discounts above its value, and the order's total within what {@link InputLimits} promises
 * (so no sum over it overflows). Every breach is reported at once under {@code pricing.*}, the paths of the answer.
 */
public final class PriceChecks {

    /** The largest order total, in major units: {@link InputLimits#MAX_LINES} lines of {@link InputLimits#MAX_LINE_QUANTITY}
     * units at {@link InputLimits#MAX_UNIT_PRICE}, the bound every sum of an order's money is sized for. */
    public static final BigDecimal MAX_ORDER_TOTAL = InputLimits.MAX_UNIT_PRICE
            .multiply(BigDecimal.valueOf(InputLimits.MAX_LINE_QUANTITY)).multiply(BigDecimal.valueOf(InputLimits.MAX_LINES));

    private PriceChecks() {}

    /**
     * {@return the answer when the order may be placed at it; otherwise every problem with it}
     *
     * @param request what the port was asked
     * @param answer what it answered
     */
    public static Either<Rejection, PricingAnswer.Priced> check(PricingRequest request, PricingAnswer answer) {
        if (answer instanceof PricingAnswer.Refused refused) {
            return Either.left(Rejection.of(ProblemCode.PRICING_REFUSED, "lines", refused.reason()));
        }
        PricingAnswer.Priced priced = (PricingAnswer.Priced) answer;
        List<Problem> problems = problems(request, priced);
        return problems.isEmpty() ? Either.right(priced) : Either.left(Rejection.of(problems));
    }

    private static List<Problem> problems(PricingRequest request, PricingAnswer.Priced priced) {
        List<PricedLine> lines = List.ofAll(priced.lines());
        if (!lines.map(PricedLine::lineId).equals(List.ofAll(request.lines()).map(PricingRequest.Line::lineId))) {
            return List.of(Problem.of(ProblemCode.PRICING_MISMATCH, "pricing.lines", "priced lines "
                    + lines.map(PricedLine::lineId).mkString(", ") + " for the order's lines "
                    + List.ofAll(request.lines()).map(PricingRequest.Line::lineId).mkString(", ")));
        }
        CurrencyUnit currency = request.currency();
        List<Problem> problems = List.empty();
        for (int i = 0; i < lines.size(); i++) {
            problems = problems.appendAll(lineProblems(lines.get(i), request.lines().get(i).quantity(), "pricing.lines[" + i + "]", currency));
        }
        if (priced.shipping().isPresent()) {
            ShippingCharge shipping = priced.shipping().get();
            problems = problems.appendAll(amount(shipping.amount(), "pricing.shipping.amount", currency))
                    .appendAll(taxes(List.ofAll(shipping.taxes()), "pricing.shipping", currency));
        }
        if (problems.isEmpty()) {
            Money shipping = priced.shipping().map(ShippingCharge::total).orElse(Money.zero(currency));
            Money total = lines.zip(request.lines()).foldLeft(shipping,
                    (sum, l) -> sum.plus(l._1.breakdown().total(l._1.unitPrice(), l._2.quantity())));
            if (total.getAmount().compareTo(MAX_ORDER_TOTAL) > 0) {
                problems = problems.append(Problem.of(ProblemCode.AMOUNT_TOO_LARGE, "pricing",
                        "order total " + total + "; at most " + MAX_ORDER_TOTAL.toPlainString() + " " + currency + " is accepted"));
            }
        }
        return problems;
    }

    private static List<Problem> lineProblems(PricedLine line, long quantity, String path, CurrencyUnit currency) {
        List<Problem> problems = amount(line.unitPrice(), path + ".unitPrice", currency)
                .appendAll(InputLimits.unitPrice(line.unitPrice(), path + ".unitPrice"));
        List<DiscountAllocation> discounts = List.ofAll(line.breakdown().discounts());
        for (int j = 0; j < discounts.size(); j++) {
            problems = problems.appendAll(amount(discounts.get(j).amount(), path + ".discounts[" + j + "].amount", currency));
        }
        problems = problems.appendAll(taxes(List.ofAll(line.breakdown().taxes()), path, currency));
        if (problems.isEmpty() && line.breakdown().discount(line.unitPrice()).isGreaterThan(line.unitPrice().multipliedBy(quantity))) {
            problems = problems.append(Problem.of(ProblemCode.DISCOUNT_EXCEEDS_LINE_VALUE, path + ".discounts", "discounts of "
                    + line.breakdown().discount(line.unitPrice()) + " on a line worth " + line.unitPrice().multipliedBy(quantity)));
        }
        return problems;
    }

    private static List<Problem> taxes(List<TaxLine> taxes, String path, CurrencyUnit currency) {
        List<Problem> problems = List.empty();
        for (int k = 0; k < taxes.size(); k++) {
            problems = problems.appendAll(amount(taxes.get(k).amount(), path + ".taxes[" + k + "].amount", currency));
        }
        return problems;
    }

    /** A money amount of the answer: in the order's currency and not negative. */
    private static List<Problem> amount(Money amount, String path, CurrencyUnit currency) {
        if (!amount.getCurrencyUnit().equals(currency)) {
            return List.of(Problem.of(ProblemCode.CURRENCY_MISMATCH, path,
                    "priced in " + amount.getCurrencyUnit() + ", the order in " + currency));
        }
        return amount.isNegative()
                ? List.of(Problem.of(ProblemCode.PRICE_NEGATIVE, path, "amount " + amount + " is negative"))
                : List.empty();
    }
}
