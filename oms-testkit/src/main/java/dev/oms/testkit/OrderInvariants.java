package dev.oms.testkit;

import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Purchase;
import dev.oms.core.order.Slot;
import dev.oms.core.payment.Authorization;
import dev.oms.core.payment.Capture;
import dev.oms.core.payment.PaymentLedger;
import dev.oms.core.payment.Prepayments;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Checkers for the invariants of design.md §4 over the core's {@link Order}s, for hosts that test their own
 * policies (routing, allocation, validation) through {@code OrderManagement}: each returns the violations
 * it found, empty when the invariant holds ({@code assertThat(OrderInvariants.money(order)).isEmpty()}).
 *
 * <p>{@link #conservation} and {@link #money} look at one order as it stands, {@link #noOversell} at stock.
 * {@link #preorderPriority} and {@link #ringFence} compare the orders just before and just after one
 * restock or one goods receipt: call the facade between the two snapshots and nothing else.
 */
public final class OrderInvariants {
    /** The rank design invariant 3 gives a SKU's waiting units, written out here rather than taken from the core. */
    private static final Comparator<Waiting> QUEUE = Comparator
            .comparing((Waiting w) -> w.bucket() != Bucket.PREORDERED)
            .thenComparing(Waiting::placedAt)
            .thenComparing(w -> w.orderId().value())
            .thenComparing(w -> w.lineId().value());

    private OrderInvariants() {}

    /**
     * Conservation (invariant 1): every line's buckets hold no negative count and add up to the ordered
     * quantity, and the buckets agree with the order's other records: packed units are in packed packages
     * at their location, shipped and delivered units in shipped and delivered packages, and units awaiting
     * a supplier are the ones its purchases still owe.
     */
    public static List<String> conservation(Order order) {
        List<String> violations = new ArrayList<>();
        for (Line line : order.lines().values()) {
            String at = order.id() + " " + line.id();
            long sum = 0;
            for (Map.Entry<Slot, Long> slot : line.units().toJavaMap().entrySet()) {
                if (slot.getValue() < 0) {
                    violations.add(at + ": " + slot.getValue() + " units " + slot.getKey());
                }
                sum += slot.getValue();
            }
            if (sum != line.quantity()) {
                violations.add(at + ": buckets add up to " + sum + ", ordered " + line.quantity());
            }
            Map<LocationId, Long> packed = new HashMap<>();
            long shipped = 0;
            long delivered = 0;
            for (OrderPackage pkg : order.packages().values()) {
                long units = pkg.units(line.id());
                if (pkg.state() == OrderPackage.State.PACKED) {
                    packed.merge(pkg.location(), units, Long::sum);
                }
                shipped += pkg.isShipped() ? units : 0;
                delivered += pkg.state() == OrderPackage.State.DELIVERED ? units : 0;
            }
            for (Slot slot : line.slots(Bucket.PACKED)) {
                packed.putIfAbsent(slot.location().get(), 0L);
            }
            packed.forEach((location, units) -> agree(violations, at, "PACKED at " + location,
                    line.count(Bucket.PACKED, location), "in packed packages", units));
            agree(violations, at, "SHIPPED or DELIVERED", line.count(Bucket.SHIPPED) + line.count(Bucket.DELIVERED),
                    "in shipped packages", shipped);
            agree(violations, at, "DELIVERED", line.count(Bucket.DELIVERED), "in delivered packages", delivered);
            long owed = order.purchases().values().filter(p -> p.lineId().equals(line.id()))
                    .map(p -> p.committed().getOrElse(p.requested()) - p.received()).sum().longValue();
            agree(violations, at, "AWAITING_SUPPLIER", line.count(Bucket.AWAITING_SUPPLIER), "owed by its purchases", owed);
        }
        return violations;
    }

    /** No oversell (invariant 2): reserved plus ring-fenced units never exceed those on hand. */
    public static List<String> noOversell(Collection<StockLevel> stock) {
        return Invariants.noOversell(stock);
    }

    /**
     * Money (invariant 5): every amount is in the order's currency; per authorisation, captured plus voided
     * never exceeds the amount and its captures are the ones the ledger lists; every capture draws on a
     * granted authorisation, is for a shipped package and takes no more than that package is worth once
     * what was prepaid for its units is counted (no unit is charged twice); a prepayment draws on a
     * granted authorisation and is never refunded beyond what it took; cash
     * is collected only for delivered packages, never more than they are worth, and never next to an
     * authorisation.
     */
    public static List<String> money(Order order) {
        List<String> violations = new ArrayList<>();
        PaymentLedger ledger = order.payment();
        String at = "order " + order.id();
        Map<String, Money> capturedPerAuthorization = new HashMap<>();
        for (Capture capture : ledger.captures()) {
            currency(violations, order, "capture " + capture.captureId(), capture.amount());
            Optional<Authorization> authorization = ledger.authorizations().get(capture.authorizationId()).toJavaOptional();
            if (authorization.isEmpty()) {
                violations.add(at + ": capture " + capture.captureId() + " from authorisation " + capture.authorizationId()
                        + ", which was never granted");
            } else if (sameCurrency(authorization.get().amount(), capture.amount())) {
                capturedPerAuthorization.merge(capture.authorizationId(), capture.amount(), Money::plus);
            }
        }
        for (Prepayments.Prepaid prepaid : order.prepayments().captures()) {
            currency(violations, order, "prepayment " + prepaid.captureId(), prepaid.amount());
            if (ledger.authorizations().get(prepaid.authorizationId()).isEmpty()) {
                violations.add(at + ": prepayment " + prepaid.captureId() + " from authorisation "
                        + prepaid.authorizationId() + ", which was never granted");
            } else if (sameCurrency(ledger.authorizations().get(prepaid.authorizationId()).get().amount(), prepaid.amount())) {
                capturedPerAuthorization.merge(prepaid.authorizationId(), prepaid.amount(), Money::plus);
            }
            if (order.prepayments().refundable(prepaid).isNegative()) {
                violations.add(at + ": prepayment " + prepaid.captureId() + " of " + prepaid.amount()
                        + " refunded beyond what it took");
            }
        }
        for (Authorization authorization : ledger.authorizations().values()) {
            currency(violations, order, "authorisation " + authorization.id(), authorization.amount());
            if (!sameCurrency(authorization.amount(), authorization.captured())
                    || !sameCurrency(authorization.amount(), authorization.voided())) {
                continue; // reported as a currency problem already
            }
            if (authorization.captured().plus(authorization.voided()).isGreaterThan(authorization.amount())) {
                violations.add(at + ": authorisation " + authorization.id() + " captured " + authorization.captured()
                        + " and voided " + authorization.voided() + " of " + authorization.amount());
            }
            Money listed = capturedPerAuthorization.getOrDefault(authorization.id(), Money.zero(authorization.amount().getCurrencyUnit()));
            if (!listed.isEqual(authorization.captured())) {
                violations.add(at + ": authorisation " + authorization.id() + " counts " + authorization.captured()
                        + " captured, its captures add up to " + listed);
            }
        }
        for (PackageId packageId : ledger.captures().map(Capture::packageId).distinct()) {
            Optional<OrderPackage> pkg = order.packages().get(packageId).toJavaOptional();
            if (pkg.isEmpty() || !pkg.get().isShipped()) {
                violations.add(at + ": captured for package " + packageId + ", which has not shipped");
            } else if (sameCurrency(ledger.capturedFor(packageId), order.value(pkg.get()))
                    && paidFor(order, packageId).isGreaterThan(order.value(pkg.get()))) {
                Money prepaid = order.prepayments().appliedTo(packageId, order.currency());
                violations.add(at + ": captured " + ledger.capturedFor(packageId) + " for package " + packageId
                        + (prepaid.isZero() ? "" : " on top of " + prepaid + " prepaid") + ", worth " + order.value(pkg.get()));
            }
        }
        ledger.cashCollected().forEach((packageId, cash) -> {
            currency(violations, order, "cash for " + packageId, cash);
            Optional<OrderPackage> pkg = order.packages().get(packageId).toJavaOptional();
            if (pkg.isEmpty() || pkg.get().state() != OrderPackage.State.DELIVERED) {
                violations.add(at + ": cash collected for package " + packageId + ", which was not delivered");
            } else if (sameCurrency(cash, order.value(pkg.get())) && cash.isGreaterThan(order.value(pkg.get()))) {
                violations.add(at + ": cash " + cash + " collected for package " + packageId + ", worth " + order.value(pkg.get()));
            }
        });
        if (ledger.isCashOnDelivery() && !ledger.authorizations().isEmpty()) {
            violations.add(at + ": cash on delivery, yet authorised " + ledger.authorizations().keySet().mkString(", "));
        }
        return violations;
    }

    /** What a package's units were charged: captured at shipment plus prepaid at placement. */
    private static Money paidFor(Order order, PackageId packageId) {
        return order.payment().capturedFor(packageId).plus(order.prepayments().appliedTo(packageId, order.currency()));
    }

    /**
     * Pre-order priority (invariant 3) around one restock of {@code sku} (a receipt, a release, stock
     * freed by a cancellation): the SKU's waiting units before it are ranked pre-orders first, then by
     * placement time, order id and line id; once an entry is left waiting, no entry ranked after it took
     * any unit. So no backorder and no later pre-order is filled while an earlier pre-order still waits,
     * and each group fills in placement order. Orders missing from {@code after} count as unchanged.
     */
    public static List<String> preorderPriority(Sku sku, Collection<Order> before, Collection<Order> after) {
        Map<OrderId, Order> now = new HashMap<>();
        after.forEach(order -> now.put(order.id(), order));
        List<Waiting> queue = new ArrayList<>();
        for (Order order : before) {
            for (Line line : order.lines().values()) {
                for (Bucket bucket : List.of(Bucket.PREORDERED, Bucket.BACKORDERED)) {
                    if (line.sku().equals(sku) && line.count(bucket) > 0) {
                        queue.add(new Waiting(order.id(), line.id(), bucket, line.count(bucket), order.placedAt()));
                    }
                }
            }
        }
        queue.sort(QUEUE);
        List<String> violations = new ArrayList<>();
        Optional<Waiting> firstShort = Optional.empty();
        for (Waiting entry : queue) {
            long left = Optional.ofNullable(now.get(entry.orderId())).flatMap(o -> o.line(entry.lineId()).toJavaOptional())
                    .map(l -> l.count(entry.bucket())).orElse(entry.quantity());
            long filled = entry.quantity() - left;
            if (firstShort.isPresent() && filled > 0) {
                violations.add(sku + ": " + filled + " " + entry.bucket() + " units of " + entry.orderId() + " " + entry.lineId()
                        + " filled while " + firstShort.get().bucket() + " units of " + firstShort.get().orderId() + " "
                        + firstShort.get().lineId() + ", ahead in the queue, still wait");
            }
            if (firstShort.isEmpty() && left > 0) {
                firstShort = Optional.of(entry);
            }
        }
        return violations;
    }

    /**
     * Ring-fence (invariant 4) around one goods receipt against an indent purchase of {@code owner}: the
     * purchase counts the units received, the owner holds that many more units of the purchase's SKU at
     * the receipt's location, and no other order holds any more of that SKU there than before.
     */
    public static List<String> ringFence(OrderId owner, PurchaseReceipt receipt, Collection<Order> before,
            Collection<Order> after) {
        List<String> violations = new ArrayList<>();
        Optional<Purchase> purchaseBefore = before.stream().filter(o -> o.id().equals(owner)).findFirst()
                .flatMap(o -> o.purchases().get(receipt.purchaseId()).toJavaOptional());
        Optional<Purchase> purchaseAfter = after.stream().filter(o -> o.id().equals(owner)).findFirst()
                .flatMap(o -> o.purchases().get(receipt.purchaseId()).toJavaOptional());
        if (purchaseBefore.isEmpty() || purchaseAfter.isEmpty()) {
            return List.of("order " + owner + " has no purchase " + receipt.purchaseId());
        }
        Sku sku = purchaseBefore.get().sku();
        long received = purchaseAfter.get().received() - purchaseBefore.get().received();
        if (received != receipt.quantity()) {
            violations.add("purchase " + receipt.purchaseId() + " counts " + received + " units received, the receipt brought "
                    + receipt.quantity());
        }
        Map<OrderId, Long> heldBefore = new HashMap<>();
        before.forEach(order -> heldBefore.put(order.id(), held(order, sku, receipt.location())));
        for (Order order : after) {
            long gained = held(order, sku, receipt.location()) - heldBefore.getOrDefault(order.id(), 0L);
            long expected = order.id().equals(owner) ? receipt.quantity() : 0;
            if (gained > expected) {
                violations.add("order " + order.id() + " took " + gained + " units of " + sku + " at " + receipt.location()
                        + " when goods for " + owner + "'s purchase " + receipt.purchaseId() + " arrived");
            } else if (gained < expected) {
                violations.add("order " + owner + " holds " + gained + " more units of " + sku + " at " + receipt.location()
                        + ", its purchase " + receipt.purchaseId() + " received " + receipt.quantity());
            }
        }
        return violations;
    }

    /** Every single-order check and no oversell at once: what a host asserts after each step of a command sequence. */
    public static List<String> all(Collection<Order> orders, Collection<StockLevel> stock) {
        List<String> violations = new ArrayList<>();
        for (Order order : orders) {
            violations.addAll(conservation(order));
            violations.addAll(money(order));
        }
        violations.addAll(noOversell(stock));
        return violations;
    }

    /** Units of the SKU the order holds from the location's stock, or that left it in a package. */
    private static long held(Order order, Sku sku, LocationId location) {
        long units = 0;
        for (Line line : order.lines().values()) {
            if (line.sku().equals(sku)) {
                units += line.count(Bucket.ALLOCATED, location) + line.count(Bucket.PICKED, location)
                        + line.count(Bucket.PACKED, location);
                units += order.packages().values().filter(p -> p.isShipped() && p.location().equals(location))
                        .map(p -> p.units(line.id())).sum().longValue();
            }
        }
        return units;
    }

    private static void agree(List<String> violations, String at, String bucket, long inBucket, String where, long counted) {
        if (inBucket != counted) {
            violations.add(at + ": " + inBucket + " units " + bucket + ", " + counted + " " + where);
        }
    }

    private static void currency(List<String> violations, Order order, String what, Money amount) {
        if (!amount.getCurrencyUnit().equals(order.currency())) {
            violations.add("order " + order.id() + ": " + what + " in " + amount.getCurrencyUnit() + ", order is in " + order.currency());
        }
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.getCurrencyUnit().equals(b.getCurrencyUnit());
    }

    /** One entry of a SKU's restock queue as this checker ranks it. */
    private record Waiting(OrderId orderId, LineId lineId, Bucket bucket, long quantity, Instant placedAt) {}
}
