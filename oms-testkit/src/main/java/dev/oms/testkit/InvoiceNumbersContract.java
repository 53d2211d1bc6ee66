// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.invoice.InvoiceNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link InvoiceNumbers} contract as tests. An adapter's test class extends this and returns a fresh store, in
 * which no series has issued a number yet, from {@link #emptyStore()}. What matters most, as tax rules require:
 * a series' numbers are exactly 1 to n, none skipped and none given twice, also when many callers issue at once,
 * and a key answers the number it was first given.
 */
public abstract class InvoiceNumbersContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.123456789Z");
    private static final String SERIES = "INV";
    /** Racers per concurrency test; an adapter may lower it for a small connection pool. */
    protected int racers = 8;
    /** Numbers each racer issues in the concurrency test. */
    protected int issuesPerRacer = 25;

    private InvoiceNumbers store;

    /** {@return a fresh store of the adapter under test, with no number issued in any series; called before every test} */
    protected abstract InvoiceNumbers emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void aSeriesNumbersFromOneInTheOrderAsked() {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(store.issue("package-" + i, SERIES, NOW.plusSeconds(i)).sequence());
        }

        assertThat(numbers).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void theSameKeyAnswersTheSameNumberIssuedWhenItWasFirstAskedAndTakesNoNewOne() {
        InvoiceNumber first = store.issue("ORD-1:ORD-1-PK1", SERIES, NOW);

        InvoiceNumber again = store.issue("ORD-1:ORD-1-PK1", SERIES, NOW.plusSeconds(3_600));
        InvoiceNumber next = store.issue("ORD-1:ORD-1-PK2", SERIES, NOW.plusSeconds(7_200));

        assertThat(first).isEqualTo(new InvoiceNumber(SERIES, 1, NOW));
        assertThat(again).isEqualTo(first);
        assertThat(next).isEqualTo(new InvoiceNumber(SERIES, 2, NOW.plusSeconds(7_200)));
        assertThat(first.text()).isEqualTo("INV-1");
    }

    @Test
    void eachSeriesCountsOnItsOwnAndScopesItsKeys() {
        store.issue("a", "INV-2026", NOW);
        store.issue("b", "INV-2026", NOW);

        InvoiceNumber otherSeries = store.issue("a", "CREDIT-2026", NOW);
        InvoiceNumber third = store.issue("c", "INV-2026", NOW);

        assertThat(otherSeries).isEqualTo(new InvoiceNumber("CREDIT-2026", 1, NOW));
        assertThat(third.sequence()).isEqualTo(3);
    }

    @Test
    void underConcurrencyASeriesIssuesExactlyOneToNTimesMWithNoGapOrDuplicate() {
        List<List<InvoiceNumber>> issued = Race.run(racers, racer -> {
            List<InvoiceNumber> mine = new ArrayList<>();
            for (int i = 0; i < issuesPerRacer; i++) {
                mine.add(store.issue("racer-" + racer + "-" + i, SERIES, NOW));
            }
            return mine;
        });

        List<Long> numbers = issued.stream().flatMap(List::stream).map(InvoiceNumber::sequence).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, (long) racers * issuesPerRacer).boxed().toList());
        for (List<Long> mine : issued.stream().map(l -> l.stream().map(InvoiceNumber::sequence).toList()).toList()) {
            assertThat(mine).as("one racer's numbers rise in the order it asked").isSorted();
        }
        assertThat(store.issue("racer-0-0", SERIES, NOW.plusSeconds(60))).isEqualTo(issued.get(0).get(0));
    }

    @Test
    void racersIssuingUnderOneKeyAllGetTheOneNumberItTook() {
        store.issue("before", SERIES, NOW);

        List<InvoiceNumber> answers = Race.run(racers, racer -> store.issue("the-package", SERIES, NOW.plusSeconds(racer)));

        assertThat(answers).extracting(InvoiceNumber::sequence).containsOnly(2L);
        assertThat(answers).containsOnly(answers.get(0));
        assertThat(store.issue("after", SERIES, NOW).sequence()).isEqualTo(3);
    }

    @Test
    void aBlankKeyOrSeriesIsRefusedAndTakesNoNumber() {
        assertThatThrownBy(() -> store.issue(" ", SERIES, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.issue("key", "", NOW)).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.issue("key", SERIES, NOW).sequence()).isEqualTo(1);
    }
}
