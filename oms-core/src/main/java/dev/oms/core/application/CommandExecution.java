package dev.oms.core.application;

import dev.oms.spi.Ports;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.OrderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load, decide, append with the expected version. On a version conflict the command is decided again
 * against the fresh state, which is safe because deciding is pure.
 */
final class CommandExecution {
    private static final Logger LOG = LoggerFactory.getLogger(CommandExecution.class);
    private static final int MAX_CONFLICT_RETRIES = 16;
    /** Orders whose evolved state is kept between loads; one dropped beyond that is evolved from its log again. */
    private static final int EVOLVED_ORDERS_KEPT = 1_024;

    private final Ports ports;
    private final EvolvedOrders evolved = new EvolvedOrders(EVOLVED_ORDERS_KEPT);

    CommandExecution(Ports ports) {
        this.ports = ports;
    }

    Option<Order> load(OrderId id) {
        return ports.orders().load(id).flatMap(evolved::evolve);
    }

    /**
     * The order, or none when it cannot be loaded: for scans over many orders, where one order whose
     * history no longer evolves must not stop the others. It is logged; {@link OrderManagement#resumeAll}
     * reports it.
     */
    Option<Order> loadIsolated(OrderId id) {
        try {
            return load(id);
        } catch (RuntimeException unloadable) {
            LOG.error("order {} cannot be loaded and is skipped: {}", id, unloadable.toString());
            return Option.none();
        }
    }

    Either<Rejection, Order> execute(OrderId id, OrderCommand command) {
        for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
            Option<Order> loaded = load(id);
            if (loaded.isEmpty()) {
                return Either.left(Rejection.of(ProblemCode.UNKNOWN_ORDER, "orderId", "no order " + id));
            }
            Order order = loaded.get();
            Either<Rejection, List<OrderEvent>> decided = OrderDecider.decide(order, command);
            if (decided.isLeft()) {
                return Either.left(decided.getLeft());
            }
            if (decided.get().isEmpty()) {
                return Either.right(order);
            }
            OrderCommit commit = new OrderCommit(command.idempotencyKey(), ports.clock().instant(), decided.get().toJavaList(),
                    command.fingerprint());
            AppendResult result = ports.orders().append(id, order.channel(), order.externalId(), order.version(), commit);
            if (result instanceof AppendResult.Appended) {
                Order next = OrderEvolution.apply(Option.some(order), commit);
                evolved.remember(next);
                return Either.right(next);
            }
        }
        return Either.left(Rejection.of(ProblemCode.CONCURRENT_MODIFICATION, "",
                "order " + id + " kept changing under this command; try again"));
    }
}
