// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Order edits before fulfilment: a change-set (lines added, units taken off, a new ship-to address) that is previewed
 * and then confirmed whole, with the authorisation of the difference, or not at all.
 */
package dev.oms.core.edit;
