package dev.oms.examples;

import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.value.OrderId;
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
    private final Set<OrderId> cashOnDelivery = new TreeSet<>();

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

    void declined(boolean retriedWithAnotherCard) {
        declined++;
        retried += retriedWithAnotherCard ? 1 : 0;
    }

    void cancelRequested(long units) {
        unitsCancelRequested += units;
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
}
