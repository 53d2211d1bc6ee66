// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs racers released together by one gate: the way the contract suites press on concurrency. */
public final class Race {
    private Race() {}

    /**
     * Runs {@code racers} tasks at once, each on a thread of its own, and returns their answers in racer
     * order. Each racer has two minutes.
     *
     * @param <T> what a racer answers
     * @param racers how many racers
     * @param task what racer {@code i} (from 0) does
     * @return the racers' answers, racer 0's first
     * @throws IllegalStateException when a racer throws, is interrupted or takes too long
     */
    public static <T> List<T> run(int racers, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int racer = 0; racer < racers; racer++) {
                int id = racer;
                Callable<T> call = () -> {
                    gate.await();
                    return task.apply(id);
                };
                futures.add(pool.submit(call));
            }
            gate.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException("a racer failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
