/** The supplier port: purchase requests for indent orders and the suppliers' confirmations. */
package dev.oms.spi.supplier;
