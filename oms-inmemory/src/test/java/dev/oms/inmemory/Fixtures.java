// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;

/** Values the adapter tests share. */
final class Fixtures {
    static final Sku CONSOLE = Sku.of("CONSOLE-X");
    static final LocationId WAREHOUSE = LocationId.of("WH-1");

    private Fixtures() {}

    static Address address() {
        return Address.builder()
                .recipient("Ada Lovelace")
                .addLines("1 Analytical Way")
                .city("London")
                .postalCode("N1 1AA")
                .countryCode("GB")
                .build();
    }
}
