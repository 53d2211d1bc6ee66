// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.order.WaitingFor;
import dev.oms.insight.reports.AgeBand;
import dev.oms.insight.reports.FulfilmentReport;
import dev.oms.insight.reports.Rate;
import dev.oms.insight.reports.ReasonShare;
import dev.oms.insight.reports.ReportPeriod;
import dev.oms.insight.reports.ReturnsReport;
import dev.oms.insight.reports.SalesReport;
import dev.oms.insight.reports.SalesRow;
import dev.oms.insight.reports.WaitingOrdersReport;
import dev.oms.insight.reports.WaitingReport;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every report draws as a PNG of the size asked for, on a headless JVM. */
class ReportChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");
    private static final ReportPeriod WEEK = ReportPeriod.of(MONDAY, MONDAY.plus(Duration.ofDays(7)));
    private static final ChartSize SIZE = new ChartSize(640, 360);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true"); // as on a server: no display to draw to
    }

    @Test
    void salesByDayDrawsAsAPngOfTheSizeAskedFor() throws IOException {
        SalesReport sales = new SalesReport(WEEK, ZoneOffset.UTC, List.of(), List.of(
                new SalesRow("2026-03-02", 3, Money.parse("EUR 30.48")), new SalesRow("2026-03-02", 2, Money.parse("USD 10.00")),
                new SalesRow("2026-03-03", 6, Money.parse("EUR 124.94"))), List.of());

        assertIsPng(ReportCharts.salesByDay(sales, SIZE), SIZE);
    }

    @Test
    void fulfilmentWaitingReturnsAndWaitingOrdersDrawToo() throws IOException {
        AgeBand recent = new AgeBand(Duration.ZERO, Optional.of(Duration.ofDays(7)));
        AgeBand old = new AgeBand(Duration.ofDays(7), Optional.empty());
        WaitingReport waiting = new WaitingReport(MONDAY, List.of(new WaitingReport.Aging(old, 3, 1), new WaitingReport.Aging(recent, 2, 0)),
                List.of(new WaitingReport.PreorderDemand(Sku.of("GAME"), 1, OptionalLong.of(50))));
        ReturnsReport returns = new ReturnsReport(WEEK, new Rate(1, 3), List.of(new ReasonShare("too small", new Rate(1, 3))),
                new Rate(3, 14), List.of(new ReasonShare("fraud suspected", new Rate(2, 14))));
        WaitingOrdersReport orders = new WaitingOrdersReport(MONDAY, List.of(new WaitingOrdersReport.WaitingOrder(OrderId.of("ORD-1"),
                Channel.WEB, MONDAY, OrderStatus.AWAITING_STOCK, Map.of(WaitingFor.STOCK, 3L))));

        assertIsPng(ReportCharts.fulfilment(new FulfilmentReport(WEEK, Duration.ofDays(2), new Rate(4, 11), new Rate(0, 0)), SIZE), SIZE);
        assertIsPng(ReportCharts.waitingByAge(waiting, SIZE), SIZE);
        assertIsPng(ReportCharts.reasons(returns, SIZE), SIZE);
        assertIsPng(ReportCharts.waitingOrders(orders, ChartSize.STANDARD), ChartSize.STANDARD);
    }

    @Test
    void aChartSizeOfNoPixelsIsRefused() {
        assertThatThrownBy(() -> new ChartSize(0, 360)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertIsPng(byte[] png, ChartSize size) throws IOException {
        assertThat(png).isNotEmpty();
        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(size.width());
        assertThat(image.getHeight()).isEqualTo(size.height());
    }
}
