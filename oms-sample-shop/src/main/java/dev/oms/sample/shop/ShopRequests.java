// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import dev.oms.core.application.ApprovalRequest;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/** The JSON bodies the shop's API accepts, and how each becomes an oms command. */
final class ShopRequests {
    private ShopRequests() {}

    /**
     * A checkout: the {@code Idempotency-Key} header becomes the web channel's external order id. It names
     * {@code shipTo} or, for click and collect, {@code pickup}.
     */
    record Checkout(String customerId, ShipTo shipTo, Collect pickup, String cardToken, List<Line> lines) {
        PlaceOrder toCommand(String idempotencyKey) {
            PlaceOrder.Builder order = PlaceOrder.builder()
                    .channel(Channel.WEB).externalId(idempotencyKey)
                    .customer(CustomerRef.of(Objects.requireNonNullElse(customerId, "")))
                    .paymentMethod(cardToken == null ? PaymentMethod.cashOnDelivery() : PaymentMethod.card(cardToken));
            if (shipTo != null) {
                order.shipTo(shipTo.toAddress());
            }
            if (pickup != null) {
                order.pickup(new Pickup(LocationId.of(text(pickup.store())), pickup.transferAllowed()));
            }
            for (Line line : lines == null ? List.<Line>of() : lines) {
                order.addLines(LineRequest.of(line.sku(), line.quantity(), Money.parse(line.unitPrice())));
            }
            return order.build();
        }
    }

    /** Where the order goes. */
    record ShipTo(String recipient, List<String> lines, String city, String postalCode, String countryCode) {
        Address toAddress() {
            return Address.builder().recipient(text(recipient)).addAllLines(lines == null ? List.of() : lines)
                    .city(text(city)).postalCode(text(postalCode)).countryCode(text(countryCode)).build();
        }
    }

    /** The store the customer collects at, and whether other locations may send it what it lacks. */
    record Collect(String store, boolean transferAllowed) {}

    /** One line: a SKU, how many, and the unit price as {@code "EUR 12.50"}. */
    record Line(String sku, long quantity, String unitPrice) {}

    /** A cancellation of the whole order, or of {@code quantity} units of {@code lineId}. */
    record Cancellation(String reason, String lineId, Long quantity) {
        CancelRequest toCommand(String idempotencyKey) {
            String why = Objects.requireNonNullElse(reason, "cancelled by the customer");
            return lineId == null ? CancelRequest.wholeOrder(idempotencyKey, why)
                    : CancelRequest.units(idempotencyKey, LineId.of(lineId), quantity == null ? 0 : quantity, why);
        }
    }

    /** A reviewer's word on an order: the reason its hold is about, and a note for the audit trail. */
    record Review(ApprovalReason reason, String note) {
        ApprovalRequest toCommand(String idempotencyKey) {
            return new ApprovalRequest(idempotencyKey, Objects.requireNonNullElse(reason, ApprovalReason.MANUAL),
                    Objects.requireNonNullElse(note, "by the shop's staff"));
        }
    }

    /** Why a pick list is voided. */
    record Voiding(String reason) {
        String reasonOrDefault() {
            return Objects.requireNonNullElse(reason, "voided by the warehouse");
        }
    }

    /** A package packed at {@code location} with these items. */
    record Packing(String location, List<Item> items) {
        PackRequest toCommand(String idempotencyKey) {
            List<PackageItem> contents = (items == null ? List.<Item>of() : items).stream()
                    .map(item -> new PackageItem(LineId.of(item.lineId()), item.quantity())).toList();
            return PackRequest.of(idempotencyKey, LocationId.of(text(location)), contents);
        }
    }

    /** Units of one order line in a package. */
    record Item(String lineId, long quantity) {}

    /** Another card for a held payment; without a token, the card on the order is tried again. */
    record Payment(String cardToken) {
        Optional<PaymentMethod> method() {
            return Optional.ofNullable(cardToken).map(PaymentMethod::card);
        }
    }

    /** The carrier service to ship with, {@code ground} unless given. */
    record Shipment(String service) {
        String serviceOrDefault() {
            return service == null ? "ground" : service;
        }
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
