package dev.oms.core.placement;

import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.event.OrderEvent.OrderPlaced;
import dev.oms.spi.event.OrderEvent.PlacedLine;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.joda.money.CurrencyUnit;

/**
 * Validates a {@link PlaceOrder} and turns it into the {@link OrderPlaced} event. Every problem is
 * reported at once, each with a stable code and the path of the offending field.
 */
public final class PlacementValidation {

    /** More lines than any real order has: beyond this, a channel is sending garbage. */
    public static final int MAX_LINES = 500;
    /** More units on one line than any shop ships to one customer. */
    public static final long MAX_QUANTITY = 1_000_000;

    private PlacementValidation() {}

    public static Validation<Rejection, OrderPlaced> validate(PlaceOrder command, Catalog catalog, OrderId orderId, Instant now) {
        List<Problem> problems = problems(command, catalog);
        if (!problems.isEmpty()) {
            return Validation.invalid(Rejection.of(problems));
        }
        List<PlacedLine> lines = List.ofAll(command.lines()).zipWithIndex()
                .map(t -> new PlacedLine(LineId.ofPosition(t._2), t._1.sku(), t._1.quantity(), t._1.unitPrice()));
        CurrencyUnit currency = lines.head().unitPrice().getCurrencyUnit();
        return Validation.valid(new OrderPlaced(orderId, command.channel(), command.externalId(), command.customer(),
                command.shipTo().get(), command.paymentMethod(), currency, lines.toJavaList(), now));
    }

    /** Every problem with the command, in field order; empty when it is valid. */
    public static List<Problem> problems(PlaceOrder command, Catalog catalog) {
        List<Problem> problems = List.empty();
        if (command.externalId().isBlank()) {
            problems = problems.append(Problem.of(ProblemCode.EXTERNAL_ID_BLANK, "externalId", "the channel's order id is blank"));
        }
        if (command.shipTo().isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.MISSING_ADDRESS, "shipTo", "a ship-to address is required"));
        }
        java.util.List<LineRequest> lines = command.lines();
        if (lines.isEmpty()) {
            return problems.append(Problem.of(ProblemCode.NO_LINES, "lines", "an order needs at least one line"));
        }
        if (lines.size() > MAX_LINES) {
            // Past this size, per-line checks would only flood the caller; the size is the problem.
            return problems.append(Problem.of(ProblemCode.TOO_MANY_LINES, "lines",
                    lines.size() + " lines; at most " + MAX_LINES + " are accepted"));
        }
        CurrencyUnit currency = lines.get(0).unitPrice().getCurrencyUnit();
        Set<Sku> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            problems = problems.appendAll(lineProblems(lines.get(i), "lines[" + i + "]", currency, seen, catalog));
        }
        return problems;
    }

    private static List<Problem> lineProblems(LineRequest line, String path, CurrencyUnit currency, Set<Sku> seen, Catalog catalog) {
        List<Problem> problems = List.empty();
        if (line.quantity() <= 0) {
            problems = problems.append(Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE, path + ".quantity",
                    "quantity must be positive, was " + line.quantity()));
        } else if (line.quantity() > MAX_QUANTITY) {
            problems = problems.append(Problem.of(ProblemCode.QUANTITY_TOO_LARGE, path + ".quantity",
                    "quantity " + line.quantity() + " exceeds " + MAX_QUANTITY));
        }
        if (line.unitPrice().isNegative()) {
            problems = problems.append(Problem.of(ProblemCode.PRICE_NEGATIVE, path + ".unitPrice", "unit price is negative"));
        }
        if (!line.unitPrice().getCurrencyUnit().equals(currency)) {
            problems = problems.append(Problem.of(ProblemCode.CURRENCY_MISMATCH, path + ".unitPrice",
                    "priced in " + line.unitPrice().getCurrencyUnit() + ", the order in " + currency));
        }
        if (catalog.find(line.sku()).isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.UNKNOWN_SKU, path + ".sku", "no product with SKU " + line.sku()));
        }
        if (!seen.add(line.sku())) {
            problems = problems.append(Problem.of(ProblemCode.DUPLICATE_SKU, path + ".sku",
                    "SKU " + line.sku() + " is on an earlier line; put the quantity on one line"));
        }
        return problems;
    }
}
