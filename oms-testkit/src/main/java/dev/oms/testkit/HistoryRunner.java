// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ConcurrentHistories.BACKORDERABLE;
import static dev.oms.testkit.ConcurrentHistories.PREORDER;
import static dev.oms.testkit.ConcurrentHistories.START;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.ResumeReport;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.value.OrderId;
import dev.oms.testkit.ConcurrentHistories.History;
import dev.oms.testkit.ConcurrentHistories.Layout;
import dev.oms.testkit.ConcurrentHistories.Result;
import dev.oms.testkit.ConcurrentHistories.Step;
import dev.oms.testkit.ConcurrentHistories.Stores;
import io.vavr.collection.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.statistics.Statistics;

/**
 * Runs a {@link ConcurrentHistories} history: one facade per instance, the calls of each step raced on
 * threads with its fault armed, then the first facade settles every order and {@link Reconciliation} checks.
 */
final class HistoryRunner {
    private HistoryRunner() {}

    /** As {@link ConcurrentHistories#run}. */
    static Result run(History history, List<Stores> instances) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("a history runs on at least one instance");
        }
        SettableClock clock = new SettableClock(START);
        OneShotFault fault = new OneShotFault();
        Layout layout = ConcurrentHistories.layout();
        List<OrderManagement> facades = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            Stores stores = instances.get(i);
            AtomicLong ids = new AtomicLong();
            String prefix = "I" + (i + 1) + "-";
            facades.add(OrderManagement.builder()
                    .orders(fault.orders(stores.orders()))
                    .inventory(fault.inventory(stores.inventory()))
                    .holds(fault.holds(stores.holds()))
                    .payments(fault.payments(stores.payments()))
                    .carrier(stores.carrier())
                    .notifications(stores.notifications())
                    .catalog(sku -> layout.products().stream().filter(p -> p.sku().equals(sku)).findFirst())
                    .ids(() -> OrderId.of(String.format("%s%04d", prefix, ids.incrementAndGet())))
                    .clock(clock)
                    .backorderPolicy(BackorderPolicy.perSku(HashMap.of(BACKORDERABLE, BackorderTerms.allowedWithoutLimit(),
                            PREORDER, BackorderTerms.allowedWithoutLimit())))
                    .build());
        }
        Stores first = instances.get(0);
        Reconciliation reconciliation = Reconciliation.builder().orders(facades.get(0)).inventory(first.inventory())
                .holds(first.holds()).catalog(sku -> layout.products().stream()
                        .filter(p -> p.sku().equals(sku)).findFirst())
                .clock(clock).products(layout.products()).build();
        HistoryCalls run = new HistoryCalls(facades, first.holds(), first.inventory(), clock);
        Set<String> features = new HashSet<>();
        StringBuilder transcript = new StringBuilder();
        for (int s = 0; s < history.steps().size(); s++) {
            Step step = history.steps().get(s);
            features.addAll(HistoryStatistics.duplicates(step));
            step.fault().ifPresent(fault::arm);
            int stepNo = s + 1;
            List<String> answers = Race.run(step.calls().size(), i -> run.call(stepNo, i, step.calls().get(i)));
            for (int i = 0; i < answers.size(); i++) {
                Statistics.label("calls").collect(HistoryCalls.kind(step.calls().get(i)));
                Statistics.label("outcomes").collect(HistoryStatistics.outcome(answers.get(i)));
            }
            fault.disarm();
            boolean fired = fault.fired();
            String faultNote = step.fault().map(f -> f + (fired ? " fired" : " armed, not reached")).orElse("none");
            Statistics.label("faults").collect(step.fault().map(f -> fired ? f.target() + " " + f.timing() : "not reached")
                    .orElse("none"));
            if (fired) {
                features.add("fault fired");
            }
            transcript.append("\nstep ").append(stepNo).append(" (fault: ").append(faultNote).append("):");
            List<String> violations = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                transcript.append("\n  ").append(step.calls().get(i)).append(" -> ").append(answers.get(i));
                if (answers.get(i).startsWith("threw") && !fired) {
                    violations.add("step " + stepNo + ": " + step.calls().get(i) + " " + answers.get(i)
                            + " with no fault injected");
                }
            }
            ResumeReport settled = facades.get(0).recovery().resumeAll();
            transcript.append("\n  settled: resumeAll left ").append(settled.stillOwing().size())
                    .append(" orders owing effects, ").append(settled.failed().size()).append(" it could not resume");
            settled.failed().forEach(f -> violations.add("resumeAll could not resume " + f.orderId() + ": " + f.reason()));
            violations.addAll(reconciliation.violations());
            features.addAll(run.features);
            if (!violations.isEmpty()) {
                HistoryStatistics.collectFeatures(features, history.mix());
                List<String> reported = new ArrayList<>();
                reported.add("after step " + stepNo + " of " + history.steps().size() + " (" + step + "), settled, "
                        + "Reconciliation found:");
                reported.addAll(violations);
                return new Result(reported, transcript.toString());
            }
        }
        HistoryStatistics.collectFeatures(features, history.mix());
        return new Result(List.of(), transcript.toString());
    }
}
