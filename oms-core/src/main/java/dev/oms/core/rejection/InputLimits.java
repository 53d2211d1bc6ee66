// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.joda.money.Money;

/**
 * The bounds on everything a host sends oms: the one place they are stated. The facade checks them at
 * every entry point and refuses what breaks them with a stable {@link ProblemCode}, before anything is
 * looked up, stored, reserved or charged, so every adapter (in memory, PostgreSQL, the host's own)
 * sees only input it can store and every adapter answers the same.
 *
 * <p><b>Text.</b> Each text field has a {@link TextKind} with a maximum length, counted in UTF-16 code
 * units ({@link String#length()}); a longer one is {@link ProblemCode#TEXT_TOO_LONG}. Since a code point
 * takes at least one code unit, text within the limit also fits a database column that counts characters.
 * Text must be well-formed UTF-16 (no unpaired surrogate), so it round-trips through UTF-8 unchanged: an
 * unpaired surrogate would be stored as {@code ?}, and two different ids would become one. It must not
 * contain ISO control characters ({@code U+0000}-{@code U+001F}, {@code U+007F}-{@code U+009F}; NUL
 * above all, which PostgreSQL cannot store), except that {@link TextKind#FREE_TEXT} may break lines
 * (tab, line feed, carriage return). Either is {@link ProblemCode#TEXT_NOT_ALLOWED}.
 *
 * <table>
 *   <caption>Text limits</caption>
 *   <tr><th>kind</th><th>max length</th><th>fields</th></tr>
 *   <tr><td>{@link TextKind#CODE}</td><td>64</td><td>channel codes, carrier service codes</td></tr>
 *   <tr><td>{@link TextKind#ID}</td><td>128</td><td>external order ids, idempotency and operation keys,
 *       SKUs, customer refs, line, location, purchase and hold ids</td></tr>
 *   <tr><td>{@link TextKind#NAME}</td><td>256</td><td>address fields: recipient, street lines, city, postal code</td></tr>
 *   <tr><td>{@link TextKind#TOKEN}</td><td>512</td><td>payment method tokens</td></tr>
 *   <tr><td>{@link TextKind#FREE_TEXT}</td><td>1,000</td><td>reasons, special handling, gift messages</td></tr>
 * </table>
 *
 * <p><b>Counts.</b> At most {@value #MAX_LINES} lines in an order or a hold and items in a package
 * ({@link ProblemCode#TOO_MANY_LINES} for lines, {@link ProblemCode#TOO_MANY_ITEMS} for items), and at
 * most {@value #MAX_ADDRESS_LINES} street lines in an address ({@link ProblemCode#TOO_MANY_ITEMS}).
 *
 * <p><b>Quantities</b> ({@link ProblemCode#QUANTITY_TOO_LARGE} beyond the limit): at most
 * {@value #MAX_LINE_QUANTITY} units on an order line, a hold line, a package item or a cancellation;
 * at most {@value #MAX_RECEIPT_QUANTITY} units in one goods receipt. Both are far below
 * {@code Long.MAX_VALUE} on purpose: any Java list (at most {@code Integer.MAX_VALUE} entries) of
 * quantities within {@value #MAX_RECEIPT_QUANTITY} sums to less than 2.2 &times; 10<sup>18</sup>, so no sum
 * of checked quantities can overflow a {@code long}, and a stock count fed only by receipts needs
 * billions of them to approach one.
 *
 * <p><b>Money</b> ({@link ProblemCode#AMOUNT_TOO_LARGE}): a unit price is at most {@link #MAX_UNIT_PRICE}
 * (ten million) in the currency's major unit. An order's total is then at most 500 lines &times;
 * 1,000,000 units &times; 10<sup>7</sup> = 5 &times; 10<sup>15</sup> major units, which even in a currency
 * with three decimals is 5 &times; 10<sup>18</sup> minor units and fits the {@code long} amounts payment
 * providers take.
 */
public final class InputLimits {

    /** Lines in an order or a hold, items in a package: more than any real order, and it bounds every sum over them. */
    public static final int MAX_LINES = 500;
    /** Street lines in one address; postal formats use two to four. */
    public static final int MAX_ADDRESS_LINES = 10;
    /** Units on one order line, hold line, package item or cancellation: more than any shop ships to one customer. */
    public static final long MAX_LINE_QUANTITY = 1_000_000;
    /** Units in one goods receipt: more than any single delivery holds. */
    public static final long MAX_RECEIPT_QUANTITY = 1_000_000_000;
    /** The largest unit price, in the currency's major unit (ten million). */
    public static final BigDecimal MAX_UNIT_PRICE = BigDecimal.valueOf(10_000_000);

    private InputLimits() {}

    /** The kinds of text field, each with its maximum length in UTF-16 code units. */
    public enum TextKind {
        /** A code from a small set the host defines: channel codes, carrier service codes. */
        CODE(64),
        /** An identifier or key: external ids, idempotency and operation keys, SKUs, customer refs, ids of lines, locations, purchases and holds. */
        ID(128),
        /** Part of a postal address: recipient, street line, city, postal code. */
        NAME(256),
        /** A payment provider's token for a card or wallet. */
        TOKEN(512),
        /** Words for people: reasons, special handling, gift messages. May break lines. */
        FREE_TEXT(1_000);

        private final int maxLength;

        TextKind(int maxLength) {
            this.maxLength = maxLength;
        }

        /** {@return the most UTF-16 code units a field of this kind may hold} */
        public int maxLength() {
            return maxLength;
        }
    }

    /**
     * Every problem with a text field: {@code TEXT_TOO_LONG} beyond its kind's length,
     * {@code TEXT_NOT_ALLOWED} for a control character or an unpaired surrogate. Blankness is the
     * field's own rule, not checked here.
     *
     * @param value the text
     * @param kind what the text is, which sets its limits
     * @param path where in the command
     * @return every problem found, or none
     */
    public static List<Problem> text(String value, TextKind kind, String path) {
        List<Problem> problems = List.empty();
        if (value.length() > kind.maxLength()) {
            problems = problems.append(Problem.of(ProblemCode.TEXT_TOO_LONG, path,
                    value.length() + " characters; at most " + kind.maxLength() + " are accepted"));
        }
        String disallowed = firstDisallowed(value, kind);
        if (disallowed != null) {
            // The message names the offending character's kind and position, never the text: it may be personal data.
            problems = problems.append(Problem.of(ProblemCode.TEXT_NOT_ALLOWED, path, disallowed));
        }
        return problems;
    }

    /**
     * {@code QUANTITY_TOO_LARGE} when {@code units} is beyond {@code max}; positivity is the caller's own rule.
     *
     * @param units the quantity
     * @param max the most accepted
     * @param path where in the command
     * @return the problem, or none
     */
    public static List<Problem> atMost(long units, long max, String path) {
        return units > max
                ? List.of(Problem.of(ProblemCode.QUANTITY_TOO_LARGE, path, units + " units; at most " + max + " are accepted"))
                : List.empty();
    }

    /**
     * {@code AMOUNT_TOO_LARGE} when a unit price is beyond {@link #MAX_UNIT_PRICE}.
     *
     * @param price the unit price
     * @param path where in the command
     * @return the problem, or none
     */
    public static List<Problem> unitPrice(Money price, String path) {
        return price.getAmount().compareTo(MAX_UNIT_PRICE) > 0
                ? List.of(Problem.of(ProblemCode.AMOUNT_TOO_LARGE, path,
                        "unit price " + price + "; at most " + MAX_UNIT_PRICE.toPlainString() + " " + price.getCurrencyUnit() + " is accepted"))
                : List.empty();
    }

    /**
     * {@code TOO_MANY_ITEMS} when a list has more than {@code max} entries.
     *
     * @param size how many entries the list has
     * @param max the most accepted
     * @param path where in the command
     * @return the problem, or none
     */
    public static List<Problem> count(int size, int max, String path) {
        return size > max
                ? List.of(Problem.of(ProblemCode.TOO_MANY_ITEMS, path, size + " entries; at most " + max + " are accepted"))
                : List.empty();
    }

    /** Why the text is refused, or null when every character is allowed. */
    private static String firstDisallowed(String value, TextKind kind) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "unpaired surrogate at position " + i + ": the text is not well-formed UTF-16";
            }
            if (Character.isLowSurrogate(c)) {
                return "unpaired surrogate at position " + i + ": the text is not well-formed UTF-16";
            }
            if (Character.isISOControl(c) && !(kind == TextKind.FREE_TEXT && (c == '\t' || c == '\n' || c == '\r'))) {
                return String.format("control character U+%04X at position %d", (int) c, i);
            }
        }
        return null;
    }
}
