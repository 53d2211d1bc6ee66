// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Charts of the reports of {@code dev.oms.insight.reports}, drawn with JFreeChart and handed back as PNG bytes: the
 * host decides where they go (a file, an HTTP response, an e-mail). Nothing here writes a file or opens a window, so
 * the charts draw on a headless JVM ({@code -Djava.awt.headless=true}) as on a desktop one.
 *
 * <p>The graphics library stays in this package: the reports are plain values a host can use without it.
 */
package dev.oms.insight.charts;
