// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Reports a person can look at, as pure queries over orders: the host pages the orders in from the facade
 * ({@code oms.queries().orderIds(...)} and {@code find(...)}) and hands them in with explicit parameters (a period,
 * a time zone for days, a promised shipping time, the instant to age waiting units at); each report is an immutable
 * value with its numbers and a fixed-width {@code table()}.
 *
 * <p>Every report of a period counts the orders <em>placed</em> in it, {@link dev.oms.insight.reports.ReportPeriod}
 * {@code [from, to)}: a cohort, so a period's figures do not change meaning as its orders move on, only as they
 * progress. The waiting reports are snapshots of every order handed in. Money is exact (Joda-Money) and kept per
 * currency: no row adds one currency to another.
 *
 * <p>Nothing here draws a chart: {@code dev.oms.insight.charts} does, so the reports carry no graphics library.
 */
package dev.oms.insight.reports;
