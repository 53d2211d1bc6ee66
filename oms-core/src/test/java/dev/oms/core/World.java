package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPaymentGateway;
import io.vavr.control.Either;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;

/**
 * The system under a stateful property: a small shop with scarce stock on the in-memory adapters, flaky
 * payment and notification ports, and what the property remembers of the commands it issued.
 */
final class World {
    static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"));
    static final List<LocationId> LOCATIONS = List.of(EAST, WEST);
    static final CurrencyUnit EUR = CurrencyUnit.EUR;
    static final String GOOD_CARD = "tok_ok";
    static final String BAD_CARD = "tok_bad";

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final Flaky flaky = new Flaky();
    final OrderManagement oms;
    final Map<String, Long> initialStock = new LinkedHashMap<>();
    final List<OrderId> orders = new ArrayList<>();
    final Map<String, OrderId> byExternalId = new LinkedHashMap<>();
    /** The last accepted command that carries its own idempotency key, to replay it. */
    Replayable lastKeyed;
    /** How many commands the carrier refused a label for: refusals store nothing, so they are counted here. */
    int carrierRefusals;

    /** A command a host could send again under the same idempotency key. */
    record Replayable(String description, Supplier<Either<Rejection, Order>> command, long versionAfter) {}

    World() {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2));
        long[][] stock = {{6, 3}, {2, 2}, {0, 5}};
        for (int s = 0; s < SKUS.size(); s++) {
            adapters.catalog().add(new Product(SKUS.get(s), "Product " + SKUS.get(s)));
            for (int l = 0; l < LOCATIONS.size(); l++) {
                adapters.inventory().setStock(SKUS.get(s), LOCATIONS.get(l), stock[s][l], "BIN-" + s + l);
                initialStock.put(key(SKUS.get(s), LOCATIONS.get(l)), stock[s][l]);
            }
        }
        adapters.payments().declineWhen(InMemoryPaymentGateway.cardTokens(Set.of(BAD_CARD)));
        Ports real = adapters.ports(TestShop.CLOCK);
        oms = OrderManagement.using(new Ports(real.orders(), real.inventory(), flaky.payments(real.payments()),
                real.carrier(), flaky.notifications(real.notifications()), real.catalog(), real.ids(), real.clock()));
    }

    static String key(Sku sku, LocationId location) {
        return sku + "@" + location;
    }

    Order order(OrderId id) {
        return oms.queries().find(id).get();
    }

    List<Order> allOrders() {
        return orders.stream().map(this::order).toList();
    }

    StockLevel stock(Sku sku, LocationId location) {
        return adapters.inventory().stockAt(sku, location).get();
    }

    /** The version of every order placed so far. */
    Map<OrderId, Long> versions() {
        Map<OrderId, Long> versions = new LinkedHashMap<>();
        orders.forEach(id -> versions.put(id, order(id).version()));
        return versions;
    }

    /** Everything a rejected command must leave untouched. */
    String footprint() {
        StringBuilder print = new StringBuilder();
        for (OrderId id : orders) {
            print.append(id).append(" v").append(order(id).version()).append('\n');
        }
        return print.append(sideEffects()).toString();
    }

    /** Stock, port calls and stored orders: what nothing but an accepted command may change. */
    String sideEffects() {
        StringBuilder print = new StringBuilder();
        for (Sku sku : SKUS) {
            for (LocationId location : LOCATIONS) {
                print.append(stock(sku, location)).append('\n');
            }
        }
        print.append("payments ").append(adapters.payments().performedCalls()).append('\n');
        print.append("labels ").append(adapters.carrier().labelsPurchased().size()).append('\n');
        print.append("notifications ").append(adapters.notifications().delivered().size())
                .append(" in ").append(adapters.notifications().sendCalls()).append(" sends\n");
        print.append("stored ").append(adapters.orders().orderIds().size());
        return print.toString();
    }

    @Override
    public String toString() {
        return "World[" + orders.size() + " orders]";
    }
}
