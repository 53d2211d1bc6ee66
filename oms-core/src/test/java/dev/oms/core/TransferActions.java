// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.LocationId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/** Stock of {@link World#ON_SALE} sent between the world's locations, and transfers received, some short. */
final class TransferActions {
    private TransferActions() {}

    /** Sends free units to the other location; a transfer of more than is free there must be refused and change nothing. */
    static final class Send implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Combinators.combine(Arbitraries.of(World.LOCATIONS), Arbitraries.longs().between(1, 4), Arbitraries.integers().between(1, 30))
                    .as((from, units, days) -> Transformer.mutate("send " + units + " from " + from, world -> {
                        LocationId to = World.LOCATIONS.stream().filter(l -> !l.equals(from)).findFirst().get();
                        long free = world.stock(World.ON_SALE, from).available();
                        StockTransfer transfer = new StockTransfer("T-" + (++world.placed), World.ON_SALE, from, to, units,
                                LocalDate.parse("2026-04-01").plusDays(days));
                        boolean sent = world.oms.transfers().send(transfer).isRight();
                        assertThat(sent).as("%s with %s free", transfer, free).isEqualTo(units <= free);
                        if (sent) {
                            world.stockIn.merge(World.key(World.ON_SALE, from), -units, Long::sum);
                        }
                    }));
        }
    }

    /** Receives a transfer in transit, all of it or short; the units waiting at its destination are served first. */
    static final class Receive implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !world.oms.transfers().inTransit(World.ON_SALE).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            List<StockTransfer> inTransit = world.oms.transfers().inTransit(World.ON_SALE);
            return Combinators.combine(Arbitraries.of(inTransit), Arbitraries.longs().between(0, 4))
                    .as((transfer, lost) -> Transformer.mutate("receive " + transfer.transferId(), w -> {
                        Assume.that(w.oms.transfers().inTransit(World.ON_SALE).contains(transfer));
                        long received = Math.max(0, transfer.quantity() - lost);
                        List<WaitingUnits> before = w.queue(World.ON_SALE);
                        w.oms.transfers().receive(World.ON_SALE, transfer.transferId(), received).get();
                        w.stockIn.merge(World.key(World.ON_SALE, transfer.to()), received, Long::sum);
                        w.transferredTo.merge(transfer.to(), transfer.quantity(), Long::sum);
                        WorldInvariants.filledInQueueOrder(w, World.ON_SALE, before, Option.some(transfer.to()));
                    }));
        }
    }
}
