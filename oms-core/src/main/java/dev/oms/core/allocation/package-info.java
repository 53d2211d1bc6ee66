// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Allocation: choosing where pending units are reserved (the {@link dev.oms.core.allocation.AllocationPolicy}),
 * and the rules for recording what the inventory answered.
 */
package dev.oms.core.allocation;
