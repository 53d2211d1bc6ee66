package dev.oms.spi;

import dev.oms.spi.value.OrderId;

/**
 * Hands out new order ids. The core makes no ids of its own: everything else inside an order (lines,
 * pick lists, packages, cancellations) is numbered deterministically from the order id.
 *
 * <p>Contract: never returns the same id twice; must be safe to call from several threads.
 */
@FunctionalInterface
public interface IdGenerator {
    OrderId newOrderId();
}
