// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.FulfilmentEvent;

import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/**
 * The order state machine under random command sequences on the in-memory default, with flaky payment
 * and notification ports: design §4 invariants 1 (conservation), 2 (no oversell, every reservation
 * accounted for), 5 (money), 6 (only legal transitions; a rejected command stores and sends nothing) and 7
 * (idempotency: replayed keys and re-placed channel orders change nothing) hold after every step,
 * re-routing away from a location included. How many histories: {@code jqwik.tries.default}; how long:
 * {@link ChainLength}. A run fails when too few of its histories ship, deliver, cancel packed units or
 * move units away from a location.
 */
class OrderStateMachineProperties {

    @Property
    void everyCommandSequenceKeepsTheInvariants(@ForAll("commandSequences") ActionChain<World> chain) {
        World world = chain.withInvariant("conservation", WorldInvariants::conservation)
                .withInvariant("stock accounted for", WorldInvariants::stockAccountedFor)
                .withInvariant("shipments match buckets", WorldInvariants::shipmentsMatchBuckets)
                .withInvariant("money", WorldInvariants::money)
                .withInvariant("notifications once", WorldInvariants::notificationsOnce)
                .run();
        Coverage.of(world.adapters.orders(), world.orders)
                .require("ships a package", Coverage.event(FulfilmentEvent.PackageShipped.class), 20)
                .require("delivers a package", Coverage.event(FulfilmentEvent.PackageDelivered.class), 5)
                .require("cancels packed units", Coverage.together(FulfilmentEvent.PackageOpened.class, CancellationEvent.UnitsCancelled.class), 1.5)
                .require("moves units away from a location", Coverage.event(AllocationEvent.UnitsDeallocated.class), 4);
        // A refused label stores nothing, so it is counted from the answers, not from the events.
        Statistics.label("a carrier refuses a label").collect(world.carrierRefusals > 0 ? "yes" : "no");
        Statistics.label("a carrier refuses a label").coverage(check -> check.check("yes").percentage(p -> p >= 2));
    }

    @Provide
    Arbitrary<ActionChain<World>> commandSequences() {
        return ActionChain.startWith(World::new)
                .withAction(5, new OrderActions.Place())
                .withAction(3, new OrderActions.CreatePickLists())
                .withAction(4, new OrderActions.ConfirmPicked())
                .withAction(5, new OrderActions.Pack())
                .withAction(4, new OrderActions.Ship())
                .withAction(2, new OrderActions.Deliver())
                .withAction(2, new OrderActions.Misdirect())
                .withAction(2, new OrderActions.Cancel())
                .withAction(1, new OrderActions.RetryPayment())
                .withAction(1, new OrderActions.Allocate())
                .withAction(2, new OrderActions.Reroute())
                .withAction(1, new OrderActions.Outage())
                .withAction(1, new OrderActions.Recover())
                .withAction(1, new OrderActions.Replay())
                .withMaxTransformations(ChainLength.orDefault(30));
    }
}
