// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest an inventory key remembers its movements by: equal for equal requests, apart when any field differs. */
class RequestDigestTest {
    private static StockMovement move(String sku, String location, long quantity) {
        return new StockMovement(Sku.of(sku), LocationId.of(location), quantity);
    }

    @Test
    void equalMovementsMadeAfreshGiveEqualDigests() {
        assertThat(RequestDigest.ofMovements(List.of(move("A", "L1", 2), move("B", "L2", 1))))
                .isEqualTo(RequestDigest.ofMovements(List.of(move("A", "L1", 2), move("B", "L2", 1))));
    }

    @Test
    void everyFieldTheOrderAndTheBoundariesBetweenFieldsCount() {
        List<List<StockMovement>> requests = List.of(
                List.of(move("A", "L1", 2)),
                List.of(move("B", "L1", 2)),
                List.of(move("A", "L2", 2)),
                List.of(move("A", "L1", 3)),
                List.of(move("AL", "1", 2)),
                List.of(move("A", "L1", 2), move("A", "L1", 2)),
                List.of(move("A", "L1", 2), move("B", "L1", 1)),
                List.of(move("B", "L1", 1), move("A", "L1", 2)));

        assertThat(requests.stream().map(RequestDigest::ofMovements).distinct()).hasSize(requests.size());
    }
}
