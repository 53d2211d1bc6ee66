// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.positive;

import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Facts of order edits: a change-set the host previewed and confirmed before the order's units were fulfilled. An edit
 * is recorded in one commit with everything it brings about: the units it takes off as {@link CancellationEvent.UnitsCancelled},
 * the lines it adds here, their allocation, and the authorisation of the difference when more money is owed.
 */
public sealed interface EditEvent extends OrderEvent {

    /** {@return the edit's number on its order: 1 for the first confirmed} */
    int edit();

    /**
     * A change-set was confirmed: the lines it adds join the order (their units start pending, to be allocated in the
     * same commit), the order ships to the new address and is charged the new shipping, if it names them. The units it takes off are listed for the
     * record; their {@link CancellationEvent.UnitsCancelled} events, recorded before this one, move them.
     *
     * @param edit the edit's number on the order, from 1
     * @param added the lines added, numbered after the order's last line, priced by the pricing port; may be empty
     * @param removed the units taken off, per line; may be empty
     * @param shipTo the address the order ships to from now on, if the edit changes it
     * @param shipping the shipping charge from now on, for the service the edit changes to, as the pricing port priced it
     * @param editedAt when the edit was confirmed
     */
    record OrderEdited(int edit, List<PlacementEvent.PlacedLine> added, List<PackageItem> removed, Optional<Address> shipTo,
            Optional<ShippingCharge> shipping, Instant editedAt)
            implements EditEvent {
        /** Checks the event and copies the lines.
         * @param edit the edit's number, from 1
         * @param added the lines added
         * @param removed the units taken off
         * @param shipTo the new address, if any
         * @param shipping the new shipping charge, if any
         * @param editedAt when it was confirmed */
        public OrderEdited {
            positive(edit, "edit");
            added = List.copyOf(Require.nonNull(added, "added"));
            removed = List.copyOf(Require.nonNull(removed, "removed"));
            Require.nonNull(shipTo, "shipTo");
            Require.nonNull(shipping, "shipping");
            Require.nonNull(editedAt, "editedAt");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
