/** The catalogue port: which SKUs exist and may be sold. */
package dev.oms.spi.catalog;
