// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Exchanges: delivered units traded back under a return for replacement lines, the returned units' value carried over
 * as exchange credit, the difference authorised before anything is recorded or refunded when the return arrives.
 */
package dev.oms.core.exchange;
