// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.backinstock.BackInStockPolicy;
import dev.oms.spi.subscription.BackInStockAlertSender;
import dev.oms.spi.subscription.BackInStockSubscriptions;
import dev.oms.spi.value.Require;

/**
 * Back-in-stock subscriptions for {@link OrderManagement#subscriptions()}: where they are stored, how their alerts
 * are sent, and how many waiting customers a unit that came back is worth. Given to
 * {@link OrderManagementBuilder#backInStock}; without it the facade keeps no subscriptions and tells nobody.
 *
 * @param subscriptions stores subscriptions and who was told (oms-postgres's {@code PostgresBackInStockSubscriptions}
 *     in production)
 * @param alerts delivers the alerts
 * @param policy how many waiting customers to tell when units come back
 */
public record BackInStock(BackInStockSubscriptions subscriptions, BackInStockAlertSender alerts, BackInStockPolicy policy) {
    /** Checks the components.
     * @param subscriptions the subscription store
     * @param alerts the alert sender
     * @param policy how many to tell */
    public BackInStock {
        Require.nonNull(subscriptions, "subscriptions");
        Require.nonNull(alerts, "alerts");
        Require.nonNull(policy, "policy");
    }

    /**
     * {@return subscriptions in the host's store, alerts through its sender, one customer told per unit back}
     *
     * @param subscriptions the subscription store
     * @param alerts the alert sender
     */
    public static BackInStock of(BackInStockSubscriptions subscriptions, BackInStockAlertSender alerts) {
        return new BackInStock(subscriptions, alerts, BackInStockPolicy.oneCustomerPerUnit());
    }

    /**
     * {@return these settings, telling as many customers as the policy says}
     *
     * @param policy how many waiting customers to tell when units come back
     */
    public BackInStock telling(BackInStockPolicy policy) {
        return new BackInStock(subscriptions, alerts, policy);
    }
}
