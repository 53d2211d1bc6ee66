/** Cancellation of whole orders or some units of a line: what can still be cancelled, and what it undoes. */
package dev.oms.core.cancellation;
