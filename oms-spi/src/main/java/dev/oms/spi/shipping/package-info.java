/** The shipping port: carrier labels and tracking numbers. */
package dev.oms.spi.shipping;
