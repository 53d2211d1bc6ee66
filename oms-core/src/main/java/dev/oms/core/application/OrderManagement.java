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
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.placement.PlacementValidation;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.availability.AvailableToPromise;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.availability.HoldRules;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingDecision;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.core.routing.Strategies;
import dev.oms.core.command.CancellationCommand;
import dev.oms.core.command.FulfilmentCommand;
import dev.oms.core.command.IndentCommand;
import dev.oms.core.command.PaymentCommand;
import dev.oms.core.command.WaitingCommand;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.value.Sku;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.shipping.ShippingCarrier.LabelResult;
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
import io.vavr.collection.List;
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
 * <p>Idempotency keys are scoped per order and kind of request: repeating a request under its key with the
 * same parameters answers as the first call did and changes nothing; the same key with other parameters is
 * refused with {@code IDEMPOTENCY_KEY_REUSED}. A host key never collides with the keys oms makes itself.
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
        this.execution = new CommandExecution(ports, indents, preorderPayment);
        this.waiting = new WaitingOrders(execution, ports.orders(), ports.catalog(), backorders, indents);
        this.allocation = new Allocation(ports, execution, ShippingQuoting.around(policy, ports), preorders, indents,
                backorders, waiting);
        this.effects = new EffectRunner(ports, suppliers, execution, allocation, preorderPayment);
        this.restocking = new Restocking(ports, execution, allocation, waiting, preorderPayment, effects::run);
        this.routing = new RoutingExplanation(ports,
                policy instanceof RoutedAllocation routed ? Option.of(routed) : Option.none());
        this.holds = new HoldDesk(ports, holdSettings.store(), holdSettings.routing(),
                (skus, restockId) -> restocking.fill(skus, restockId));
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
     * order already placed; placing it again with other lines, payment, customer, address or hold is
     * refused ({@code IDEMPOTENCY_KEY_REUSED}). An order naming a live checkout hold ({@link PlaceOrder#hold()}) takes the
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
            return placedBefore(existing.get(), command);
        }
        List<Problem> problems = PlacementValidation.problems(command, ports.catalog());
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        OrderPlaced placed = PlacementValidation
                .validate(command, ports.catalog(), ports.ids().newOrderId(), ports.clock().instant()).get();
        Order draft = OrderEvolution.start(placed);
        String key = IdempotencyKeys.placement(command.channel(), command.externalId());
        Either<Rejection, List<OrderEvent>> reservation = holds.takeOver(draft, command.hold(), key)
                .getOrElse(() -> allocation.plan(draft, key).flatMap(allocate -> OrderDecider.decide(allocate, draft, execution.context())));
        if (reservation.isLeft()) {
            return Either.left(reservation.getLeft());
        }
        OrderCommit first = new OrderCommit(key, ports.clock().instant(),
                reservation.get().prepend(placed).toJavaList(), command.fingerprint());
        AppendResult appended = appendFirst(placed, first, command.hold());
        if (appended instanceof AppendResult.DuplicateChannelOrder duplicate) {
            holds.notStored(command.hold(), placed.orderId());
            return placedBefore(duplicate.existing(), command);
        }
        if (!(appended instanceof AppendResult.Appended)) {
            throw new IllegalStateException("new order " + placed.orderId() + " already had commits: ids must be unique");
        }
        LOG.info("order {} placed from {}", placed.orderId(), placed.channel());
        Order order = settled(placed.orderId());
        if (order.isFullyCancelled() && !order.lastShortfalls().isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.INSUFFICIENT_STOCK, "lines",
                    "stock ran out while reserving; order " + order.id() + " is recorded as cancelled"));
        }
        return Either.right(order);
    }

    /** A channel order placed before: a replay is answered with the order, other parameters are refused. */
    private Either<Rejection, Order> placedBefore(OrderId existing, PlaceOrder command) {
        // Checked before resuming: a refused placement runs no effects, not even ones the order owes anyway.
        Order order = find(existing).get();
        if (!order.isReplay(IdempotencyKeys.placement(command.channel(), command.externalId()), command.fingerprint())) {
            return Either.left(Rejection.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "externalId", "channel order "
                    + command.channel() + ":" + command.externalId() + " was placed before with other parameters"));
        }
        return Either.right(resume(existing).get());
    }

    /**
     * Appends a new order's first commit. When the store fails, the hold this placement consumed is made live
     * again unless the order was stored after all (a lost acknowledgement), so its units keep one owner.
     */
    private AppendResult appendFirst(OrderPlaced placed, OrderCommit first, Optional<HoldId> hold) {
        try {
            return ports.orders().append(placed.orderId(), placed.channel(), placed.externalId(), 0, first);
        } catch (RuntimeException storageFailure) {
            if (hold.isPresent()) {
                undoHoldUnlessStored(placed.orderId(), hold, storageFailure);
            }
            throw storageFailure;
        }
    }

    private void undoHoldUnlessStored(OrderId orderId, Optional<HoldId> hold, RuntimeException storageFailure) {
        try {
            if (ports.orders().load(orderId).isEmpty()) {
                holds.notStored(hold, orderId);
            }
        } catch (RuntimeException stillFailing) {
            storageFailure.addSuppressed(stillFailing);
            LOG.warn("order {} may or may not be stored; hold {} stays consumed by it", orderId, hold.get());
        }
    }

    /** Allocates units still pending (after a failed reservation, for instance): reserves, or queues what may wait. */
    public Either<Rejection, Order> allocate(OrderId orderId) {
        return existing(orderId)
                .flatMap(order -> order.units(Bucket.PENDING) == 0
                        ? Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "", "order " + orderId + " has no pending units"))
                        : allocation.allocatePending(order, "allocate-v" + order.version()))
                .map(order -> settled(order.id()));
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
     * backordered where the {@link BackorderPolicy} allows (a later restock fills it, as for any order,
     * from stock anywhere but the failed location); otherwise the reroute is refused as a whole and the units stay where they
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
                .flatMap(order -> rerouter.reroute(order, failedLocation,
                        IdempotencyKeys.host(IdempotencyKeys.REROUTE, idempotencyKey), reason))
                .map(order -> settled(order.id()));
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
        if (!EntryChecks.lookable(sku.code())) {
            return new AvailableToPromise(sku, List.empty(), 0); // no such SKU can be stocked
        }
        holds.expire();
        return availability.of(sku, Option.none());
    }

    /** As {@link #availableToPromise(Sku)}, for orders from {@code channel}: its {@link PreorderPolicy} cap applies too. */
    public AvailableToPromise availableToPromise(Sku sku, Channel channel) {
        Require.nonNull(sku, "sku");
        Require.nonNull(channel, "channel");
        if (!EntryChecks.lookable(sku.code())) {
            return new AvailableToPromise(sku, List.empty(), 0);
        }
        holds.expire();
        return availability.of(sku, Option.some(channel));
    }

    /**
     * Holds units for a checkout until the clock passes {@code timeToLive}: they are reserved where the
     * hold routing (by default {@link Strategies#priority()}) would take them from, count against
     * availability, and nobody else can reserve them. Placing an order with the hold id turns them into the
     * order's allocations. Asking again with the same id and units answers the hold already placed; the
     * same id for other units is refused ({@code IDEMPOTENCY_KEY_REUSED}). The units of a hold that is
     * released or expires serve waiting pre-orders and backorders before anyone else.
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
        Require.nonNull(holdId, "holdId");
        if (!EntryChecks.lookable(holdId.value())) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_HOLD, "holdId", "no hold can have this id"));
        }
        return holds.release(holdId);
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
     * placement order. A partial receipt fills partially; a repeated receipt key adds no stock, and the
     * same key for other goods is refused ({@code IDEMPOTENCY_KEY_REUSED}).
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
        try {
            ports.inventory().receive(receipt.operationKey(), receipt.sku(), receipt.locationId(), receipt.quantity());
        } catch (OperationKeyReusedException reused) {
            return Rejections.keyReused(receipt.operationKey());
        }
        return Either.right(restocking.fill(receipt.sku(), IdempotencyKeys.receiptRestock(receipt.operationKey())));
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
        return Either.right(restocking.fill(sku, IdempotencyKeys.releaseRestock(releaseId)));
    }

    /**
     * Tells the customers of pre-ordered units that the product's release date moved: call it after the
     * catalogue's {@code releasesAt} changed.
     *
     * @return the orders whose customers are told
     */
    public Either<Rejection, List<Order>> releaseDateMoved(Sku sku) {
        Require.nonNull(sku, "sku");
        if (!EntryChecks.lookable(sku.code())) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_SKU, "sku", "no product can have this SKU"));
        }
        Option<Instant> releasesAt = ports.catalog().find(sku).flatMap(p -> Option.ofOptional(p.releasesAt()));
        if (releasesAt.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "sku", "SKU " + sku + " has no release date"));
        }
        List<Order> told = List.empty();
        for (Order order : waiting.preorderedOf(sku)) {
            for (Line line : order.lines().values().filter(l -> l.sku().equals(sku))) {
                if (!order.preorderReleases().get(line.id()).contains(releasesAt.get())) {
                    told = told.appendAll(run(order.id(), new WaitingCommand.MoveReleaseDate(
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
        return run(orderId, new PaymentCommand.RetryPayment(
                IdempotencyKeys.host(IdempotencyKeys.RETRY_PAYMENT, idempotencyKey), Option.ofOptional(newMethod)));
    }

    /** Creates one pick list per location for allocated units not yet on a pick list; payment must be authorised. */
    public Either<Rejection, Order> createPickLists(OrderId orderId) {
        return existing(orderId).flatMap(order -> run(orderId,
                new FulfilmentCommand.CreatePickLists("pick-lists-v" + order.version())));
    }

    /** Confirms a pick list was picked in full. Naturally idempotent: confirming it again changes nothing. */
    public Either<Rejection, Order> confirmPicked(OrderId orderId, PickListId pickListId) {
        return run(orderId, new FulfilmentCommand.ConfirmPicked("picked:" + pickListId, pickListId));
    }

    /** Packs picked units into a new package, carrying handling and gift-wrap instructions. */
    public Either<Rejection, Order> confirmPacked(OrderId orderId, PackRequest request) {
        Option<Rejection> malformed = EntryChecks.pack(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return run(orderId, new FulfilmentCommand.ConfirmPacked(
                IdempotencyKeys.host(IdempotencyKeys.PACK, request.idempotencyKey()), request.location(),
                List.ofAll(request.contents()), Option.ofOptional(request.specialHandling()),
                Option.ofOptional(request.giftMessage())));
    }

    /**
     * Buys a packed package's label through the shipping port and records its tracking number, without
     * handing it over yet (labels are often printed at the packing bench). Labelling twice buys one label;
     * a service the carrier refuses is answered as {@code CARRIER_UNAVAILABLE} and changes nothing.
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
     * <p>A label the carrier refuses is answered as {@code CARRIER_UNAVAILABLE} and changes nothing: the
     * carrier is asked before anything is recorded.
     *
     * @throws PortFailure when the carrier does not answer; the label request stays recorded and is retried
     *     by {@link #resume} or by calling again, under the same key
     */
    public Either<Rejection, Order> ship(OrderId orderId, PackageId packageId, String carrierService) {
        Option<Rejection> malformed = EntryChecks.carrierService(carrierService);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        FulfilmentCommand.Ship command = new FulfilmentCommand.Ship("ship:" + packageId, packageId);
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
        return run(orderId, new FulfilmentCommand.ConfirmDelivery("delivered:" + packageId, packageId));
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
        // The stock freed goes to the queue first, whichever caller's run released it.
        Require.nonNull(orderId, "orderId");
        return execution.execute(orderId, new CancellationCommand.Cancel(
                IdempotencyKeys.host(IdempotencyKeys.CANCEL, request.idempotencyKey()), Option.ofOptional(request.line()),
                Option.ofOptional(request.quantity()), request.reason()))
                .map(order -> settled(order.id()));
    }

    /**
     * Records a supplier's answer to an indent purchase. Committed units stay held for the order until
     * their goods arrive; the units not committed are cancelled, backordered or sourced again from stock,
     * as the {@link IndentPolicy} says, and the customer is told. The same answer given again changes nothing;
     * another answer to a purchase already answered is refused ({@code IDEMPOTENCY_KEY_REUSED}).
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
            return run(orderId, new IndentCommand.ApplySupplierAnswer(IdempotencyKeys.supplierAnswer(answer.purchaseId()), answer));
        });
    }

    /**
     * Receives goods against an indent purchase: the units enter the inventory ring-fenced, so nobody
     * else can take them, then become the order's reservation. A receipt may cover part of what the
     * supplier committed, never more; receiving again under the same key adds nothing, and the same key
     * for another purchase or quantity of this order is refused ({@code IDEMPOTENCY_KEY_REUSED}). The key is
     * scoped to the purchase in the inventory: one delivery note may cover purchases of several orders.
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
        IndentCommand.ReceivePurchaseGoods command = new IndentCommand.ReceivePurchaseGoods(
                IdempotencyKeys.host(IdempotencyKeys.PURCHASE_RECEIPT, receipt.operationKey()),
                receipt.purchaseId(), receipt.locationId(), receipt.quantity());
        return existing(orderId).flatMap(order -> {
            // Decide first, so a receipt the order refuses (or a key reused for other goods) puts nothing into
            // the inventory; a replay decides nothing and is answered with the order as it stands.
            Either<Rejection, List<OrderEvent>> decided = OrderDecider.decide(command, order, execution.context());
            if (decided.isLeft()) {
                return Either.left(decided.getLeft());
            }
            if (decided.get().isEmpty()) {
                return Either.right(resume(orderId).get());
            }
            ports.inventory().receiveRingFenced(IdempotencyKeys.ringFencedReceipt(receipt.purchaseId(), receipt.operationKey()),
                    order.purchases().get(receipt.purchaseId()).get().sku(), receipt.locationId(), receipt.quantity());
            // The stock is fenced now; if the order changed meanwhile, repeating the receipt key records it.
            return run(orderId, command).peekLeft(r -> LOG.warn(
                    "order {}: receipt {} is ring-fenced in the inventory but not recorded on the order: {}",
                    orderId, receipt.operationKey(), r));
        });
    }

    /**
     * Runs whatever side effects the order still owes (after a crash or a port outage). When it owed a
     * reservation (which may come up short and leave units waiting, or cancel the order and free its
     * stock) or a release of stock, or it has units waiting, the queues of its SKUs are then filled from
     * the stock available, so stock it freed or left goes to waiting orders first.
     */
    public Option<Order> resume(OrderId orderId) {
        Require.nonNull(orderId, "orderId");
        if (!EntryChecks.lookable(orderId.value())) {
            return Option.none();
        }
        boolean mayLeaveStockOrWait = find(orderId).forAll(o -> o.reservationInFlight().isDefined()
                || o.units(Bucket.PENDING) > 0 || !o.releasesOwed().isEmpty());
        return effects.run(orderId).map(order -> mayLeaveStockOrWait || order.lines().values().exists(l -> l.waiting() > 0)
                ? queuesFilled(order) : order);
    }

    /**
     * Resumes every stored order. An order that fails (it cannot be loaded, or a port throws in a way the
     * effect runner does not absorb) is reported and the run goes on with the next one. Checkout holds are
     * settled first: those whose time ran out expire, and units of ended holds whose release failed go back.
     */
    public ResumeReport resumeAll() {
        try {
            holds.expire();
        } catch (RuntimeException holdsFailing) {
            LOG.warn("checkout holds not settled, resuming orders anyway: {}", holdsFailing.toString());
        }
        int resumed = 0;
        List<OrderId> stillOwing = List.empty();
        List<ResumeReport.Failure> failed = List.empty();
        for (OrderId id : ports.orders().orderIds()) {
            try {
                Option<Order> order = resume(id);
                resumed++;
                if (order.exists(o -> !PendingEffects.of(o).isEmpty())) {
                    stillOwing = stillOwing.append(id);
                }
            } catch (RuntimeException failure) {
                LOG.error("order {} could not be resumed: {}", id, failure.toString());
                failed = failed.append(new ResumeReport.Failure(id, failure.toString()));
            }
        }
        return new ResumeReport(resumed, stillOwing, failed);
    }

    /** The order as it stands, rebuilt from storage. */
    public Option<Order> find(OrderId orderId) {
        // An id beyond the input limits was never stored: unknown, without asking a store that cannot hold it.
        return EntryChecks.lookable(Require.nonNull(orderId, "orderId").value()) ? execution.load(orderId) : Option.none();
    }

    /** Every stored order's id, in placement order. */
    public java.util.List<OrderId> orderIds() {
        return ports.orders().orderIds();
    }

    private Either<Rejection, Order> run(OrderId orderId, OrderCommand command) {
        Require.nonNull(orderId, "orderId");
        return execution.execute(orderId, command).map(order -> resume(order.id()).get());
    }

    /**
     * Runs the effects a command left owing, then fills the queues of the order's SKUs whatever the run
     * found to do: for the commands that free stock or leave units waiting (placing, allocating, re-routing,
     * cancelling), so that one of them never ends with units available that a waiting order could take,
     * even when a racing caller ran its effects first.
     */
    private Order settled(OrderId orderId) {
        return queuesFilled(effects.run(orderId).get());
    }

    private Order queuesFilled(Order order) {
        restocking.fill(order.lines().values().map(Line::sku), IdempotencyKeys.settlingRestock(order.id(), order.version()));
        return find(order.id()).get();
    }

    private Either<Rejection, Order> existing(OrderId orderId) {
        return find(orderId).toEither(() -> Rejection.of(ProblemCode.UNKNOWN_ORDER, "orderId", "no order " + orderId));
    }

    /**
     * Asks the carrier first, under the key the recorded request's purchase uses, so a refused service
     * stores nothing; a label bought is then recorded as requested and the effect runner records it (the
     * carrier answers that call as a replay). A carrier that does not answer may have bought the label: the
     * request is recorded then, so {@link #resume} or a cancellation buys-or-replays it and never leaves it
     * paid for unused.
     */
    private Either<Rejection, Order> buyLabel(Order order, OrderPackage pkg, String service) {
        if (pkg.state() != OrderPackage.State.PACKED) {
            return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "packageId", "package " + pkg.id() + " is " + pkg.state()));
        }
        if (pkg.labelRequested().isEmpty()) {
            FulfilmentCommand.RequestLabel request = new FulfilmentCommand.RequestLabel(
                    "label-request:" + pkg.id() + ":" + service, pkg.id(), service);
            LabelResult answer;
            try {
                answer = ports.carrier().purchaseLabel(EffectRunner.labelRequest(order, PendingEffects.labelPurchase(order, pkg, service)));
            } catch (RuntimeException noAnswer) {
                execution.execute(order.id(), request);
                throw new PortFailure("the carrier did not answer for package " + pkg.id()
                        + "; the request is recorded and resume() or asking again retries it under the same key", noAnswer);
            }
            if (answer instanceof LabelResult.Unavailable refused) {
                return Either.left(Rejection.of(ProblemCode.CARRIER_UNAVAILABLE, "carrierService", refused.reason()));
            }
            Either<Rejection, Order> recorded = execution.execute(order.id(), request);
            if (recorded.isLeft()) {
                // The package changed meanwhile (opened again): the label just bought will not be used.
                ports.carrier().voidLabel(PendingEffects.voidLabelKey(order, pkg), ((LabelResult.Purchased) answer).labelId());
                return recorded;
            }
        }
        Order after = resume(order.id()).get();
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
