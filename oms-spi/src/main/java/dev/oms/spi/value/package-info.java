// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** Value types shared by every port: ids, SKUs, quantities, addresses, channels, payment methods. */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // No @Generated on generated code: users of these types then need no Immutables jar to compile.
    allowedClasspathAnnotations = {Override.class})
package dev.oms.spi.value;

import org.immutables.value.Value;
