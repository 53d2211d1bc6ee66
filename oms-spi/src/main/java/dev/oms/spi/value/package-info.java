/** Value types shared by every port: ids, SKUs, quantities, addresses, channels, payment methods. */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
package dev.oms.spi.value;

import org.immutables.value.Value;
