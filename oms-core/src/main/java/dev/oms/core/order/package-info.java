/**
 * The order aggregate: its state ({@link dev.oms.core.order.Order}), how events evolve it
 * ({@link dev.oms.core.order.OrderEvolution}), how commands are decided ({@link dev.oms.core.order.OrderDecider})
 * and the table of legal unit moves ({@link dev.oms.core.order.Transitions}).
 */
package dev.oms.core.order;
