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

    public int getEvolvedOrdersKept() {
        return evolvedOrdersKept;
    }

    public void setEvolvedOrdersKept(int evolvedOrdersKept) {
        this.evolvedOrdersKept = evolvedOrdersKept;
    }

    public Outbox getOutbox() {
        return outbox;
    }

    public Holds getHolds() {
        return holds;
    }

    public Recovery getRecovery() {
        return recovery;
    }

    public Postgres getPostgres() {
        return postgres;
    }

    public Metrics getMetrics() {
        return metrics;
    }

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

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public int getBatchSize() {
            return batchSize;
        }

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

        public boolean isExpiryEnabled() {
            return expiryEnabled;
        }

        public void setExpiryEnabled(boolean expiryEnabled) {
            this.expiryEnabled = expiryEnabled;
        }

        public Duration getExpiryInterval() {
            return expiryInterval;
        }

        public void setExpiryInterval(Duration expiryInterval) {
            this.expiryInterval = expiryInterval;
        }
    }

    /** Recovery after a crash or an outage. */
    public static class Recovery {
        /** Whether recovery().resumeAll() runs once when the application starts. */
        private boolean onStartup = true;

        public boolean isOnStartup() {
            return onStartup;
        }

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

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** Micrometer metrics. */
    public static class Metrics {
        /** Whether every port call is timed (oms.port.calls), by port, method and outcome. */
        private boolean ports = true;

        public boolean isPorts() {
            return ports;
        }

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

        public long getMaxOwingOrders() {
            return maxOwingOrders;
        }

        public void setMaxOwingOrders(long maxOwingOrders) {
            this.maxOwingOrders = maxOwingOrders;
        }

        public Duration getMaxOutboxLag() {
            return maxOutboxLag;
        }

        public void setMaxOutboxLag(Duration maxOutboxLag) {
            this.maxOutboxLag = maxOutboxLag;
        }
    }
}
