// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.postgres.OmsPostgres;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The oms tables in the host's database, brought up to date when this bean is made (unless
 * {@code oms.postgres.migrate=false}). The PostgreSQL stores depend on it, so nothing reads oms tables
 * before they exist; it depends on the host's database initializers, so it runs after them.
 */
public final class OmsSchema {
    private static final Logger LOG = LoggerFactory.getLogger(OmsSchema.class);

    private final DataSource dataSource;
    private final boolean migrated;

    private OmsSchema(DataSource dataSource, boolean migrated) {
        this.dataSource = dataSource;
        this.migrated = migrated;
    }

    /**
     * Migrates the oms tables when {@code migrate} is set.
     *
     * @param dataSource the host's database
     * @param migrate whether to run the oms migrations now ({@code oms.postgres.migrate})
     * @return the schema, migrated or as found
     */
    public static OmsSchema prepare(DataSource dataSource, boolean migrate) {
        if (migrate) {
            OmsPostgres.migrate(dataSource);
            LOG.info("oms schema migrated ({} in {})", OmsPostgres.HISTORY_TABLE, OmsPostgres.MIGRATIONS);
        }
        return new OmsSchema(dataSource, migrate);
    }

    /** {@return the host's database, where the oms tables are} */
    public DataSource dataSource() {
        return dataSource;
    }

    /** {@return whether this application ran the oms migrations at start-up} */
    public boolean migrated() {
        return migrated;
    }
}
