/**
 * The stored JSON forms of events, stock requests and answers: written by hand so that the format is
 * explicit, exact (money as decimal strings, instants as ISO-8601) and independent of Java field names.
 */
package dev.oms.postgres.codec;
