// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The service provider interface of oms: the ports a host application implements (storage, inventory,
 * payment, shipping, notifications, catalogue, ids) and the values and events that cross them.
 *
 * <p>This module depends on nothing of ours, so an adapter compiles against it alone.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // No @Generated on generated code: users of these types then need no Immutables jar to compile.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"})
package dev.oms.spi;

import org.immutables.value.Value;
