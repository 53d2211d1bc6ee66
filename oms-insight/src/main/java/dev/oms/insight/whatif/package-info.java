// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Policy what-if: a period's stored orders replayed under candidate routing, allocation, backorder or pre-order
 * policies on a copy of the state, their outcomes (shipments per order, distance, fill rate, backorder aging, units
 * cancelled) set beside what happened. Start at {@link dev.oms.insight.whatif.WhatIf}.
 */
package dev.oms.insight.whatif;
