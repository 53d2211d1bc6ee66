// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.core.order.Purchase;
import dev.oms.core.order.PaymentLedger;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.ReleaseId;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.CurrencyUnit;

/**
 * An order whose lines or packages were replaced behind the core's back: the core never builds such a
 * state, so this is how the checkers' tests show they catch one.
 */
final class TamperedOrder extends Order {
    private final Order real;
    private final LinkedHashMap<LineId, Line> lines;
    private final LinkedHashMap<PackageId, OrderPackage> packages;

    private TamperedOrder(Order real, LinkedHashMap<LineId, Line> lines, LinkedHashMap<PackageId, OrderPackage> packages) {
        this.real = real;
        this.lines = lines;
        this.packages = packages;
    }

    static Order withLine(Order real, Line line) {
        return new TamperedOrder(real, real.lines().put(line.id(), line), real.packages());
    }

    static Order withoutPackages(Order real) {
        return new TamperedOrder(real, real.lines(), LinkedHashMap.empty());
    }

    @Override public OrderId id() { return real.id(); }
    @Override public Channel channel() { return real.channel(); }
    @Override public String externalId() { return real.externalId(); }
    @Override public CustomerRef customer() { return real.customer(); }
    @Override public Address shipTo() { return real.shipTo(); }
    @Override public CurrencyUnit currency() { return real.currency(); }
    @Override public Instant placedAt() { return real.placedAt(); }
    @Override public LinkedHashMap<LineId, Line> lines() { return lines; }
    @Override public PaymentLedger payment() { return real.payment(); }
    @Override public LinkedHashMap<LineId, Instant> preorderReleases() { return real.preorderReleases(); }
    @Override public LinkedHashMap<PurchaseId, Purchase> purchases() { return real.purchases(); }
    @Override public LinkedHashMap<ReceiptId, StockMovement> ringFencesOwed() { return real.ringFencesOwed(); }
    @Override public LinkedHashMap<AuthorizationId, Instant> authorizedAt() { return real.authorizedAt(); }
    @Override public Option<List<Reservation>> reservationInFlight() { return real.reservationInFlight(); }
    @Override public int reservationAttempts() { return real.reservationAttempts(); }
    @Override public List<Shortfall> lastShortfalls() { return real.lastShortfalls(); }
    @Override public LinkedHashMap<PickListId, PickList> pickLists() { return real.pickLists(); }
    @Override public LinkedHashMap<PackageId, OrderPackage> packages() { return packages; }
    @Override public LinkedHashMap<ReleaseId, List<StockMovement>> releasesOwed() { return real.releasesOwed(); }
    @Override public HashSet<ReleaseId> cancellationIds() { return real.cancellationIds(); }
    @Override public LinkedHashMap<String, Notification> notificationsOwed() { return real.notificationsOwed(); }
    @Override public HashSet<String> notificationsSent() { return real.notificationsSent(); }
    @Override public HashMap<String, List<OrderEvent>> handledCommands() { return real.handledCommands(); }
    @Override public long version() { return real.version(); }
}
