// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** JMH benchmarks of routing: how its cost grows with the number of locations and order lines. */
package dev.oms.benchmarks.routing;
