// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the oms auto-configuration, under the prefix {@code oms}. */
@ConfigurationProperties(prefix = "oms")
public class OmsProperties {
    /** How many orders' evolved state the facade keeps between loads; 0 keeps none. */
    private int evolvedOrdersKept = 4_096;
    private final Outbox outbox = new Outbox();
    private final Holds holds = new Holds();
    private final Recovery recovery = new Recovery();
    private final Postgres postgres = new Postgres();
    private final Metrics metrics = new Metrics();
    private final Health health = new Health();

    /** {@return how many orders' evolved state the facade keeps between loads; 0 keeps none} */
    public int getEvolvedOrdersKept() {
        return evolvedOrdersKept;
    }

    /**
     * Sets how many orders' evolved state the facade keeps between loads.
     *
     * @param evolvedOrdersKept the number of orders; 0 keeps none
     */
    public void setEvolvedOrdersKept(int evolvedOrdersKept) {
        this.evolvedOrdersKept = evolvedOrdersKept;
    }

    /** {@return the outbox relay's settings} */
    public Outbox getOutbox() {
        return outbox;
    }

    /** {@return the settings of checkout holds' expiry} */
    public Holds getHolds() {
        return holds;
    }

    /** {@return the settings of recovery at start-up} */
    public Recovery getRecovery() {
        return recovery;
    }

    /** {@return the settings of the PostgreSQL stores} */
    public Postgres getPostgres() {
        return postgres;
    }

    /** {@return the settings of the Micrometer metrics} */
    public Metrics getMetrics() {
        return metrics;
    }

    /** {@return the thresholds of the health indicator} */
    public Health getHealth() {
        return health;
    }

    /** The outbox relay: publishes stored order events as Spring application events (PostgreSQL stores only). */
    public static class Outbox {
        /** Whether the relay runs on a schedule. */
        private boolean enabled = true;
        /** Pause between two relay runs. */
        private Duration interval = Duration.ofSeconds(1);
        /** Events per relay transaction. */
        private int batchSize = 100;

        /** {@return whether the relay runs on a schedule} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the relay runs on a schedule.
         *
         * @param enabled whether it runs
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the pause between two relay runs} */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets the pause between two relay runs.
         *
         * @param interval the pause; positive
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** {@return the events per relay transaction} */
        public int getBatchSize() {
            return batchSize;
        }

        /**
         * Sets the events per relay transaction.
         *
         * @param batchSize the number of events
         */
        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    /** Expiry of checkout holds. */
    public static class Holds {
        /** Whether expired checkout holds are released on a schedule. */
        private boolean expiryEnabled = true;
        /** Pause between two expiry runs. */
        private Duration expiryInterval = Duration.ofSeconds(30);

        /** {@return whether expired checkout holds are released on a schedule} */
        public boolean isExpiryEnabled() {
            return expiryEnabled;
        }

        /**
         * Sets whether expired checkout holds are released on a schedule.
         *
         * @param expiryEnabled whether they are
         */
        public void setExpiryEnabled(boolean expiryEnabled) {
            this.expiryEnabled = expiryEnabled;
        }

        /** {@return the pause between two expiry runs} */
        public Duration getExpiryInterval() {
            return expiryInterval;
        }

        /**
         * Sets the pause between two expiry runs.
         *
         * @param expiryInterval the pause; positive
         */
        public void setExpiryInterval(Duration expiryInterval) {
            this.expiryInterval = expiryInterval;
        }
    }

    /** Recovery after a crash or an outage. */
    public static class Recovery {
        /** Whether recovery().resumeAll() runs once when the application starts. */
        private boolean onStartup = true;

        /** {@return whether {@code recovery().resumeAll()} runs once when the application starts} */
        public boolean isOnStartup() {
            return onStartup;
        }

        /**
         * Sets whether {@code recovery().resumeAll()} runs once when the application starts.
         *
         * @param onStartup whether it runs
         */
        public void setOnStartup(boolean onStartup) {
            this.onStartup = onStartup;
        }
    }

    /** PostgreSQL stores, used when oms-postgres is on the class path and a DataSource bean exists. */
    public static class Postgres {
        /** Whether the PostgreSQL stores are used when a DataSource is present (false keeps the in-memory stores). */
        private boolean enabled = true;
        /** Whether the oms migrations (history table oms_schema_history) run at start-up, after the host's Flyway. */
        private boolean migrate = true;

        /** {@return whether the PostgreSQL stores are used when a DataSource is present} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the PostgreSQL stores are used when a DataSource is present.
         *
         * @param enabled false keeps the in-memory stores
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return whether the oms migrations run at start-up, after the host's Flyway} */
        public boolean isMigrate() {
            return migrate;
        }

        /**
         * Sets whether the oms migrations run at start-up.
         *
         * @param migrate whether they run
         */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** Micrometer metrics. */
    public static class Metrics {
        /** Whether every port call is timed (oms.port.calls), by port, method and outcome. */
        private boolean ports = true;

        /** {@return whether every port call is timed ({@code oms.port.calls})} */
        public boolean isPorts() {
            return ports;
        }

        /**
         * Sets whether every port call is timed.
         *
         * @param ports whether it is
         */
        public void setPorts(boolean ports) {
            this.ports = ports;
        }
    }

    /** Thresholds of the oms health indicator. */
    public static class Health {
        /** Orders owing effects above which oms reports DOWN. */
        private long maxOwingOrders = 1_000;
        /** Age of the oldest undelivered outbox event above which oms reports DOWN. */
        private Duration maxOutboxLag = Duration.ofMinutes(5);

        /** {@return the orders owing effects above which oms reports DOWN} */
        public long getMaxOwingOrders() {
            return maxOwingOrders;
        }

        /**
         * Sets the orders owing effects above which oms reports DOWN.
         *
         * @param maxOwingOrders the number of orders
         */
        public void setMaxOwingOrders(long maxOwingOrders) {
            this.maxOwingOrders = maxOwingOrders;
        }

        /** {@return the age of the oldest undelivered outbox event above which oms reports DOWN} */
        public Duration getMaxOutboxLag() {
            return maxOutboxLag;
        }

        /**
         * Sets the age of the oldest undelivered outbox event above which oms reports DOWN.
         *
         * @param maxOutboxLag the age
         */
        public void setMaxOutboxLag(Duration maxOutboxLag) {
            this.maxOutboxLag = maxOutboxLag;
        }
    }
}
