/** The inventory port: locations, stock levels and atomic reservations. */
package dev.oms.spi.inventory;
