/** The storage port for orders: an append-only log of commits per order, with optimistic versions. */
package dev.oms.spi.order;
