// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.value.Require;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Entry point for a host: brings the oms tables up to date in the database behind a {@code DataSource}.
 *
 * <p>The migrations live in {@code classpath:db/oms} with their own history table,
 * {@code oms_schema_history}, so they never mix with the host's own Flyway migrations in the same
 * schema.
 */
public final class OmsPostgres {
    /** Where the migrations are, for a host that runs Flyway itself. */
    public static final String MIGRATIONS = "classpath:db/oms";
    /** The Flyway history table of the oms migrations. */
    public static final String HISTORY_TABLE = "oms_schema_history";

    private OmsPostgres() {}

    /**
     * Applies every oms migration not yet applied; safe to call at every start-up, from several instances.
     *
     * @param dataSource the host's connection pool; its user must be allowed to create tables
     * @throws org.flywaydb.core.api.FlywayException when a migration fails
     */
    public static void migrate(DataSource dataSource) {
        Require.nonNull(dataSource, "dataSource");
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                // A host schema that already has tables of its own is fine: start the oms history at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
