// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;

/**
 * Trust under load: short histories of concurrent calls on several facades sharing one set of stores,
 * as several instances of a host application would, reconciled after every step. Each {@link Step} runs
 * its 2–4 {@link Call}s at once on threads (placements of in-stock, backorderable and pre-order SKUs,
 * checkout holds placed, released and expired by moving the clock, goods receipts, cancellations, edits,
 * deliveries and exchanges) and
 * may arm a {@link OneShotFault} on a store or port for the step. After every step the first facade
 * {@linkplain dev.oms.core.application.Recovery#resumeAll() resumes} every order with no fault armed, then
 * {@link Reconciliation} must find nothing, and no call may have thrown without a fault injected.
 *
 * <p>A host runs it from a jqwik property against its own adapters:
 * <pre>{@code
 * @Property
 * void reconcilesUnderLoad(@ForAll("histories") ConcurrentHistories.History history) {
 *     ConcurrentHistories.Result result = ConcurrentHistories.run(history, myStores(ConcurrentHistories.layout()));
 *     assertThat(result.violations()).as(result.transcript()).isEmpty();
 * }
 *
 * @Provide
 * Arbitrary<ConcurrentHistories.History> histories() {
 *     return ConcurrentHistories.histories(ConcurrentHistories.Mix.FULL);
 * }
 * }</pre>
 * The stores must start with {@link #layout()}'s locations and stock; {@link #run} records jqwik
 * statistics of what the histories did, so it must be called from inside a property.
 */
public final class ConcurrentHistories {
    /** On sale, never backordered: a short order for it is refused. */
    public static final Sku STOCKED = Sku.of("STOCKED");
    /** On sale, backordered without limit when short. */
    public static final Sku BACKORDERABLE = Sku.of("BACKORDER");
    /** Announced: pre-ordered (up to a cap of 6) until {@link #RELEASE}, backordered when short after it. */
    public static final Sku PREORDER = Sku.of("PREORDER");
    /** The preferred warehouse. */
    public static final LocationId EAST = LocationId.of("EAST");
    /** The second warehouse. */
    public static final LocationId WEST = LocationId.of("WEST");
    /** Where every history's clock starts. */
    public static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    /** When {@link #PREORDER} goes on sale. */
    public static final Instant RELEASE = START.plus(Duration.ofMinutes(45));

    private ConcurrentHistories() {}

    /** What the stores must hold before a history: the locations, the products (for the host's own
     * catalogue, if it checks one) and the stock records, nothing reserved.
     * @param locations the locations, in priority order
     * @param products the products on sale or announced
     * @param stock the stock records, each with units on hand only */
    public record Layout(List<Location> locations, List<Product> products, List<StockLevel> stock) {
        /** Copies the lists.
         * @param locations the locations
         * @param products the products
         * @param stock the stock records */
        public Layout {
            locations = List.copyOf(locations);
            products = List.copyOf(products);
            stock = List.copyOf(stock);
        }
    }

    /** {@return the layout every history starts from: two warehouses, little stock, so calls contend for it} */
    public static Layout layout() {
        return HistoryLayout.layout();
    }

    /** The stores one application instance uses. Instances of one history share the data (the same
     * database, the same in-memory stores); each may have its own store objects over it. */
    public record Stores(OrderStore orders, InventoryStore inventory, HoldStore holds, PaymentGateway payments,
            ShippingCarrier carrier, NotificationSender notifications) {
        /** The stores of one instance; every one is required.
         * @param orders the order store
         * @param inventory the inventory store
         * @param holds the hold store
         * @param payments the payment gateway
         * @param carrier the shipping carrier
         * @param notifications the notification sender */
        public Stores {
            Objects.requireNonNull(orders, "orders is null");
            Objects.requireNonNull(inventory, "inventory is null");
            Objects.requireNonNull(holds, "holds is null");
            Objects.requireNonNull(payments, "payments is null");
            Objects.requireNonNull(carrier, "carrier is null");
            Objects.requireNonNull(notifications, "notifications is null");
        }
    }

    /** What the histories are made of. */
    public enum Mix {
        /** Every kind of call, duplicate submissions, and a one-shot fault in about half the steps. */
        FULL,
        /** The same calls without duplicates and without faults: what must hold even on a good day. */
        CALM,
        /** As {@link #CALM}, and each hold id is placed at most once per history and only on {@link #STOCKED},
         * which nobody waits for, and receipts, clock moves and cancellations never race a placement:
         * placements, holds and releases still race each other. What the machinery must find nothing in
         * while the core's defects around holds and restock races are open. */
        BASELINE,
        /** As {@link #FULL}, with orders delivered and delivered units exchanged, and without stock counts: a count
         * racing fulfilment is an open defect (a count finding units gone that are on a pick list or being shipped
         * leaves them reserved beyond on hand). */
        AFTER_SALE
    }

    /** One call of a step. */
    public sealed interface Call permits Place, PlaceHold, ReleaseHold, AdvanceClock, Receive, Cancel, Count, Move, Edit, Exchange {}

    /** Places an order for {@code quantity} units of {@code sku}, or, naming a hold that exists, for exactly
     * the units the hold holds (so the hold is taken over while it lives).
     *
     * @param pair 0 for a placement of its own; two placements of a step with the same positive pair
     *     share their external id (a duplicate submission) */
    public record Place(Sku sku, int quantity, Optional<Integer> holdSlot, int pair) implements Call {
        @Override
        public String toString() {
            return "place " + quantity + "x" + sku + holdSlot.map(h -> " with hold H" + h).orElse("")
                    + (pair > 0 ? " (duplicate id D" + pair + ")" : "");
        }
    }

    /** Places checkout hold {@code H<slot>} for {@code ttlMinutes}. What a hold holds is fixed by its slot
     * ({@code H0}: 1 {@link #STOCKED}, {@code H1}: 2 {@link #STOCKED}, {@code H2}: 2 {@link #BACKORDERABLE}, the
     * units stock does not cover promised as backordered, {@code H3}: 2 {@link #PREORDER}, promised as
     * pre-orders before the release), so asking again with an id is the same checkout asking again. */
    public record PlaceHold(int slot, int ttlMinutes) implements Call {
        /** {@return the SKU this slot's hold holds} */
        public Sku sku() {
            return slot == 2 ? BACKORDERABLE : slot == 3 ? PREORDER : STOCKED;
        }

        /** {@return how many units this slot's hold holds} */
        public int quantity() {
            return slot == 0 ? 1 : 2;
        }

        @Override
        public String toString() {
            return "hold H" + slot + " " + quantity() + "x" + sku() + " for " + ttlMinutes + "m";
        }
    }

    /** Releases checkout hold {@code H<slot>}. */
    public record ReleaseHold(int slot) implements Call {
        @Override public String toString() { return "release hold H" + slot; }
    }

    /** Moves the clock on, expires the holds that ran out and, once it is due, releases {@link #PREORDER}. */
    public record AdvanceClock(int minutes) implements Call {
        @Override public String toString() { return "advance clock " + minutes + "m, expire holds"; }
    }

    /** Receives goods; the receipt key is made of every field, so an equal receipt is a duplicate. */
    public record Receive(Sku sku, LocationId location, int quantity, int receiptNo) implements Call {
        String key() {
            return "receipt-" + sku.code() + "-" + location.value() + "-" + quantity + "-" + receiptNo;
        }

        @Override
        public String toString() {
            return "receive " + key();
        }
    }

    /** Counts {@code sku} at {@code location}, finding {@code missing} fewer than on hand; the key is made of every field. */
    public record Count(Sku sku, LocationId location, int missing, int countNo) implements Call {
        String key() { return "count-" + sku.code() + "-" + location.value() + "-" + missing + "-" + countNo; }
        @Override public String toString() { return "count " + key(); }
    }

    /** Cancels the whole of the {@code slot}-th stored order (modulo their number; an odd slot by holding it for review and rejecting it). */
    public record Cancel(int slot) implements Call {
        @Override public String toString() { return "cancel order #" + slot; }
    }

    /** Moves every unit of the {@code slot}-th stored order that {@code target} can take there; the key is made of every field. */
    public record Move(int slot, LocationId target, int moveNo) implements Call {
        String key() { return "move-" + slot + "-" + target.value() + "-" + moveNo; }
        @Override public String toString() { return "move order #" + slot + " to " + target + " (" + key() + ")"; }
    }

    /** Edits the {@code slot}-th stored order, adding a line of {@code quantity} {@code sku}; the key is made of every field. */
    public record Edit(int slot, Sku sku, int quantity, int editNo) implements Call {
        String key() { return "edit-" + slot + "-" + sku.code() + "-" + quantity + "-" + editNo; }
        @Override public String toString() { return "edit order #" + slot + " adding " + quantity + "x" + sku + " (" + key() + ")"; }
    }

    /** Delivers the {@code slot}-th stored order's allocated units, or exchanges one delivered unit of it for one {@code sku}. */
    public record Exchange(int slot, Sku sku, int exchangeNo) implements Call {
        String key() { return "exchange-" + slot + "-" + sku.code() + "-" + exchangeNo; }
        @Override public String toString() { return "deliver or exchange order #" + slot + " for " + sku + " (" + key() + ")"; }
    }

    /** Calls run at once, with the fault armed while they run, if any.
     * @param calls the calls, each on a thread of its own
     * @param fault the fault armed for the step, or empty */
    public record Step(List<Call> calls, Optional<OneShotFault.Plan> fault) {
        /** Copies the calls; the fault must be given, empty when there is none.
         * @param calls the calls
         * @param fault the fault, or empty */
        public Step {
            calls = List.copyOf(calls);
            Objects.requireNonNull(fault, "fault is null");
        }

        @Override
        public String toString() {
            return calls + fault.map(f -> " with fault " + f).orElse("");
        }
    }

    /** Steps run one after the other.
     * @param steps the steps, in order
     * @param mix what the steps are made of: the coverage a run requires depends on it */
    public record History(List<Step> steps, Mix mix) {
        /** Copies the steps.
         * @param steps the steps
         * @param mix what they are made of */
        public History {
            steps = List.copyOf(steps);
            Objects.requireNonNull(mix, "mix is null");
        }

        @Override
        public String toString() {
            return IntStream.range(0, steps.size()).mapToObj(i -> "\n  step " + (i + 1) + ": " + steps.get(i))
                    .collect(Collectors.joining("", "History[", "\n]"));
        }
    }

    /** What a history did.
     * @param violations empty when every step reconciled; else what the first failing step broke
     * @param transcript every step run and what each call answered, for a failing property to print */
    public record Result(List<String> violations, String transcript) {
        /** Copies the violations.
         * @param violations the violations, empty when none
         * @param transcript the transcript */
        public Result {
            violations = List.copyOf(violations);
        }
    }

    /** Histories of 4 to 6 steps.
     * @param mix what the histories are made of
     * @return the histories, to run with {@link #run} */
    public static Arbitrary<History> histories(Mix mix) {
        return HistoryGenerator.histories(Objects.requireNonNull(mix, "mix is null"));
    }

    /** Runs a history on facades over {@code instances}, one facade per instance; the first instance's
     * stores are the ones reconciled. Every instance's order store, inventory, hold store and payment
     * gateway is wrapped in one shared {@link OneShotFault}. Records jqwik statistics under the labels
     * {@code calls}, {@code duplicates}, {@code faults}, {@code outcomes} and {@code histories}.
     * @param history the history to run
     * @param instances the stores of each application instance, holding {@link #layout()} at the start
     * @return what the history did */
    public static Result run(History history, List<Stores> instances) {
        return HistoryRunner.run(Objects.requireNonNull(history, "history is null"), instances);
    }
}
