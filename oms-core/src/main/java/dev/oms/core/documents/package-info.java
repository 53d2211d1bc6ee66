// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Shipping documents as data: the {@link dev.oms.core.documents.PickListDocument} a picker walks the shelves with,
 * the {@link dev.oms.core.documents.PackingSlip} that travels in a package (no prices), and the
 * {@link dev.oms.core.documents.Invoice} of a shipped package, whose totals add up exactly to what the package was
 * worth as it shipped ({@code Order.value(pkg)}), the amount its capture took. Each is made by a pure function of an
 * order (and, for an invoice, the number and the instant the facade had issued for it): no I/O, no clock. The
 * {@code html} package renders them.
 */
package dev.oms.core.documents;
