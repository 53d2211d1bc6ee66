package dev.oms.spi.order;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;

/**
 * The events one command produced, stored atomically together.
 *
 * @param idempotencyKey the key of the command that produced them; replaying that key yields these
 *     events again instead of new ones
 * @param recordedAt when the facade recorded them, from the host's clock
 * @param events at least one event, in order
 */
public record OrderCommit(String idempotencyKey, Instant recordedAt, List<OrderEvent> events) {
    public OrderCommit {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(recordedAt, "recordedAt");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit holds at least one event");
        }
    }
}
