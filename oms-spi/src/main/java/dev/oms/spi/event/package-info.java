/**
 * The events of an order: the only way its state changes. They are stored by
 * {@link dev.oms.spi.order.OrderStore} implementations and drive every side effect, so they live in the
 * SPI where an adapter can persist them without knowing the core.
 */
package dev.oms.spi.event;
