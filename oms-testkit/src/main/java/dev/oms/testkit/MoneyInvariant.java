// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Authorization;
import dev.oms.core.order.Capture;
import dev.oms.core.order.PaymentLedger;
import dev.oms.core.order.Prepayments;
import dev.oms.core.order.ShipmentVoid;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.PackageId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/** The money invariant of {@link OrderInvariants}: one order's authorisations, captures, prepayments and cash. */
final class MoneyInvariant {
    private MoneyInvariant() {}

    /**
     * Money (invariant 5), as {@link OrderInvariants#money}: every amount is in the order's currency; per authorisation, captured plus voided
     * never exceeds the amount and its captures are the ones the ledger lists; every capture draws on a
     * granted authorisation, is for a shipped package and takes no more than that package is worth once
     * what was prepaid for its units is counted (no unit is charged twice); a prepayment draws on a
     * granted authorisation and is never refunded beyond what it took; cash
     * is collected only for delivered packages, never more than they are worth, and never next to an
     * authorisation.
     */
    static List<String> money(Order order) {
        List<String> violations = new ArrayList<>();
        PaymentLedger ledger = order.payment();
        String at = "order " + order.id();
        Map<AuthorizationId, Money> capturedPerAuthorization = new HashMap<>();
        for (Capture capture : ledger.captures()) {
            currency(violations, order, "capture " + capture.captureId(), capture.amount());
            Optional<Authorization> authorization = ledger.authorizations().get(capture.authorizationId()).toJavaOptional();
            if (authorization.isEmpty()) {
                violations.add(at + ": capture " + capture.captureId() + " from authorisation " + capture.authorizationId()
                        + ", which was never granted");
            } else if (sameCurrency(authorization.get().amount(), capture.amount())) {
                capturedPerAuthorization.merge(capture.authorizationId(), capture.amount(), Money::plus);
            }
        }
        for (Prepayments.Prepaid prepaid : order.prepayments().captures()) {
            currency(violations, order, "prepayment " + prepaid.captureId(), prepaid.amount());
            if (ledger.authorizations().get(prepaid.authorizationId()).isEmpty()) {
                violations.add(at + ": prepayment " + prepaid.captureId() + " from authorisation "
                        + prepaid.authorizationId() + ", which was never granted");
            } else if (sameCurrency(ledger.authorizations().get(prepaid.authorizationId()).get().amount(), prepaid.amount())) {
                capturedPerAuthorization.merge(prepaid.authorizationId(), prepaid.amount(), Money::plus);
            }
            if (order.prepayments().refundable(prepaid).isNegative()) {
                violations.add(at + ": prepayment " + prepaid.captureId() + " of " + prepaid.amount()
                        + " refunded beyond what it took");
            }
        }
        for (Authorization authorization : ledger.authorizations().values()) {
            currency(violations, order, "authorisation " + authorization.id(), authorization.amount());
            if (!sameCurrency(authorization.amount(), authorization.captured())
                    || !sameCurrency(authorization.amount(), authorization.voided())) {
                continue; // reported as a currency problem already
            }
            if (authorization.captured().plus(authorization.voided()).isGreaterThan(authorization.amount())) {
                violations.add(at + ": authorisation " + authorization.id() + " captured " + authorization.captured()
                        + " and voided " + authorization.voided() + " of " + authorization.amount());
            }
            Money listed = capturedPerAuthorization.getOrDefault(authorization.id(), Money.zero(authorization.amount().getCurrencyUnit()));
            if (!listed.isEqual(authorization.captured())) {
                violations.add(at + ": authorisation " + authorization.id() + " counts " + authorization.captured()
                        + " captured, its captures add up to " + listed);
            }
        }
        for (PackageId packageId : ledger.captures().map(Capture::packageId).distinct()) {
            Optional<OrderPackage> pkg = order.packages().get(packageId).toJavaOptional();
            if (pkg.isEmpty() || !(pkg.get().isShipped() || pkg.get().state() == OrderPackage.State.VOIDED)) {
                violations.add(at + ": captured for package " + packageId + ", which has not shipped");
            } else if (sameCurrency(ledger.capturedFor(packageId), order.value(pkg.get()))
                    && paidFor(order, packageId).isGreaterThan(order.value(pkg.get()))) {
                Money prepaid = order.prepayments().appliedTo(packageId, order.currency());
                violations.add(at + ": captured " + ledger.capturedFor(packageId) + " for package " + packageId
                        + (prepaid.isZero() ? "" : " on top of " + prepaid + " prepaid") + ", worth " + order.value(pkg.get()));
            }
        }
        refunds(violations, order);
        ledger.cashCollected().forEach((packageId, cash) -> {
            currency(violations, order, "cash for " + packageId, cash);
            Optional<OrderPackage> pkg = order.packages().get(packageId).toJavaOptional();
            if (pkg.isEmpty() || pkg.get().state() != OrderPackage.State.DELIVERED) {
                violations.add(at + ": cash collected for package " + packageId + ", which was not delivered");
            } else if (sameCurrency(cash, order.value(pkg.get())) && cash.isGreaterThan(order.value(pkg.get()))) {
                violations.add(at + ": cash " + cash + " collected for package " + packageId + ", worth " + order.value(pkg.get()));
            }
        });
        if (ledger.isCashOnDelivery() && !ledger.authorizations().isEmpty()) {
            violations.add(at + ": cash on delivery, yet authorised " + ledger.authorizations().keySet().mkString(", "));
        }
        return violations;
    }

    /**
     * No capture is refunded beyond what it took, counting every refund owed or paid against it (prepayments', returns',
     * claims', voided shipments'); a voided shipment refunds only its own package's captures.
     */
    private static void refunds(List<String> violations, Order order) {
        for (Capture capture : order.payment().captures()) {
            Money refunded = ShipmentVoid.refundedFrom(order, capture.captureId());
            if (sameCurrency(refunded, capture.amount()) && refunded.isGreaterThan(capture.amount())) {
                violations.add("order " + order.id() + ": capture " + capture.captureId() + " of " + capture.amount() + " refunded " + refunded);
            }
        }
        for (OrderPackage pkg : order.packages().values().filter(p -> p.voiding().isDefined())) {
            for (ShipmentVoid.Refund refund : pkg.voiding().get().refunds()) {
                if (!order.payment().captures().exists(c -> c.captureId().equals(refund.captureId()) && c.packageId().equals(pkg.id()))) {
                    violations.add("order " + order.id() + ": voided package " + pkg.id() + " refunds " + refund.captureId()
                            + ", not one of its captures");
                }
            }
        }
    }

    /** What a package's units were charged: captured at shipment plus prepaid at placement. */
    private static Money paidFor(Order order, PackageId packageId) {
        return order.payment().capturedFor(packageId).plus(order.prepayments().appliedTo(packageId, order.currency()));
    }

    private static void currency(List<String> violations, Order order, String what, Money amount) {
        if (!amount.getCurrencyUnit().equals(order.currency())) {
            violations.add("order " + order.id() + ": " + what + " in " + amount.getCurrencyUnit() + ", order is in " + order.currency());
        }
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.getCurrencyUnit().equals(b.getCurrencyUnit());
    }
}
