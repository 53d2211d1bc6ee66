// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop on oms: checkout, lookup, cancellation and the warehouse's pick, pack, ship and deliver over
 * HTTP ({@link OrdersController}), with oms wired by oms-spring-boot-starter on PostgreSQL. Without a
 * {@code spring.datasource.url} it starts an embedded PostgreSQL of its own ({@link EmbeddedDatabase}).
 */
@SpringBootApplication
public class SampleShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleShopApplication.class, args);
    }
}
