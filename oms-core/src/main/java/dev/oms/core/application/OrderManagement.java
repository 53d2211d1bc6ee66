package dev.oms.core.application;

import dev.oms.core.order.Purchase;
import dev.oms.spi.Ports;
import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.allocation.LocationPriorityAllocation;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.command.OrderCommand.PickListBinKey;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.placement.PlacementValidation;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.availability.AvailableToPromise;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.availability.HoldRules;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingDecision;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.core.routing.Strategies;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.value.Sku;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.OrderEvent.OrderPlaced;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade a host application embeds: every command on an order, each answered with the order as it
 * now stands or a {@link Rejection} naming every problem. A rejected command stores, reserves, charges
 * and sends nothing.
 *
 * <p>Each command loads the order, decides with the pure core, appends the events under the expected
 * version, then runs the side effects the stored order owes (reservations, payments, stock, labels,
 * notifications). A port that fails leaves its effect pending; {@link #resume} runs it again with the same
 * idempotency key, so a crash or an outage loses nothing and duplicates nothing.
 *
 * <p>Every entry point first checks what the host sent against {@link dev.oms.core.rejection.InputLimits}
 * (text lengths and characters, counts, quantities, prices) and refuses what breaks them with a stable code,
 * before anything is looked up in a port; so every adapter sees only input it can hold.
 *
 * <p>Thread-safe when the ports are: concurrent commands on one order are serialised by the store's
 * optimistic versions.
 */
public final class OrderManagement {
    private static final Logger LOG = LoggerFactory.getLogger(OrderManagement.class);

    private final Ports ports;
    private final CommandExecution execution;
    private final Allocation allocation;
    private final EffectRunner effects;
    private final RoutingExplanation routing;

    private final HoldDesk holds;
    private final AvailabilityDesk availability;

    private final WaitingOrders waiting;
    private final Restocking restocking;

    private final IndentPolicy indents;

    private OrderManagement(Ports ports, Option<SupplierGateway> suppliers, AllocationPolicy policy,
            PreorderPolicy preorders, PreorderPaymentPolicy preorderPayment, IndentPolicy indents, BackorderPolicy backorders,
            HoldSettings holdSettings) {
        this.ports = ports;
        this.indents = indents;
        this.execution = new CommandExecution(ports);
        this.waiting = new WaitingOrders(execution, ports.orders(), ports.catalog(), backorders, indents);
        this.allocation = new Allocation(ports, execution, ShippingQuoting.around(policy, ports), preorders, indents,
                backorders, waiting);
        this.effects = new EffectRunner(ports, suppliers, execution, allocation, preorderPayment);
        this.restocking = new Restocking(ports, execution, allocation, waiting, preorderPayment, this::resume);
        this.routing = new RoutingExplanation(ports,
                policy instanceof RoutedAllocation routed ? Option.of(routed) : Option.none());
        this.holds = new HoldDesk(ports, holdSettings.store(), holdSettings.routing());
        this.availability = new AvailabilityDesk(ports, waiting, preorders, backorders, holdSettings.availability());
    }

    /** How the builder configured availability and holds. */
    private record HoldSettings(Option<HoldStore> store, RoutingStrategy routing, AvailabilityPolicy availability) {}

    public static Builder builder() {
        return new Builder();
    }

    /** A facade over a complete set of ports (for example {@code InMemoryAdapters.create().ports()}), with default policies. */
    public static OrderManagement using(Ports ports) {
        return builder().ports(ports).build();
    }

    /**
     * Places an order: validates it, reserves its units and authorises its payment. Units of a product
     * not yet released are pre-ordered; units the stock cannot cover are backordered where the
     * {@link BackorderPolicy} allows. Placing the same {@code (channel, externalId)} again returns the
     * order already placed. An order naming a live checkout hold ({@link PlaceOrder#hold()}) takes the
     * held units over as its allocations; the hold must hold exactly the order's units per SKU
     * ({@code HOLD_MISMATCH} otherwise, {@code UNKNOWN_HOLD} for an id never placed). A hold that has
     * expired is ignored and the order allocated like any other.
     *
     * @return the order, or a rejection listing every problem ({@code INSUFFICIENT_STOCK} when a line
     *     can neither be reserved nor backordered, {@code PREORDER_CAP_EXCEEDED},
     *     {@code BACKORDER_LIMIT_EXCEEDED}). When stock ran out between planning and reserving, the
     *     order is stored as cancelled for the audit trail and the rejection says so.
     */
    public Either<Rejection, Order> placeOrder(PlaceOrder command) {
        Require.nonNull(command, "command");
        if (!PlacementValidation.textProblems(command).isEmpty()) {
            // Text a store cannot hold (NUL, a lone surrogate, a megabyte) is refused before it is looked up there.
            return Either.left(Rejection.of(PlacementValidation.problems(command, ports.catalog())));
        }
        // A channel order placed before is answered as placed, even if the catalogue changed since; a blank
        // external id is never looked up, it is a problem for validation to report.
        Option<OrderId> existing = command.externalId().isBlank() ? Option.none()
                : ports.orders().findByChannelOrder(command.channel(), command.externalId());
        if (existing.isDefined()) {
            return Either.right(resume(existing.get()).get());
        }
        List<Problem> problems = PlacementValidation.problems(command, ports.catalog());
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        OrderPlaced placed = PlacementValidation
                .validate(command, ports.catalog(), ports.ids().newOrderId(), ports.clock().instant()).get();
        Order draft = OrderEvolution.start(placed);
        String key = "place:" + command.channel() + ":" + command.externalId();
        Either<Rejection, List<OrderEvent>> reservation = holds.takeOver(draft, command.hold(), key)
                .getOrElse(() -> allocation.plan(draft, key).flatMap(allocate -> OrderDecider.decide(draft, allocate)));
        if (reservation.isLeft()) {
            return Either.left(reservation.getLeft());
        }
        OrderCommit first = new OrderCommit(key, ports.clock().instant(),
                reservation.get().prepend(placed).toJavaList());
        AppendResult appended = ports.orders().append(placed.orderId(), placed.channel(), placed.externalId(), 0, first);
        if (appended instanceof AppendResult.DuplicateChannelOrder duplicate) {
            holds.orphaned(command.hold());
            return Either.right(resume(duplicate.existing()).get());
        }
        if (!(appended instanceof AppendResult.Appended)) {
            throw new IllegalStateException("new order " + placed.orderId() + " already had commits: ids must be unique");
        }
        LOG.info("order {} placed from {}", placed.orderId(), placed.channel());
        Order order = resume(placed.orderId()).get();
        if (order.isFullyCancelled() && !order.lastShortfalls().isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.INSUFFICIENT_STOCK, "lines",
                    "stock ran out while reserving; order " + order.id() + " is recorded as cancelled"));
        }
        return Either.right(order);
    }

    /** Allocates units still pending (after a failed reservation, for instance): reserves, or queues what may wait. */
    public Either<Rejection, Order> allocate(OrderId orderId) {
        return existing(orderId)
                .flatMap(order -> order.units(Bucket.PENDING) == 0
                        ? Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "", "order " + orderId + " has no pending units"))
                        : allocation.allocatePending(order, "allocate-v" + order.version()))
                .map(order -> resume(order.id()).get());
    }

    /**
     * Why the order's units go where they go: the routing policy re-run for its units not yet picked
     * (pending or allocated), with the order's own reservations counted as available. With stock otherwise
     * unchanged this is the decision the order was allocated by: every shipment, what is short, and each
     * candidate's scores and why it lost, for an operator. Routes, reserves and stores nothing.
     *
     * @return the decision; {@code NOTHING_TO_DO} when every unit is picked or further, {@code NOT_ROUTED}
     *     when the allocation policy is not a {@link RoutedAllocation}
     */
    public Either<Rejection, RoutingDecision> explainRouting(OrderId orderId) {
        if (!routing.routed()) {
            return Either.left(Rejection.of(ProblemCode.NOT_ROUTED, "allocationPolicy",
                    "the allocation policy is not a routing strategy; use RoutedAllocation to get traces"));
        }
        return existing(orderId).flatMap(order -> order.units(Bucket.PENDING) + order.units(Bucket.ALLOCATED) == 0
                ? Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "", "order " + orderId + " has no units to route"))
                : Either.right(routing.explain(order)));
    }

    /**
     * Re-routes an order's units away from a location that cannot fulfil them after all (a stock count
     * came up short, the store closed). The units allocated there that no open pick list covers go back to
     * pending, their reservation there is released, and they are allocated again by the allocation policy
     * on the stock of the other locations (less what other orders' waiting units are owed); the order's
     * pending units are not allocated there again. Its units picked or packed there or on an open pick
     * list, and its allocations elsewhere, stay as they are. What the other locations cannot cover is
     * backordered where the {@link BackorderPolicy} allows (a later restock fills it from wherever stock
     * is, as for any order); otherwise the reroute is refused as a whole and the units stay where they
     * were, for the host to cancel or to reroute later. Repeating an idempotency key changes nothing; a
     * refused reroute changes nothing and its key may be used again.
     *
     * @param reason why the location cannot fulfil, kept on the order's events
     * @return the order, or a rejection: {@code UNKNOWN_LOCATION}; {@code NOTHING_TO_DO} when no unit at the
     *     location can move (the message counts those on pick lists, picked and packed);
     *     {@code INSUFFICIENT_STOCK} or {@code BACKORDER_LIMIT_EXCEEDED} when the units cannot be
     *     allocated elsewhere; {@code ILLEGAL_TRANSITION} while a reservation or received goods are being
     *     settled (resume first) or the payment is on hold
     */
    public Either<Rejection, Order> reroute(OrderId orderId, LocationId failedLocation, String idempotencyKey, String reason) {
        Require.nonNull(failedLocation, "failedLocation");
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonBlank(reason, "reason");
        Option<Rejection> malformed = EntryChecks.reroute(failedLocation, idempotencyKey, reason);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        Rerouter rerouter = new Rerouter(ports, execution, allocation);
        return existing(orderId)
                .flatMap(order -> rerouter.reroute(order, failedLocation, "reroute:" + idempotencyKey, reason))
                .map(order -> resume(order.id()).get());
    }

    /**
     * What a storefront may still sell of a SKU, for any channel: from stock per location and in total,
     * on hand less reserved (orders and live checkout holds) less ring-fenced less the units the SKU's
     * pre-orders and backorders are owed; and beyond the stock, the units that may still be pre-ordered
     * (before an announced product's release, within the catalogue's cap) or backordered (within the
     * {@link BackorderPolicy}'s limit, with its expected restock date). With an allocation policy that
     * may take units from every active location (the default), an order for
     * {@link AvailableToPromise#promisable()} units is accepted and one for a unit more is refused; a
     * routing policy that rules locations out for a destination may accept fewer. Holds whose time ran
     * out are expired first.
     */
    public AvailableToPromise availableToPromise(Sku sku) {
        Require.nonNull(sku, "sku");
        holds.expire();
        return availability.of(sku, Option.none());
    }

    /** As {@link #availableToPromise(Sku)}, for orders from {@code channel}: its {@link PreorderPolicy} cap applies too. */
    public AvailableToPromise availableToPromise(Sku sku, Channel channel) {
        Require.nonNull(sku, "sku");
        Require.nonNull(channel, "channel");
        holds.expire();
        return availability.of(sku, Option.some(channel));
    }

    /**
     * Holds units for a checkout until the clock passes {@code timeToLive}: they are reserved where the
     * hold routing (by default {@link Strategies#priority()}) would take them from, count against
     * availability, and nobody else can reserve them. Placing an order with the hold id turns them into the
     * order's allocations. Asking again with the same id answers the hold already placed.
     *
     * @return the hold, or a rejection: every problem with the request, {@code INSUFFICIENT_STOCK} naming
     *     each SKU that cannot be held, {@code HOLDS_NOT_CONFIGURED} without a hold store
     */
    public Either<Rejection, Hold> placeHold(HoldRequest request) {
        if (!HoldRules.limitProblems(Require.nonNull(request, "request")).isEmpty()) {
            // Refused before the hold id is looked up in the store; every problem with the request is named.
            return Either.left(Rejection.of(HoldRules.problems(request)));
        }
        return holds.place(request);
    }

    /** Lets a checkout's hold go, its units back to stock. Releasing again changes nothing. */
    public Either<Rejection, Hold> releaseHold(HoldId holdId) {
        return holds.release(Require.nonNull(holdId, "holdId"));
    }

    /**
     * Expires every hold whose time ran out by the clock, its units back to stock; returns how many. Other
     * calls expire holds as they go; a host may also call this on a schedule.
     */
    public int expireHolds() {
        return holds.expire();
    }

    /**
     * Records a goods receipt through the inventory port, then fills the SKU's waiting units from the
     * stock now available: pre-orders first (once the product is released), then backorders, each in
     * placement order. A partial receipt fills partially; a repeated receipt key adds no stock.
     *
     * @return the orders that were filled or told they still wait, in queue order
     */
    public Either<Rejection, List<Order>> receiveStock(StockReceipt receipt) {
        Require.nonNull(receipt, "receipt");
        List<Problem> problems = EntryChecks.stockReceipt(receipt);
        if (List.ofAll(ports.inventory().locations()).find(l -> l.id().equals(receipt.locationId())).isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LOCATION, "locationId", "no location " + receipt.locationId()));
        }
        if (receipt.quantity() <= 0) {
            problems = problems.append(Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE, "quantity",
                    "a receipt adds a positive number of units, was " + receipt.quantity()));
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        ports.inventory().receive(receipt.operationKey(), receipt.sku(), receipt.locationId(), receipt.quantity());
        return Either.right(restocking.fill(receipt.sku(), receipt.operationKey()));
    }

    /**
     * Releases an announced product: its pre-ordered units are filled from the stock on hand, in placement
     * order, before any backorder; those the stock cannot cover stay pre-ordered, keep their place and
     * their customers are told. Also fills waiting units after stock was freed outside a receipt.
     *
     * @return the orders that changed, or {@code NOT_RELEASED} before the release date
     */
    public Either<Rejection, List<Order>> release(Sku sku, String releaseId) {
        Require.nonNull(sku, "sku");
        Require.nonBlank(releaseId, "releaseId");
        Option<Rejection> malformed = EntryChecks.release(sku, releaseId);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        Option<Product> product = ports.catalog().find(sku);
        if (product.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_SKU, "sku", "no product with SKU " + sku));
        }
        if (product.get().isUnreleasedAt(ports.clock().instant())) {
            return Either.left(Rejection.of(ProblemCode.NOT_RELEASED, "sku",
                    "SKU " + sku + " releases at " + product.get().releasesAt().get()));
        }
        return Either.right(restocking.fill(sku, releaseId));
    }

    /**
     * Tells the customers of pre-ordered units that the product's release date moved: call it after the
     * catalogue's {@code releasesAt} changed.
     *
     * @return the orders whose customers are told
     */
    public Either<Rejection, List<Order>> releaseDateMoved(Sku sku) {
        Require.nonNull(sku, "sku");
        Option<Instant> releasesAt = ports.catalog().find(sku).flatMap(p -> Option.ofOptional(p.releasesAt()));
        if (releasesAt.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "sku", "SKU " + sku + " has no release date"));
        }
        List<Order> told = List.empty();
        for (Order order : waiting.preorderedOf(sku)) {
            for (Line line : order.lines().values().filter(l -> l.sku().equals(sku))) {
                if (!order.preorderReleases().get(line.id()).contains(releasesAt.get())) {
                    told = told.appendAll(run(order.id(), new OrderCommand.MoveReleaseDate(
                            "release-moved:" + line.id() + ":" + releasesAt.get(), line.id(), releasesAt.get())));
                }
            }
        }
        return Either.right(told);
    }

    /** Takes a payment-held order off hold and authorises again, with the same or a new payment method. */
    public Either<Rejection, Order> retryPayment(OrderId orderId, String idempotencyKey, Optional<PaymentMethod> newMethod) {
        Option<Rejection> malformed = EntryChecks.retryPayment(idempotencyKey, newMethod);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return run(orderId, new OrderCommand.RetryPayment(idempotencyKey, Option.ofOptional(newMethod)));
    }

    /** Creates one pick list per location for allocated units not yet on a pick list; payment must be authorised. */
    public Either<Rejection, Order> createPickLists(OrderId orderId) {
        return existing(orderId).flatMap(order -> run(orderId,
                new OrderCommand.CreatePickLists("pick-lists-v" + order.version(), bins(order))));
    }

    /** Confirms a pick list was picked in full. Naturally idempotent: confirming it again changes nothing. */
    public Either<Rejection, Order> confirmPicked(OrderId orderId, PickListId pickListId) {
        return run(orderId, new OrderCommand.ConfirmPicked("picked:" + pickListId, pickListId));
    }

    /** Packs picked units into a new package, carrying handling and gift-wrap instructions. */
    public Either<Rejection, Order> confirmPacked(OrderId orderId, PackRequest request) {
        Option<Rejection> malformed = EntryChecks.pack(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return run(orderId, new OrderCommand.ConfirmPacked(request.idempotencyKey(), request.location(),
                List.ofAll(request.contents()), Option.ofOptional(request.specialHandling()),
                Option.ofOptional(request.giftMessage())));
    }

    /**
     * Buys a packed package's label through the shipping port and records its tracking number, without
     * handing it over yet (labels are often printed at the packing bench). Labelling twice buys one label.
     *
     * @throws PortFailure when the carrier does not answer; the label request stays recorded and is retried
     *     by {@link #resume} or by calling again, under the same key
     */
    public Either<Rejection, Order> labelPackage(OrderId orderId, PackageId packageId, String carrierService) {
        Option<Rejection> malformed = EntryChecks.carrierService(carrierService);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return existing(orderId).flatMap(order -> {
            OrderPackage pkg = order.packages().get(packageId).getOrNull();
            if (pkg == null) {
                return Either.left(Rejection.of(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + packageId));
            }
            return pkg.label().isDefined() ? Either.right(order) : buyLabel(order, pkg, carrierService);
        }).map(order -> resume(order.id()).get());
    }

    /**
     * Hands a packed package to the carrier: buys its label through the shipping port (unless it has one),
     * records the tracking number and ships it; payment for the package is then captured.
     *
     * <p>A label the carrier refuses is recorded on the order ({@code LabelRefused}, for the audit trail)
     * and answered as {@code CARRIER_UNAVAILABLE}; nothing else changes.
     *
     * @throws PortFailure when the carrier does not answer; the label request stays recorded and is retried
     *     by {@link #resume} or by calling again, under the same key
     */
    public Either<Rejection, Order> ship(OrderId orderId, PackageId packageId, String carrierService) {
        Option<Rejection> malformed = EntryChecks.carrierService(carrierService);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        OrderCommand.Ship command = new OrderCommand.Ship("ship:" + packageId, packageId, ports.clock().instant());
        return existing(orderId).flatMap(order -> {
            OrderPackage pkg = order.packages().get(packageId).getOrNull();
            if (pkg == null) {
                return Either.left(Rejection.of(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + packageId));
            }
            if (order.handled(command.idempotencyKey()).isDefined() || pkg.label().isDefined()) {
                return Either.right(order);
            }
            return buyLabel(order, pkg, carrierService);
        }).flatMap(order -> run(orderId, command));
    }

    /** Records that the customer received a package; for cash on delivery, that the cash was collected. */
    public Either<Rejection, Order> confirmDelivery(OrderId orderId, PackageId packageId) {
        return run(orderId, new OrderCommand.ConfirmDelivery("delivered:" + packageId, packageId, ports.clock().instant()));
    }

    /**
     * Cancels the whole order or some units of a line; reservations, payment and labels are undone, and
     * the stock freed goes to the SKU's waiting pre-orders and backorders first.
     */
    public Either<Rejection, Order> cancel(OrderId orderId, CancelRequest request) {
        Option<Rejection> malformed = EntryChecks.cancel(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return run(orderId, new OrderCommand.Cancel(request.idempotencyKey(), Option.ofOptional(request.line()),
                Option.ofOptional(request.quantity()), request.reason()))
                .map(order -> {
                    // Stock the cancellation freed goes to units waiting for it before anyone else.
                    String restockId = "freed:" + orderId + ":" + request.idempotencyKey();
                    order.lines().values().map(Line::sku).filter(waiting::mayWait).forEach(sku -> restocking.fill(sku, restockId));
                    return find(orderId).get();
                });
    }

    /**
     * Records a supplier's answer to an indent purchase. Committed units stay held for the order until
     * their goods arrive; the units not committed are cancelled, backordered or sourced again from stock,
     * as the {@link IndentPolicy} says, and the customer is told. Answering twice under one purchase
     * records the first answer only.
     */
    public Either<Rejection, Order> recordSupplierAnswer(OrderId orderId, SupplierConfirmation answer) {
        Require.nonNull(answer, "answer");
        Option<Rejection> malformed = EntryChecks.supplierAnswer(answer);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return existing(orderId).flatMap(order -> {
            Option<Purchase> purchase = order.purchases().get(answer.purchaseId());
            if (purchase.isEmpty()) {
                return Either.left(Rejection.of(ProblemCode.UNKNOWN_PURCHASE, "purchaseId", "no purchase " + answer.purchaseId()));
            }
            return run(orderId, new OrderCommand.RecordSupplierAnswer("supplier-answer:" + answer.purchaseId(), answer,
                    indents.onShortfall(purchase.get().sku())));
        });
    }

    /**
     * Receives goods against an indent purchase: the units enter the inventory ring-fenced, so nobody
     * else can take them, then become the order's reservation. A receipt may cover part of what the
     * supplier committed, never more; receiving again under the same key adds nothing.
     */
    public Either<Rejection, Order> receivePurchase(OrderId orderId, PurchaseReceipt receipt) {
        Require.nonNull(receipt, "receipt");
        Option<Rejection> malformed = EntryChecks.purchaseReceipt(receipt);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        if (List.ofAll(ports.inventory().locations()).find(l -> l.id().equals(receipt.locationId())).isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_LOCATION, "locationId", "no location " + receipt.locationId()));
        }
        OrderCommand.RecordPurchaseReceipt command = new OrderCommand.RecordPurchaseReceipt(receipt.operationKey(),
                receipt.purchaseId(), receipt.locationId(), receipt.quantity());
        return existing(orderId).flatMap(order -> {
            if (order.handled(receipt.operationKey()).isDefined()) {
                return Either.right(resume(orderId).get());
            }
            // Decide first, so a receipt the order refuses puts nothing into the inventory.
            Either<Rejection, List<OrderEvent>> decided = OrderDecider.decide(order, command);
            if (decided.isLeft()) {
                return Either.left(decided.getLeft());
            }
            ports.inventory().receiveRingFenced(receipt.operationKey(), order.purchases().get(receipt.purchaseId()).get().sku(),
                    receipt.locationId(), receipt.quantity());
            // The stock is fenced now; if the order changed meanwhile, repeating the receipt key records it.
            return run(orderId, command).peekLeft(r -> LOG.warn(
                    "order {}: receipt {} is ring-fenced in the inventory but not recorded on the order: {}",
                    orderId, receipt.operationKey(), r));
        });
    }

    /** Runs whatever side effects the order still owes (after a crash or a port outage). */
    public Option<Order> resume(OrderId orderId) {
        return effects.run(Require.nonNull(orderId, "orderId"));
    }

    /** Resumes every stored order; returns how many still owe effects afterwards. */
    public int resumeAll() {
        return List.ofAll(ports.orders().orderIds())
                .flatMap(this::resume)
                .count(order -> !dev.oms.core.effects.PendingEffects.of(order).isEmpty());
    }

    /** The order as it stands, rebuilt from storage. */
    public Option<Order> find(OrderId orderId) {
        return execution.load(Require.nonNull(orderId, "orderId"));
    }

    /** Every stored order's id, in placement order. */
    public java.util.List<OrderId> orderIds() {
        return ports.orders().orderIds();
    }

    private Either<Rejection, Order> run(OrderId orderId, OrderCommand command) {
        Require.nonNull(orderId, "orderId");
        return execution.execute(orderId, command).map(order -> resume(order.id()).get());
    }

    private Either<Rejection, Order> existing(OrderId orderId) {
        return find(orderId).toEither(() -> Rejection.of(ProblemCode.UNKNOWN_ORDER, "orderId", "no order " + orderId));
    }

    private Map<PickListBinKey, String> bins(Order order) {
        Map<PickListBinKey, String> bins = HashMap.empty();
        for (Line line : order.lines().values()) {
            for (StockLevel level : ports.inventory().stockOf(line.sku())) {
                bins = bins.put(new PickListBinKey(level.sku(), level.locationId()), level.bin());
            }
        }
        return bins;
    }

    /**
     * Records the label request first, then lets the effect runner buy it: the carrier is called under a
     * key made of the package and the service, so an answer lost in a crash is asked for again, never
     * bought twice, and a label bought for a package opened meanwhile is recorded and voided. Asking again
     * for a service the carrier refused answers the same refusal without calling it again.
     */
    private Either<Rejection, Order> buyLabel(Order order, OrderPackage pkg, String service) {
        if (pkg.state() != OrderPackage.State.PACKED) {
            return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "packageId", "package " + pkg.id() + " is " + pkg.state()));
        }
        Either<Rejection, Order> requested = pkg.labelRequested().isDefined() ? Either.right(order)
                : execution.execute(order.id(), new OrderCommand.RequestLabel("label-request:" + pkg.id() + ":" + service, pkg.id(), service));
        return requested.flatMap(asked -> {
            Order after = resume(asked.id()).get();
            OrderPackage now = after.packages().get(pkg.id()).get();
            if (now.label().isDefined()) {
                return Either.right(after);
            }
            if (now.labelRequested().isDefined()) {
                throw new PortFailure("the carrier did not answer for package " + pkg.id()
                        + "; the request is recorded and resume() or asking again retries it under the same key", null);
            }
            return Either.left(Rejection.of(ProblemCode.CARRIER_UNAVAILABLE, "carrierService",
                    now.labelRefusal().getOrElse("the carrier refused " + service)));
        });
    }

    /** Wires the facade to the host's ports. Every port is required; the allocation policy has a default. */
    public static final class Builder {
        private OrderStore orders;
        private InventoryStore inventory;
        private PaymentGateway payments;
        private ShippingCarrier carrier;
        private NotificationSender notifications;
        private Catalog catalog;
        private IdGenerator ids;
        private Clock clock;
        private AllocationPolicy allocationPolicy = new LocationPriorityAllocation();
        private HoldStore holdStore;
        private RoutingStrategy holdRouting = Strategies.priority();
        private AvailabilityPolicy availabilityPolicy = AvailabilityPolicy.fromStock();
        private PreorderPolicy preorderPolicy = PreorderPolicy.catalogueCapOnly();
        private BackorderPolicy backorderPolicy = BackorderPolicy.none();
        private PreorderPaymentPolicy preorderPayment = PreorderPaymentPolicy.defaults();
        private IndentPolicy indentPolicy;
        private SupplierGateway supplierGateway;

        private Builder() {}

        public Builder orders(OrderStore orders) {
            this.orders = orders;
            return this;
        }

        public Builder inventory(InventoryStore inventory) {
            this.inventory = inventory;
            return this;
        }

        public Builder payments(PaymentGateway payments) {
            this.payments = payments;
            return this;
        }

        public Builder carrier(ShippingCarrier carrier) {
            this.carrier = carrier;
            return this;
        }

        public Builder notifications(NotificationSender notifications) {
            this.notifications = notifications;
            return this;
        }

        public Builder catalog(Catalog catalog) {
            this.catalog = catalog;
            return this;
        }

        public Builder ids(IdGenerator ids) {
            this.ids = ids;
            return this;
        }

        /** Where time comes from; oms never reads the system clock itself. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Takes every port from one bundle. */
        public Builder ports(Ports ports) {
            Require.nonNull(ports, "ports");
            return orders(ports.orders()).inventory(ports.inventory()).payments(ports.payments()).carrier(ports.carrier())
                    .notifications(ports.notifications()).catalog(ports.catalog()).ids(ports.ids()).clock(ports.clock());
        }

        public Builder allocationPolicy(AllocationPolicy allocationPolicy) {
            this.allocationPolicy = Require.nonNull(allocationPolicy, "allocationPolicy");
            return this;
        }

        /** Where checkout holds are kept; without one, the hold methods answer {@code HOLDS_NOT_CONFIGURED}. */
        public Builder holds(HoldStore holdStore) {
            this.holdStore = Require.nonNull(holdStore, "holdStore");
            return this;
        }

        /** Chooses where a checkout hold's units are reserved; {@link Strategies#priority()} by default. */
        public Builder holdRouting(RoutingStrategy holdRouting) {
            this.holdRouting = Require.nonNull(holdRouting, "holdRouting");
            return this;
        }

        /** Works out availability to promise; {@link AvailabilityPolicy#fromStock()} by default. */
        public Builder availabilityPolicy(AvailabilityPolicy availabilityPolicy) {
            this.availabilityPolicy = Require.nonNull(availabilityPolicy, "availabilityPolicy");
            return this;
        }

        /** Pre-order caps per channel; by default only the catalogue's total cap applies. */
        public Builder preorderPolicy(PreorderPolicy preorderPolicy) {
            this.preorderPolicy = Require.nonNull(preorderPolicy, "preorderPolicy");
            return this;
        }

        /** How long authorisations hold before a filled pre-order authorises again; by default 7 days. */
        public Builder preorderPayment(PreorderPaymentPolicy preorderPayment) {
            this.preorderPayment = Require.nonNull(preorderPayment, "preorderPayment");
            return this;
        }

        /** Which SKUs may be backordered; by default none, and a short order is rejected. */
        public Builder backorderPolicy(BackorderPolicy backorderPolicy) {
            this.backorderPolicy = Require.nonNull(backorderPolicy, "backorderPolicy");
            return this;
        }

        /** Which lines are bought from a supplier for the order; by default none. Needs a supplier gateway. */
        public Builder indentPolicy(IndentPolicy indentPolicy) {
            this.indentPolicy = Require.nonNull(indentPolicy, "indentPolicy");
            return this;
        }

        /** The supplier port for indent orders. */
        public Builder supplierGateway(SupplierGateway supplierGateway) {
            this.supplierGateway = Require.nonNull(supplierGateway, "supplierGateway");
            return this;
        }

        /** @throws IllegalStateException when an indent policy is set without a supplier gateway */
        public OrderManagement build() {
            if (indentPolicy != null && supplierGateway == null) {
                throw new IllegalStateException("an indent policy needs a supplier gateway to send purchase requests to");
            }
            return new OrderManagement(new Ports(orders, inventory, payments, carrier, notifications, catalog, ids, clock),
                    Option.of(supplierGateway), allocationPolicy, preorderPolicy, preorderPayment,
                    indentPolicy == null ? IndentPolicy.none() : indentPolicy, backorderPolicy,
                    new HoldSettings(Option.of(holdStore), holdRouting, availabilityPolicy));
        }
    }
}
