// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Dropship: lines a supplier ships straight to the customer from its own stock. The host's {@link
 * dev.oms.core.dropship.DropshipPolicy} names the supplier; the units are allocated there without touching our
 * stock and reach it through the fulfilment service, as a third-party location's do.
 */
package dev.oms.core.dropship;
