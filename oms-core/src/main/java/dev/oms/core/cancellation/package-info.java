// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** Cancellation of whole orders or some units of a line: what can still be cancelled, and what it undoes. */
package dev.oms.core.cancellation;
