/** The notification port: what oms tells customers, for the host to word and deliver. */
package dev.oms.spi.notification;
