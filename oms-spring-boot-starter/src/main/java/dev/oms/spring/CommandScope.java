// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.vavr.control.Either;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What surrounds every observed oms call: the MDC keys {@value #MDC_ORDER_ID}, {@value #MDC_COMMAND} and
 * {@value #MDC_IDEMPOTENCY_KEY} (restored to what they were afterwards), an observation named
 * {@value #OBSERVATION} with the low-cardinality keys {@code command} and {@code outcome}, the counter
 * {@value #COMMANDS} by command and outcome ({@code accepted}, {@code rejected}, {@code failed}) and the
 * counter {@value #REJECTIONS} by command and stable rejection code, once per code a rejection names.
 * Logs name the order, the command, the key and the codes: never addresses, names, card data or messages.
 */
public final class CommandScope {
    /** The MDC key of the order's id. */
    public static final String MDC_ORDER_ID = "oms.orderId";
    /** The MDC key of the command's or query's name. */
    public static final String MDC_COMMAND = "oms.command";
    /** The MDC key of the command's idempotency key. */
    public static final String MDC_IDEMPOTENCY_KEY = "oms.idempotencyKey";
    /** The observation's name. */
    public static final String OBSERVATION = "oms.command";
    /** The counter of commands by command and outcome. */
    public static final String COMMANDS = "oms.commands";
    /** The counter of rejections by command and stable rejection code. */
    public static final String REJECTIONS = "oms.command.rejections";
    private static final Logger LOG = LoggerFactory.getLogger(CommandScope.class);

    private final MeterRegistry meters;
    private final ObservationRegistry observations;

    /**
     * A scope that counts into {@code meters} and observes into {@code observations}.
     *
     * @param meters where the counters are registered
     * @param observations where the observations are recorded
     */
    public CommandScope(MeterRegistry meters, ObservationRegistry observations) {
        this.meters = meters;
        this.observations = observations;
    }

    /**
     * Runs a command: MDC, observation, counters, one log line at debug (accepted) or info (rejected). A
     * failure is counted as {@code failed}, logged at warn by exception class only and rethrown.
     *
     * @param <T> what the command answers when accepted
     * @param command the command's name, the {@code command} tag
     * @param orderId the order the command is about, or {@code null} when there is none yet
     * @param idempotencyKey the command's idempotency key, or {@code null} when it has none
     * @param call the command itself
     * @return what {@code call} answered, unchanged
     */
    public <T> Either<Rejection, T> run(String command, String orderId, String idempotencyKey,
            Supplier<Either<Rejection, T>> call) {
        Map<String, String> before = MDC.getCopyOfContextMap();
        Observation observation = Observation.createNotStarted(OBSERVATION, observations)
                .contextualName("oms " + command)
                .lowCardinalityKeyValue("command", command);
        if (orderId != null && !orderId.isEmpty()) {
            observation.highCardinalityKeyValue("order.id", orderId); // a key value may not be null
        }
        observation.start();
        Observation.Scope scope = observation.openScope();
        try {
            putIfGiven(MDC_ORDER_ID, orderId);
            MDC.put(MDC_COMMAND, command);
            putIfGiven(MDC_IDEMPOTENCY_KEY, idempotencyKey);
            Either<Rejection, T> answer = call.get();
            if (answer.isLeft()) {
                Set<ProblemCode> codes = new LinkedHashSet<>(answer.getLeft().codes().toJavaList());
                observation.lowCardinalityKeyValue("outcome", "rejected");
                count(command, "rejected");
                codes.forEach(code -> Counter.builder(REJECTIONS).description("Rejected oms commands by stable rejection code")
                        .tag("command", command).tag("code", code.name()).register(meters).increment());
                LOG.info("oms {} rejected: {}", command, codes);
            } else {
                observation.lowCardinalityKeyValue("outcome", "accepted");
                count(command, "accepted");
                LOG.debug("oms {} accepted", command);
            }
            return answer;
        } catch (RuntimeException | Error e) {
            observation.lowCardinalityKeyValue("outcome", "failed");
            observation.error(e);
            count(command, "failed");
            LOG.warn("oms {} failed: {}", command, e.getClass().getSimpleName());
            throw e;
        } finally {
            scope.close();
            observation.stop();
            restore(before);
        }
    }

    /**
     * Runs a query with the MDC set; queries are not counted as commands.
     *
     * @param <T> what the query answers
     * @param query the query's name, put under {@value #MDC_COMMAND}
     * @param orderId the order the query is about, or {@code null}
     * @param call the query itself
     * @return what {@code call} answered
     */
    public <T> T query(String query, String orderId, Supplier<T> call) {
        Map<String, String> before = MDC.getCopyOfContextMap();
        try {
            putIfGiven(MDC_ORDER_ID, orderId);
            MDC.put(MDC_COMMAND, query);
            return call.get();
        } finally {
            restore(before);
        }
    }

    private void count(String command, String outcome) {
        Counter.builder(COMMANDS).description("oms commands by outcome")
                .tag("command", command).tag("outcome", outcome).register(meters).increment();
    }

    private static void putIfGiven(String key, String value) {
        if (value != null && !value.isEmpty()) {
            MDC.put(key, value);
        } else {
            MDC.remove(key);
        }
    }

    private static void restore(Map<String, String> before) {
        if (before == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(before);
        }
    }
}
