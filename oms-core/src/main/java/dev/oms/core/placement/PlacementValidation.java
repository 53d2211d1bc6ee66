// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.placement;

import dev.oms.core.pricing.PriceChecks;
import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.InputLimits.TextKind;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.pricing.Pricing;
import dev.oms.spi.pricing.PricingAnswer;
import dev.oms.spi.pricing.PricingRequest;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.joda.money.CurrencyUnit;

/**
 * Validates a {@link PlaceOrder} and turns it into the {@link OrderPlaced} event. Every problem is
 * reported at once, each with a stable code and the path of the offending field.
 */
public final class PlacementValidation {

    /** More lines than any real order has: beyond this, a channel is sending garbage. See {@link InputLimits#MAX_LINES}. */
    public static final int MAX_LINES = InputLimits.MAX_LINES;
    /** More units on one line than any shop ships to one customer. See {@link InputLimits#MAX_LINE_QUANTITY}. */
    public static final long MAX_QUANTITY = InputLimits.MAX_LINE_QUANTITY;

    private PlacementValidation() {}

    /**
     * Checks the command and, when it is valid, makes the event that places the order.
     *
     * @param command the channel's request
     * @param catalog where SKUs are looked up
     * @param locations every known location, where a pickup store is looked up
     * @param orderId the id the new order gets
     * @param now when the order is placed
     * @return the placed event, or every problem with the command; each line records whether the
     *     catalogue tracks its SKU's stock, which it keeps for life, and a pickup order ships to its store's address
     */
    public static Validation<Rejection, OrderPlaced> validate(PlaceOrder command, Catalog catalog, List<Location> locations,
            OrderId orderId, Instant now) {
        List<Problem> problems = problems(command, catalog, locations);
        if (!problems.isEmpty()) {
            return Validation.invalid(Rejection.of(problems));
        }
        PricingRequest request = PricingRequests.of(command, locations);
        return validate(command, catalog, locations, orderId, now, Pricing.asOffered().price(request)).toValidation();
    }

    /**
     * Makes the event that places a valid order at the prices the pricing port answered, once they pass
     * {@link PriceChecks}. The port is asked by the caller, outside this pure function.
     *
     * @param command the channel's request, with no {@link #problems}
     * @param catalog where SKUs are looked up
     * @param locations every known location, where a pickup store is looked up
     * @param orderId the id the new order gets
     * @param now when the order is placed
     * @param pricing what the pricing port answered to {@link PricingRequests#of} the command
     * @return the placed event, each line with its price breakdown and the order with its shipping charge; or every
     *     problem with the pricing
     */
    public static Either<Rejection, OrderPlaced> validate(PlaceOrder command, Catalog catalog, List<Location> locations,
            OrderId orderId, Instant now, PricingAnswer pricing) {
        Address shipTo = PricingRequests.shipTo(command, locations);
        return PriceChecks.check(PricingRequests.of(command, locations), pricing).map(priced -> {
            List<PlacedLine> lines = List.ofAll(command.lines()).zip(priced.lines())
                    .map(t -> new PlacedLine(t._2.lineId(), t._1.sku(), t._1.quantity(), t._2.unitPrice(),
                            catalog.find(t._1.sku()).map(Product::stockTracked).orElse(true), t._2.breakdown()));
            CurrencyUnit currency = command.lines().get(0).unitPrice().getCurrencyUnit();
            return new OrderPlaced(orderId, command.channel(), command.externalId(), command.customer(),
                    shipTo, command.pickup(), command.paymentMethod(), currency, lines.toJavaList(), now, priced.shipping());
        });
    }



    /**
     * Every problem with the command, in field order; empty when it is valid. Text fields, quantities and
     * prices are checked against {@link InputLimits}.
     *
     * @param command the channel's request
     * @param catalog where SKUs are looked up
     * @param locations every known location, where a pickup store is looked up
     * @return every problem found
     */
    public static List<Problem> problems(PlaceOrder command, Catalog catalog, List<Location> locations) {
        List<Problem> problems = List.empty();
        if (command.externalId().isBlank()) {
            problems = problems.append(Problem.of(ProblemCode.EXTERNAL_ID_BLANK, "externalId", "the channel's order id is blank"));
        }
        problems = problems.appendAll(headerTextProblems(command));
        problems = problems.appendAll(destinationProblems(command, locations));
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
        for (int i = 0; i < lines.size(); i++) {
            problems = problems.appendAll(lineProblems(lines.get(i), "lines[" + i + "]", currency, catalog));
        }
        return problems;
    }

    /**
     * The problems of the command's text fields alone (channel, external id, customer, address, pickup store,
     * payment token, hold id, SKUs): empty when none breaks {@link InputLimits}. Checked before the external id
     * is looked up, since a host's store may choke on what it cannot hold (PostgreSQL refuses NUL) or fold
     * an unpaired surrogate into another id. {@link #problems} reports these too, among the others.
     *
     * @param command the channel's request
     * @return every text problem found
     */
    public static List<Problem> textProblems(PlaceOrder command) {
        List<Problem> problems = headerTextProblems(command);
        java.util.List<LineRequest> lines = command.lines();
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            problems = problems.appendAll(InputLimits.text(lines.get(i).sku().code(), TextKind.ID, "lines[" + i + "].sku"));
        }
        return problems;
    }

    /**
     * An order is shipped to an address or collected at a store: naming both is refused rather than one silently
     * winning, since the channel that sent both has a checkout whose customer's choice is unclear.
     */
    private static List<Problem> destinationProblems(PlaceOrder command, List<Location> locations) {
        List<Problem> problems = List.empty();
        if (command.shipTo().isPresent() && command.pickup().isPresent()) {
            problems = problems.append(Problem.of(ProblemCode.SHIP_TO_AND_PICKUP, "pickup",
                    "an order is shipped to an address or collected at a store, not both"));
        } else if (command.shipTo().isEmpty() && command.pickup().isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.MISSING_ADDRESS, "shipTo", "a ship-to address or a pickup store is required"));
        }
        if (command.pickup().isEmpty()) {
            return problems;
        }
        LocationId id = command.pickup().get().store();
        if (!InputLimits.text(id.value(), TextKind.ID, "pickup.store").isEmpty()) {
            return problems; // reported among the text problems; an id no store could hold is not looked up
        }
        Option<Location> store = store(command.pickup().get(), locations);
        if (store.isEmpty()) {
            return problems.append(Problem.of(ProblemCode.UNKNOWN_LOCATION, "pickup.store", "no location " + id));
        }
        if (!store.get().active()) {
            problems = problems.append(Problem.of(ProblemCode.LOCATION_CANNOT_SERVE, "pickup.store", "location " + id + " is paused"));
        }
        if (!store.get().can(LocationCapability.PICKUP_IN_STORE)) {
            problems = problems.append(Problem.of(ProblemCode.LOCATION_CANNOT_SERVE, "pickup.store",
                    "location " + id + " does not offer pickup in store"));
        }
        if (store.get().address().isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.MISSING_ADDRESS, "pickup.store",
                    "location " + id + " has no address for the customer to collect at"));
        }
        return problems;
    }

    private static Option<Location> store(Pickup pickup, List<Location> locations) {
        return locations.find(l -> l.id().equals(pickup.store()));
    }

    private static List<Problem> headerTextProblems(PlaceOrder command) {
        List<Problem> problems = InputLimits.text(command.channel().code(), TextKind.CODE, "channel")
                .appendAll(InputLimits.text(command.externalId(), TextKind.ID, "externalId"))
                .appendAll(InputLimits.text(command.customer().value(), TextKind.ID, "customer"));
        if (command.shipTo().isPresent()) {
            problems = problems.appendAll(addressProblems(command.shipTo().get(), "shipTo"));
        }
        if (command.pickup().isPresent()) {
            problems = problems.appendAll(InputLimits.text(command.pickup().get().store().value(), TextKind.ID, "pickup.store"));
        }
        if (command.paymentMethod() instanceof PaymentMethod.Card card) {
            problems = problems.appendAll(InputLimits.text(card.token(), TextKind.TOKEN, "paymentMethod.token"));
        }
        if (command.shippingService().isPresent()) {
            problems = problems.appendAll(InputLimits.text(command.shippingService().get(), TextKind.CODE, "shippingService"));
        }
        if (command.hold().isPresent()) {
            problems = problems.appendAll(InputLimits.text(command.hold().get().value(), TextKind.ID, "hold"));
        }
        if (command.additionalHolds().size() > InputLimits.MAX_LINES) {
            problems = problems.append(Problem.of(ProblemCode.TOO_MANY_LINES, "additionalHolds",
                    command.additionalHolds().size() + " holds; at most " + InputLimits.MAX_LINES + " are accepted"));
        }
        for (int i = 0; i < command.additionalHolds().size() && i < InputLimits.MAX_LINES; i++) {
            problems = problems.appendAll(InputLimits.text(command.additionalHolds().get(i).value(), TextKind.ID, "additionalHolds[" + i + "]"));
        }
        return problems;
    }

    /**
     * {@return the problems of an address's text against {@link InputLimits}}; an order edit's new address is checked here too
     *
     * @param address the address
     * @param path where it sits in the request, e.g. {@code shipTo}
     */
    public static List<Problem> addressProblems(Address address, String path) {
        List<Problem> problems = InputLimits.text(address.recipient(), TextKind.NAME, path + ".recipient")
                .appendAll(InputLimits.count(address.lines().size(), InputLimits.MAX_ADDRESS_LINES, path + ".lines"));
        for (int i = 0; i < address.lines().size(); i++) {
            problems = problems.appendAll(InputLimits.text(address.lines().get(i), TextKind.NAME, path + ".lines[" + i + "]"));
        }
        return problems.appendAll(InputLimits.text(address.city(), TextKind.NAME, path + ".city"))
                .appendAll(InputLimits.text(address.postalCode(), TextKind.NAME, path + ".postalCode"));
    }

    /**
     * {@return every problem of one line: its quantity, its price and currency, its SKU's text and whether the catalogue
     * knows it}; an order edit checks the lines it adds here too
     *
     * @param line the line asked for
     * @param path where the line sits in the request, e.g. {@code lines[2]}
     * @param currency the order's currency
     * @param catalog where SKUs are looked up
     */
    public static List<Problem> lineProblems(LineRequest line, String path, CurrencyUnit currency, Catalog catalog) {
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
        problems = problems.appendAll(InputLimits.unitPrice(line.unitPrice(), path + ".unitPrice"));
        if (!line.unitPrice().getCurrencyUnit().equals(currency)) {
            problems = problems.append(Problem.of(ProblemCode.CURRENCY_MISMATCH, path + ".unitPrice",
                    "priced in " + line.unitPrice().getCurrencyUnit() + ", the order in " + currency));
        }
        List<Problem> skuText = InputLimits.text(line.sku().code(), TextKind.ID, path + ".sku");
        problems = problems.appendAll(skuText);
        // A SKU no catalogue could hold is not looked up: the host's catalogue may choke on it.
        if (skuText.isEmpty() && catalog.find(line.sku()).isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.UNKNOWN_SKU, path + ".sku", "no product with SKU " + line.sku()));
        }
        return problems;
    }
}
