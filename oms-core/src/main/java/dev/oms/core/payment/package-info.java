/**
 * The money of an order: authorisations, captures per shipped package, voids and cash on delivery,
 * prepayments of pre-ordered units and their refunds, and the rules that keep them exact (captured never
 * exceeds authorised, refunded never exceeds captured; design invariant 5).
 */
package dev.oms.core.payment;
