// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.availability.AvailableToPromise;
import dev.oms.core.backinstock.BackInStockPolicy;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.subscription.BackInStockAlert;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells waiting subscribers that a SKU is back, after the waiting orders took their share. The store marks who is
 * told, once per event, before any alert is sent; an alert whose sending failed or was cut short by a crash stays
 * owed, and {@link #sendOwed()} (run by {@link Recovery#resumeAll()}) sends it again under the same key.
 */
final class BackInStockAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(BackInStockAlerts.class);
    /** Owed alerts read per page by recovery. */
    private static final int PAGE_SIZE = 200;

    private final Ports ports;
    private final Option<BackInStock> configured;
    private final AvailabilityDesk availability;

    BackInStockAlerts(Ports ports, Option<BackInStock> configured, AvailabilityDesk availability) {
        this.ports = ports;
        this.configured = configured;
        this.availability = availability;
    }

    /** The settings, when the host gave them. */
    Option<BackInStock> configured() {
        return configured;
    }

    /**
     * {@return the units of the SKU that can be promised to a new order now}: the stock shown to it, after what the
     * waiting orders are owed; unbounded for an untracked SKU
     *
     * @param sku the SKU
     */
    long promisable(Sku sku) {
        AvailableToPromise atp = availability.of(sku, Option.none());
        return atp.unlimited() ? Long.MAX_VALUE : atp.total();
    }

    /**
     * Tells the SKU's oldest waiting subscribers that it is back, as many as the policy says for the units the event
     * brought back and what can be promised now. Call it after the waiting orders were filled. Costs one indexed probe
     * when nobody waits; an event key that told before tells nobody more.
     *
     * @param sku the SKU
     * @param unitsBack the units the event brought back or freed
     * @param eventKey names the event, the same on every replay of it ({@link BackInStockKeys})
     */
    void unitsBack(Sku sku, long unitsBack, String eventKey) {
        if (configured.isEmpty() || unitsBack <= 0 || !configured.get().subscriptions().anyWaiting(sku)) {
            return;
        }
        BackInStock settings = configured.get();
        long toTell = BackInStockPolicy.toTell(settings.policy(), sku, unitsBack, promisable(sku));
        if (toTell == 0) {
            return;
        }
        List<BackInStockSubscription> told = settings.subscriptions().tell(eventKey, sku, toTell,
                ports.clock().instant());
        LOG.info("{} back: {} units, {} subscribers told", sku, unitsBack, told.size());
        told.forEach(this::send);
    }

    /** {@link #unitsBack(Sku, long, String)} for each SKU of these units, given back together by one event. */
    void unitsBack(List<StockMovement> units, String eventKey) {
        io.vavr.collection.List.ofAll(units).groupBy(StockMovement::sku)
                .forEach((sku, movements) -> unitsBack(sku, movements.map(StockMovement::quantity).sum().longValue(), eventKey));
    }

    /** Sends every alert still owed, oldest first; those that fail again stay owed. {@return how many were sent} */
    int sendOwed() {
        if (configured.isEmpty()) {
            return 0;
        }
        int sent = 0;
        // Keyset pages: an alert that fails again stays owed behind the cursor, for the next run, and is not read again.
        List<BackInStockSubscription> owed = configured.get().subscriptions().owedAlerts(0, PAGE_SIZE);
        while (!owed.isEmpty()) {
            for (BackInStockSubscription subscription : owed) {
                sent += send(subscription) ? 1 : 0;
            }
            owed = configured.get().subscriptions().owedAlerts(owed.get(owed.size() - 1).number(), PAGE_SIZE);
        }
        return sent;
    }

    /** Sends the subscription's alert and records it sent; a failure leaves it owed. {@return whether it was sent} */
    private boolean send(BackInStockSubscription subscription) {
        BackInStock settings = configured.get();
        try {
            settings.alerts().send(new BackInStockAlert(BackInStockKeys.alert(subscription), subscription.sku(), subscription.customer(),
                    subscription.subscribedAt()));
        } catch (RuntimeException failure) {
            LOG.warn("back-in-stock alert {} not sent, stays owed: {}", BackInStockKeys.alert(subscription), failure.toString());
            return false;
        }
        settings.subscriptions().alertSent(subscription.number());
        return true;
    }
}
