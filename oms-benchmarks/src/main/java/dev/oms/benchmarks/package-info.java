// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * JMH benchmarks that place oms beside the limit (the same lifecycle written by hand as plain mutable
 * Java) and beside the alternative a Java team would pick (Spring Statemachine with a persisted machine
 * per order), plus contention, retained heap per stored order, and replay cost as history grows.
 * {@link dev.oms.benchmarks.BenchmarkSuite} runs them all and writes the results table.
 */
package dev.oms.benchmarks;
