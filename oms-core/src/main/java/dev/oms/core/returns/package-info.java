// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Returns (RMA): a customer asks to send delivered units back, within the return window of the host's
 * {@link dev.oms.core.returns.ReturnPolicy}, with a reason per unit; the return is approved or rejected. Units under
 * return never exceed the units of their line that shipped, and a rejected return changes nothing but itself.
 */
package dev.oms.core.returns;
