/** The payment port: authorise, capture, void and refund through the host's payment provider. */
package dev.oms.spi.payment;
