// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the host itself wrote down while trading, independently of oms: what it sent, what came back
 * rejected, what it asked to cancel. The audit checks oms's books against these notes.
 */
final class HostLedger {
    private int submitted;
    private int rejected;
    private final SortedMap<ProblemCode, Integer> problems = new TreeMap<>();
    private long unitsAccepted;
    private long unitsCancelRequested;
    private int declined;
    private int retried;
    private int heldForReview;
    private int releasedAfterReview;
    private int rejectedInReview;
    private int cancelledWhileHeld;
    private final Set<OrderId> cashOnDelivery = new TreeSet<>();
    private final SortedMap<String, Long> received = new TreeMap<>();
    private final SortedMap<String, Long> receivedForPurchases = new TreeMap<>();
    private final SortedMap<String, Long> adjusted = new TreeMap<>();
    private final SortedMap<String, Long> restocked = new TreeMap<>();
    private SimulationReport.ReturnTally returns;
    private int creditedReceipts;
    private SimulationReport.ExchangeTally exchanges;
    private SimulationReport.Count count;
    private SimulationReport.Marketplace marketplace;

    void submitted() {
        submitted++;
    }

    void rejected(List<ProblemCode> codes) {
        rejected++;
        codes.forEach(code -> problems.merge(code, 1, Integer::sum));
    }

    void accepted(OrderId id, long units, boolean payingCashOnDelivery) {
        unitsAccepted += units;
        if (payingCashOnDelivery) {
            cashOnDelivery.add(id);
        }
    }

    /** Units an exchange added to an accepted order: its replacements. */
    void replacementsOrdered(long units) {
        unitsAccepted += units;
    }

    void declined(boolean retriedWithAnotherCard) {
        declined++;
        retried += retriedWithAnotherCard ? 1 : 0;
    }

    void heldForReview() {
        heldForReview++;
    }

    void reviewed(boolean released) {
        if (released) {
            releasedAfterReview++;
        } else {
            rejectedInReview++;
        }
    }

    void cancelledWhileHeld() {
        cancelledWhileHeld++;
    }

    int cancelledWhileHeldOrders() {
        return cancelledWhileHeld;
    }

    int heldForReviewOrders() {
        return heldForReview;
    }

    int releasedAfterReview() {
        return releasedAfterReview;
    }

    int rejectedInReview() {
        return rejectedInReview;
    }

    void cancelRequested(long units) {
        unitsCancelRequested += units;
    }

    /** Goods the host booked in at a warehouse, for stock or against a supplier purchase. */
    void received(Sku sku, LocationId warehouse, long units) {
        received.merge(stockKey(sku, warehouse), units, Long::sum);
    }

    /** Goods the host booked in against a supplier purchase: ring-fenced for the order that bought them. */
    void receivedForPurchase(Sku sku, LocationId warehouse, long units) {
        received(sku, warehouse, units);
        receivedForPurchases.merge(stockKey(sku, warehouse), units, Long::sum);
    }

    long receivedForPurchases(Sku sku, LocationId warehouse) {
        return receivedForPurchases.getOrDefault(stockKey(sku, warehouse), 0L);
    }

    /** Units a stock count took off the books (negative) or found (positive) at a warehouse. */
    void adjusted(Sku sku, LocationId warehouse, long units) {
        adjusted.merge(stockKey(sku, warehouse), units, Long::sum);
    }

    long adjusted(Sku sku, LocationId warehouse) {
        return adjusted.getOrDefault(stockKey(sku, warehouse), 0L);
    }

    /** Returned units the host received at a warehouse as sellable again ({@code RESTOCK}). */
    void restocked(Sku sku, LocationId warehouse, long units) {
        restocked.merge(stockKey(sku, warehouse), units, Long::sum);
    }

    long restocked(Sku sku, LocationId warehouse) {
        return restocked.getOrDefault(stockKey(sku, warehouse), 0L);
    }

    /** What the returns desk asked oms for, and the receipts it paid back as store credit. */
    void returns(SimulationReport.ReturnTally tally, int credited) {
        returns = tally;
        creditedReceipts = credited;
    }

    SimulationReport.ReturnTally returns() {
        return returns;
    }

    int creditedReceipts() {
        return creditedReceipts;
    }

    /** What the returns desk's exchanges noted. */
    void exchanges(SimulationReport.ExchangeTally tally) {
        exchanges = tally;
    }

    SimulationReport.ExchangeTally exchanges() {
        return exchanges;
    }

    void counted(SimulationReport.Count outcome) {
        count = outcome;
    }

    SimulationReport.Count count() {
        return count;
    }

    void marketplace(SimulationReport.Marketplace outcome) {
        marketplace = outcome;
    }

    SimulationReport.Marketplace marketplace() {
        return marketplace;
    }

    long received(Sku sku, LocationId warehouse) {
        return received.getOrDefault(stockKey(sku, warehouse), 0L);
    }

    int submittedOrders() {
        return submitted;
    }

    int rejectedOrders() {
        return rejected;
    }

    SortedMap<ProblemCode, Integer> problems() {
        return Collections.unmodifiableSortedMap(problems);
    }

    long unitsAccepted() {
        return unitsAccepted;
    }

    long unitsCancelRequested() {
        return unitsCancelRequested;
    }

    int declinedCards() {
        return declined;
    }

    int retriedCards() {
        return retried;
    }

    boolean paysCashOnDelivery(OrderId id) {
        return cashOnDelivery.contains(id);
    }

    int cashOnDeliveryOrders() {
        return cashOnDelivery.size();
    }

    private static String stockKey(Sku sku, LocationId warehouse) {
        return sku + "@" + warehouse;
    }
}
