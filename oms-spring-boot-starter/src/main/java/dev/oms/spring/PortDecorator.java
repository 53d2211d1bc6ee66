// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import io.micrometer.core.instrument.MeterRegistry;

/** Puts {@link MeteredPorts} around each port when there is a registry; hands a missing port (null) through. */
final class PortDecorator {
    private final MeterRegistry registry;

    PortDecorator(MeterRegistry registry) {
        this.registry = registry;
    }

    <T> T port(Class<T> type, T port) {
        return port == null || registry == null ? port : MeteredPorts.decorate(type, port, registry);
    }
}
