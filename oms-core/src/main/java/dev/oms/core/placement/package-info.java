/** Placing an order: the command a channel sends, and the validation that names every problem with it. */
package dev.oms.core.placement;
