// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * Times every call oms makes to a port: the timer {@code oms.port.calls}, tagged with the port (its
 * interface's simple name), the method and the outcome ({@code success}, or {@code failure} with the
 * exception's simple name). A failure is rethrown unchanged; arguments and answers are never recorded.
 */
public final class MeteredPorts {
    /** The timer's name. */
    public static final String PORT_CALLS = "oms.port.calls";

    private MeteredPorts() {}

    /**
     * Wraps a port in a proxy that times each call.
     *
     * @param <T> the port's interface
     * @param type the port's interface, whose simple name tags the timer
     * @param port the host's port
     * @param registry where the timer is registered
     * @return {@code port} behind a proxy of {@code type} that times each call into {@code registry}
     */
    public static <T> T decorate(Class<T> type, T port, MeterRegistry registry) {
        Objects.requireNonNull(port, type.getSimpleName());
        InvocationHandler handler = new Timing(type.getSimpleName(), port, registry);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private record Timing(String portName, Object target, MeterRegistry registry) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "metered " + target;
                };
            }
            long started = System.nanoTime();
            String outcome = "success";
            String exception = "none";
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                outcome = "failure";
                exception = e.getCause().getClass().getSimpleName();
                throw e.getCause();
            } finally {
                Timer.builder(PORT_CALLS)
                        .description("Calls oms made to a port")
                        .tag("port", portName).tag("method", method.getName())
                        .tag("outcome", outcome).tag("exception", exception)
                        .register(registry)
                        .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        }
    }
}
