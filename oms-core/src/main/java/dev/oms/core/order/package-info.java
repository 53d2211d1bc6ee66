/**
 * The order aggregate: its state ({@link dev.oms.core.order.Order}), how events evolve it
 * ({@link dev.oms.core.order.OrderEvolution}), its derived status and the table of legal unit moves
 * ({@link dev.oms.core.order.Transitions}).
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class})
package dev.oms.core.order;

import org.immutables.value.Value;
