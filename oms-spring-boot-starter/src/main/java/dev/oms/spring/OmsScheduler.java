// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link OmsJob} beans on one daemon thread of its own, from when the application context has
 * started (after every singleton, so after the migrations) until it stops. A job that throws is logged and
 * runs again at its next turn; the MDC names the job while it runs. The host needs no
 * {@code @EnableScheduling}.
 */
public final class OmsScheduler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(OmsScheduler.class);

    private final List<OmsJob> jobs;
    private ScheduledExecutorService executor;

    /**
     * A scheduler of the given jobs, started with the application context.
     *
     * @param jobs the jobs to run, copied
     */
    public OmsScheduler(List<OmsJob> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    /** {@return the jobs this scheduler runs} */
    public List<OmsJob> jobs() {
        return jobs;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "oms-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        for (OmsJob job : jobs) {
            if (job.every().isPresent()) {
                long pause = job.every().get().toMillis();
                executor.scheduleWithFixedDelay(() -> run(job), 0, Math.max(1, pause), TimeUnit.MILLISECONDS);
            } else {
                executor.execute(() -> run(job));
            }
        }
        LOG.info("oms scheduler started: {}", jobs.stream().map(OmsJob::name).toList());
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("oms scheduler: a job was still running after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private static void run(OmsJob job) {
        Map<String, String> before = MDC.getCopyOfContextMap();
        MDC.put(CommandScope.MDC_COMMAND, job.name());
        try {
            job.work().run();
        } catch (RuntimeException e) {
            LOG.warn("oms job {} failed, it runs again at its next turn", job.name(), e);
        } finally {
            if (before == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(before);
            }
        }
    }
}
