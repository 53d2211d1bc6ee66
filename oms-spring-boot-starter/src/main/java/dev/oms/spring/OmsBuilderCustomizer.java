// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.OrderManagementBuilder;

/**
 * A host bean that adjusts the facade's builder after the auto-configuration set the ports and the
 * policies it found as beans (for example {@code holdRouting}, which has no bean of its own). Customizers
 * run in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface OmsBuilderCustomizer {
    /**
     * Adjusts the builder before the facade is built.
     *
     * @param builder the facade's builder, its ports and policies already set
     */
    void customize(OrderManagementBuilder builder);
}
