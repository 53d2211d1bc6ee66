// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** Placing an order: the command a channel sends, and the validation that names every problem with it. */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class})
package dev.oms.core.placement;

import org.immutables.value.Value;
