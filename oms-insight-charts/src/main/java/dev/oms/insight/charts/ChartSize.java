// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.charts;

/**
 * The size of a chart's image, in pixels.
 *
 * @param width the image's width
 * @param height the image's height
 */
public record ChartSize(int width, int height) {

    /** A size that reads well embedded in a README or a dashboard tile. */
    public static final ChartSize STANDARD = new ChartSize(800, 450);

    /**
     * Refuses a size that is not positive, or too large to hold in memory as one image.
     *
     * @param width the image's width
     * @param height the image's height
     */
    public ChartSize {
        if (width <= 0 || height <= 0 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("a chart is 1 to 10000 pixels each way, was " + width + "x" + height);
        }
    }
}
