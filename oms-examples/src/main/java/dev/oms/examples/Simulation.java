// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.order.PickList;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.Rejection;
import dev.oms.examples.CustomerOrder.Change;
import dev.oms.examples.CustomerOrder.Payment;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A day of a small kitchenware shop on the in-memory adapters, driven through the {@link OrderManagement}
 * facade exactly as a host would drive it. Orders arrive in waves from four channels; after each wave the
 * warehouse picks, packs, ships and delivers what it can. Customers cancel orders or single units, some
 * cards are declined (and retried with another card or given up), a few orders are paid cash on delivery,
 * and once the thin stock of a product runs out its orders are rejected. The last wave is still in the
 * warehouse when the day ends, so the report shows orders at every stage. After the first wave, and in the
 * days after the trading day, the {@link WaitingStories} play out: a pre-order launch, a stock-out with
 * backorders and indent orders bought from a supplier. In the week after, the {@link ReturnsDesk} takes back
 * delivered units: it approves or rejects the returns, inspects what arrives, and oms restocks and refunds.
 *
 * <p>Deterministic: one seeded {@link Random} writes the script and a {@link SettableClock} tells the time,
 * so the same seed gives the same report. Randomness stays here in the host; oms never sees it.
 */
public final class Simulation {
    /** The seed of the run the README shows. */
    public static final long DEFAULT_SEED = 20_260_302L;
    public static final int DEFAULT_ORDERS = 300;

    private static final int WAVE_SIZE = 25;
    static final Instant OPENING_TIME = Instant.parse("2026-03-02T07:00:00Z");

    private final long seed;
    private final Random random;
    private final SettableClock clock = new SettableClock(OPENING_TIME);
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final OrderManagement oms;
    private final Customers customers;
    private final HostLedger ledger = new HostLedger();
    private final Warehouse warehouse;
    private final WaitingStories stories;
    private final Reviews reviews;
    private final StockCount stockCount;
    private final Marketplace marketplace;
    private final ReturnsDesk returnsDesk;

    private Simulation(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.customers = new Customers(random);
        Ports ports = adapters.ports(clock); // first, so the opening stock is logged at the opening, by the shop's clock
        Shop.open(adapters);
        adapters.payments().declineWhen(InMemoryPaymentGateway.cardTokens(Set.of(Customers.DECLINED_CARD)));
        this.oms = WaitingStories.policies(OrderManagement.builder().ports(ports))
                .supplierGateway(adapters.suppliers()).fulfilmentService(adapters.fulfilment())
                .approvalPolicy(Reviews.LARGE_CASH_ON_DELIVERY).returnPolicy(ReturnsDesk.POLICY)
                .storeCredit(adapters.storeCredit()).build();
        this.reviews = new Reviews(oms, ledger);
        this.stockCount = new StockCount(oms, adapters, ledger);
        this.marketplace = new Marketplace(oms, adapters, ledger);
        this.returnsDesk = new ReturnsDesk(oms, clock, random, ledger);
        this.warehouse = new Warehouse(oms);
        this.stories = new WaitingStories(oms, adapters.suppliers(), warehouse, clock, ledger);
    }

    /** Runs {@code orders} orders scripted by {@code seed} on fresh adapters and audits the result. */
    public static SimulationReport run(long seed, int orders) {
        if (orders < WaitingStories.ORDERS + Marketplace.ORDERS) {
            throw new IllegalArgumentException("simulate at least the " + (WaitingStories.ORDERS + Marketplace.ORDERS)
                    + " scripted orders, was " + orders);
        }
        Simulation simulation = new Simulation(seed);
        simulation.trade(orders);
        simulation.stories.followingDays();
        simulation.marketplace.centreAnswers(simulation.clock.instant());
        simulation.returnsDesk.week(); // last: the week after, when what was delivered may come back
        return Audit.of(simulation.seed, simulation.oms, simulation.adapters, simulation.ledger);
    }

    /** The trading day: {@code orders} orders in waves; the stories' orders take the end of the first wave. */
    private void trade(int orders) {
        for (int first = 0; first < orders; first += WAVE_SIZE) {
            boolean lastWave = first + WAVE_SIZE >= orders;
            List<Placed> wave = new ArrayList<>();
            int scripted = first == 0 ? WaitingStories.ORDERS + Marketplace.ORDERS : 0;
            for (int i = first + scripted; i < Math.min(orders, first + WAVE_SIZE); i++) {
                clock.advance(Duration.ofMinutes(2));
                place(customers.next()).forEach(wave::add);
            }
            clock.advance(Duration.ofMinutes(30));
            if (first == orders / 2 / WAVE_SIZE * WAVE_SIZE) {
                stockCount.count(); // midday, before the warehouse works the wave
            }
            for (Placed placed : wave) {
                // The day ends with the last wave anywhere between allocated and delivered.
                Stage upTo = lastWave ? Stage.values()[random.nextInt(Stage.values().length)] : Stage.DELIVERED;
                work(placed, upTo);
            }
            if (first == 0) {
                stories.placeOrders();
                marketplace.placeOrders();
            }
        }
    }

    /** Places an order, settles a declined card the way its customer would; none when oms rejected it. */
    private Option<Placed> place(CustomerOrder request) {
        ledger.submitted();
        Either<Rejection, Order> placed = oms.orders().place(request.command());
        if (placed.isLeft()) {
            ledger.rejected(placed.getLeft().problems().map(Problem::code).toJavaList());
            return Option.none();
        }
        Order order = placed.get();
        ledger.accepted(order.id(), units(request), request.payment() == Payment.CASH_ON_DELIVERY);
        if (order.status() == OrderStatus.ON_HOLD) {
            ledger.heldForReview();
        }
        boolean declinedCard = request.payment() == Payment.DECLINED_CARD_THEN_ANOTHER_CARD
                || request.payment() == Payment.DECLINED_CARD_THEN_CANCEL;
        if (declinedCard != (order.status() == OrderStatus.PAYMENT_HOLD)) {
            throw new IllegalStateException("order " + order.id() + " paid by " + request.payment() + " is " + order.status());
        }
        if (request.payment() == Payment.DECLINED_CARD_THEN_ANOTHER_CARD) {
            ledger.declined(true);
            expect(oms.payments().retry(order.id(), "retry:" + order.id(),
                    Optional.of(PaymentMethod.card("tok_card_retry_" + order.id()))), "retry payment");
        } else if (request.payment() == Payment.DECLINED_CARD_THEN_CANCEL) {
            ledger.declined(false);
            cancelOrder(order, request, "card declined, customer gave up");
            return Option.none();
        }
        return Option.some(new Placed(order.id(), request));
    }

    /** The warehouse's and the customer's part, up to {@code upTo}. */
    private void work(Placed placed, Stage upTo) {
        OrderId id = placed.id();
        Order order = oms.queries().find(id).get();
        Change change = placed.request().change();
        if (change == Change.CANCEL_ORDER) {
            if (order.status() == OrderStatus.ON_HOLD) {
                ledger.cancelledWhileHeld();
            }
            cancelOrder(order, placed.request(), "customer changed their mind");
            return;
        }
        if (change == Change.CANCEL_ONE_UNIT_BEFORE_PICKING) {
            order = cancelOneUnit(order);
        }
        if (!upTo.reaches(Stage.PICK_LIST_OUT)) {
            return; // a held order among them is still waiting for its reviewer when the day ends
        }
        if (order.status() == OrderStatus.ON_HOLD) {
            order = reviews.review(order);
            if (order.isFullyCancelled()) {
                return;
            }
        }
        clock.advance(Duration.ofMinutes(1));
        order = expect(oms.warehouse().createPickLists(id).map(PickListsCreated::order), "create pick lists");
        if (!upTo.reaches(Stage.PICKED)) {
            return;
        }
        for (PickList list : order.pickLists().values().filter(list -> list.open())) {
            order = expect(oms.warehouse().confirmPicked(id, list.id()), "confirm picked");
        }
        if (change == Change.CANCEL_ONE_UNIT_AFTER_PICKING) {
            order = cancelOneUnit(order);
        }
        if (!upTo.reaches(Stage.PACKED)) {
            return;
        }
        for (LocationId location : Shop.WAREHOUSES) {
            order = warehouse.pack(order, location, placed.request().giftMessage());
        }
        if (!upTo.reaches(Stage.SHIPPED)) {
            return;
        }
        String service = order.channel().equals(Channel.PHONE) ? "express" : "ground";
        for (OrderPackage pkg : order.packages().values().filter(pkg -> pkg.state() == OrderPackage.State.PACKED)) {
            order = expect(oms.warehouse().ship(id, pkg.id(), service).map(Shipped::order), "ship");
        }
        if (!upTo.reaches(Stage.DELIVERED)) {
            return;
        }
        clock.advance(Duration.ofMinutes(1));
        for (OrderPackage pkg : order.packages().values().filter(OrderPackage::isShipped)) {
            order = expect(oms.warehouse().confirmDelivery(id, pkg.id()), "confirm delivery");
        }
    }

    /** Cancels a whole order; the script does so only before anything else changed it, so every unit goes. */
    private void cancelOrder(Order order, CustomerOrder request, String reason) {
        ledger.cancelRequested(units(request));
        expect(oms.orders().cancel(order.id(), CancelRequest.wholeOrder("cancel:" + order.id(), reason)).map(Cancelled::order), "cancel order");
    }

    /** Cancels one unit of the order's first line that has two or more left; customers keep single items. */
    private Order cancelOneUnit(Order order) {
        Option<Line> line = order.lines().values().find(l -> l.active() >= 2);
        if (line.isEmpty()) {
            return order;
        }
        ledger.cancelRequested(1);
        return expect(oms.orders().cancel(order.id(), CancelRequest.units(
                "cancel-unit:" + order.id() + ":" + order.version(), line.get().id(), 1, "customer wants one fewer")).map(Cancelled::order),
                "cancel one unit");
    }

    private static long units(CustomerOrder request) {
        return request.command().lines().stream().mapToLong(LineRequest::quantity).sum();
    }

    /** The script expects every warehouse step to be accepted; a rejection here is a bug worth stopping for. */
    static <T> T expect(Either<Rejection, T> result, String step) {
        return result.getOrElseThrow(rejection -> new IllegalStateException(step + " was rejected: " + rejection));
    }

    /** An accepted order and the script its customer follows. */
    private record Placed(OrderId id, CustomerOrder request) {}
}
