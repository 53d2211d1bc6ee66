// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description springdoc generates from {@link OrdersController}. */
@Configuration(proxyBeanMethods = false)
class ShopApi {

    @Bean
    OpenAPI shopOpenApi() {
        return new OpenAPI().info(new Info().title("oms sample shop").version("0.1.0-SNAPSHOT")
                .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0"))
                .description("Checkout, lookup, cancellation, payment retry and fulfilment of orders on oms, and stock adjustments. Requests that "
                        + "create something carry an Idempotency-Key header. Errors are RFC 9457 problem details; an oms "
                        + "rejection (type " + ShopProblems.REJECTED + ") lists the stable code of every problem in `codes` "
                        + "and each problem (code, path, message) in `problems`."));
    }
}
