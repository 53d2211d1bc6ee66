// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.edit;

import dev.oms.core.command.Fingerprint;
import dev.oms.core.placement.LineRequest;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.util.List;
import java.util.Optional;

/**
 * What an edit changes on an order before its units are fulfilled. A quantity is raised by adding a line for the extra
 * units (priced as any added line) and lowered by taking units off; a line is removed by taking off all its units.
 *
 * @param add the lines to add, each a SKU, a quantity and the unit price offered, as at placement
 * @param remove the units to take off, per existing line
 * @param shipTo the address the order ships to from now on, if it changes
 * @param shippingService the shipping service the order is charged for from now on, if it changes: the pricing port
 *     prices its charge for the order as edited
 * @param reason why, as the host words it; recorded with the units taken off
 */
public record ChangeSet(List<LineRequest> add, List<PackageItem> remove, Optional<Address> shipTo,
        Optional<String> shippingService, String reason) {
    /**
     * Copies the lists and refuses nulls and a blank reason.
     *
     * @param add the lines to add
     * @param remove the units to take off
     * @param shipTo the new address, if any
     * @param shippingService the new shipping service, if any
     * @param reason why
     */
    public ChangeSet {
        add = List.copyOf(Require.nonNull(add, "add"));
        remove = List.copyOf(Require.nonNull(remove, "remove"));
        Require.nonNull(shipTo, "shipTo");
        Require.nonNull(shippingService, "shippingService");
        Require.nonBlank(reason, "reason");
    }

    /**
     * A change-set that keeps the shipping service.
     *
     * @param add the lines to add
     * @param remove the units to take off
     * @param shipTo the new address, if any
     * @param reason why
     */
    public ChangeSet(List<LineRequest> add, List<PackageItem> remove, Optional<Address> shipTo, String reason) {
        this(add, remove, shipTo, Optional.empty(), reason);
    }

    /** {@return the digest of what the host asked ({@link Fingerprint}): the same change-set again is a replay} */
    public String fingerprint() {
        return Fingerprint.of(add, remove, shipTo, shippingService, reason);
    }

    /** {@return whether the change-set changes nothing at all} */
    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty() && shipTo.isEmpty() && shippingService.isEmpty();
    }
}
