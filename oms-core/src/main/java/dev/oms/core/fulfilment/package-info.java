/** Fulfilment: pick lists, packing with handling and gift-wrap instructions, labels, shipping and delivery. */
package dev.oms.core.fulfilment;
