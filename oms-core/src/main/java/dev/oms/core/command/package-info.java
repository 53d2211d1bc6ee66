/** The commands an existing order accepts, in the imperative, each with its idempotency key. */
package dev.oms.core.command;
