/**
 * The money of an order: authorisations, captures per shipped package, voids and cash on delivery, and
 * the rules that keep them exact (captured never exceeds authorised; design invariant 5).
 */
package dev.oms.core.payment;
