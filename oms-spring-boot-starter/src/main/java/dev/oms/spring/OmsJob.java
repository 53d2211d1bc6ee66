// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of oms background work that {@link OmsScheduler} runs: once at start-up when {@code every} is
 * empty, else with that pause between the end of one run and the start of the next. Each job is a bean of
 * its own, switched on and off by properties ({@code oms.outbox.enabled}, {@code oms.holds.expiry-enabled},
 * {@code oms.recovery.on-startup}).
 *
 * @param name the job's name, in logs and in the MDC while it runs
 * @param every the pause between runs, or empty to run once at start-up
 * @param work what each run does
 */
public record OmsJob(String name, Optional<Duration> every, Runnable work) {
    /**
     * Checks the job: every component is required, and a pause must be positive.
     *
     * @param name the job's name
     * @param every the pause between runs, or empty to run once
     * @param work what each run does
     */
    public OmsJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(work, "work");
        every.ifPresent(pause -> {
            if (pause.isNegative() || pause.isZero()) {
                throw new IllegalArgumentException("the interval of oms job " + name + " must be positive, was " + pause);
            }
        });
    }

    /**
     * A job that runs once at start-up.
     *
     * @param name the job's name
     * @param work what the run does
     * @return the job
     */
    public static OmsJob once(String name, Runnable work) {
        return new OmsJob(name, Optional.empty(), work);
    }

    /**
     * A job that runs at start-up and then again after each pause.
     *
     * @param name the job's name
     * @param pause the pause between the end of one run and the start of the next; positive
     * @param work what each run does
     * @return the job
     */
    public static OmsJob every(String name, Duration pause, Runnable work) {
        return new OmsJob(name, Optional.of(pause), work);
    }
}
