// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small values the reports are made of: rates, age bands and periods, and the reports of no orders at all. */
class ReportValuesTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void aRateKeepsItsCountsAndRoundsOnlyWhenPrinted() {
        assertThat(new Rate(1, 3).fraction()).contains(new BigDecimal("0.333333"));
        assertThat(new Rate(1, 3).percent()).isEqualTo("33.3 %");
        assertThat(new Rate(2, 3).percent()).isEqualTo("66.7 %");
        assertThat(new Rate(0, 0).fraction()).isEmpty();
        assertThat(new Rate(0, 0).percent()).as("a rate of nothing is neither 0 % nor 100 %").isEqualTo("n/a");
        assertThatThrownBy(() -> new Rate(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageBandsAreHalfOpenAndTheOldestHasNoEnd() {
        AgeBand week = new AgeBand(Duration.ofDays(1), Optional.of(Duration.ofDays(7)));
        AgeBand old = new AgeBand(Duration.ofDays(7), Optional.empty());

        assertThat(week.holds(Duration.ofDays(1))).isTrue();
        assertThat(week.holds(Duration.ofDays(7))).isFalse();
        assertThat(old.holds(Duration.ofDays(700))).isTrue();
        assertThat(week.label()).isEqualTo("1-7 days");
        assertThat(old.label()).isEqualTo("7+ days");
        assertThatThrownBy(() -> new AgeBand(Duration.ofDays(7), Optional.of(Duration.ofDays(7)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitingReport.of(List.of(), MONDAY, List.of(Duration.ofDays(7), Duration.ofDays(1)), Map.of()))
                .as("band starts out of order").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodHoldsItsStartAndNotItsEnd() {
        ReportPeriod day = ReportPeriod.of(MONDAY, MONDAY.plus(Duration.ofDays(1)));

        assertThat(day.contains(MONDAY)).isTrue();
        assertThat(day.contains(MONDAY.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> ReportPeriod.of(MONDAY, MONDAY.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsOfNoOrdersHaveNoRowsAndRatesOfNothing() {
        ReportPeriod day = ReportPeriod.of(MONDAY, MONDAY.plus(Duration.ofDays(1)));

        assertThat(SalesReport.of(List.of(), day, ZoneOffset.UTC).byChannel()).isEmpty();
        assertThat(FulfilmentReport.of(List.of(), day, Duration.ofDays(2)).fillRate()).isEqualTo(new Rate(0, 0));
        assertThat(ReturnsReport.of(List.of(), day).table()).contains("n/a");
        assertThat(WaitingOrdersReport.of(List.of(), MONDAY).orders()).isEmpty();
        assertThat(WaitingReport.of(List.of(), MONDAY, List.of(), Map.of()).aging()).singleElement()
                .isEqualTo(new WaitingReport.Aging(new AgeBand(Duration.ZERO, Optional.empty()), 0, 0));
    }
}
