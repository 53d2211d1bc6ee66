// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pickup;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.pickup.PickupShop.STORE;
import static dev.oms.core.pickup.PickupShop.collected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.MoveRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Pickup;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * A pickup order without transfer is served at its store only, also by the decisions that place units outside the
 * allocation policy: where its units wait for stock, and where a warehouse may move them.
 */
class PickupServedAtItsStoreTest {
    private static final LineId L1 = LineId.of("L1");

    @Test
    void itsAllocatedUnitsCannotBeMovedToTheWarehouseButATransferOrdersCan() {
        PickupShop shop = new PickupShop().stock("LAMP", 5, 4);
        Order storeOnly = shop.oms.orders().place(collected("CC-1", Pickup.atStore(STORE), line("LAMP", 2, "EUR 30.00"))).get();
        Order transfer = shop.oms.orders().place(collected("CC-2", Pickup.withTransfer(STORE), line("LAMP", 2, "EUR 30.00"))).get();

        assertThat(shop.oms.warehouse().moveAllocation(storeOnly.id(), MoveRequest.everything("move-1", EAST)).getLeft().codes())
                .containsExactly(ProblemCode.LOCATION_CANNOT_SERVE);
        Order moved = shop.oms.warehouse().moveAllocation(transfer.id(), MoveRequest.everything("move-2", EAST)).get();

        assertThat(shop.oms.queries().find(storeOnly.id()).get().line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(2);
        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
    }

    @Test
    void itsUnitsWaitAtItsStoreWhateverTheWarehouseTermsPromise() {
        BackorderPolicy everywhere = BackorderPolicy.perLocation((sku, location, channel) -> Option.some(location.equals(EAST)
                ? BackorderTerms.allowedWithoutLimit().expectedOn(java.time.LocalDate.parse("2026-04-01"))
                : BackorderTerms.allowedWithoutLimit().expectedOn(java.time.LocalDate.parse("2026-05-01"))));
        PickupShop shop = new PickupShop(everywhere).stock("LAMP", 0, 0);

        Order storeOnly = shop.oms.orders().place(collected("CC-1", Pickup.atStore(STORE), line("LAMP", 2, "EUR 30.00"))).get();
        Order parcel = shop.oms.orders().place(collected("CC-2", Pickup.withTransfer(STORE), line("LAMP", 2, "EUR 30.00"))).get();

        assertThat(WaitingUnits.waitsAt(storeOnly, L1)).as("the warehouse expects stock sooner, but cannot serve it").contains(STORE);
        assertThat(WaitingUnits.waitsAt(parcel, L1)).contains(EAST);
    }
}
