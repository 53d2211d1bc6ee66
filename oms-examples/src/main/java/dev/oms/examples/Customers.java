// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.examples.CustomerOrder.Change;
import dev.oms.examples.CustomerOrder.Payment;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.PaymentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The shop's customers: where each order comes from, what is on it, how it is paid and what the customer
 * changes afterwards, all drawn from one seeded {@link Random}. A few marketplace orders arrive malformed,
 * as feeds do, to show how a rejection names every problem.
 */
final class Customers {
    /** The card token the simulated issuer declines. */
    static final String DECLINED_CARD = "tok_card_declined";
    /** A SKU that marketplace feeds still list although the shop no longer sells it. */
    static final String DISCONTINUED_SKU = "CLOCK-WALL";

    private static final List<Channel> CHANNELS = List.of(Channel.WEB, Channel.STORE, Channel.MARKETPLACE, Channel.PHONE);
    /** Percent of orders per channel, in the order of {@link #CHANNELS}. */
    private static final int[] CHANNEL_SHARE = {45, 15, 25, 15};
    private static final List<Address> ADDRESSES = List.of(
            address("Ada Lovelace", "12 Analytical Row", "London", "N1 9GU", "GB"),
            address("Grace Hopper", "7 Compiler Lane", "Dublin", "D02 X285", "IE"),
            address("Alan Turing", "3 Enigma Street", "Manchester", "M1 1AE", "GB"),
            address("Emmy Noether", "21 Ringstrasse", "Erlangen", "91054", "DE"),
            address("Edsger Dijkstra", "5 Semaphoorweg", "Eindhoven", "5611 AA", "NL"));

    private final Random random;
    private int placed;

    Customers(Random random) {
        this.random = random;
    }

    CustomerOrder next() {
        placed++;
        Channel channel = pick(CHANNELS, CHANNEL_SHARE);
        Payment payment = payment();
        PlaceOrder command = PlaceOrder.builder()
                .channel(channel)
                .externalId(channel.code().toUpperCase(java.util.Locale.ROOT) + "-" + (10_000 + placed))
                .customer(CustomerRef.of("C-" + (1 + random.nextInt(120))))
                .shipTo(ADDRESSES.get(random.nextInt(ADDRESSES.size())))
                .paymentMethod(method(payment))
                .lines(lines(channel))
                .build();
        Optional<String> gift = channel.equals(Channel.WEB) && random.nextInt(20) == 0
                ? Optional.of("gift wrap: Happy birthday!")
                : Optional.empty();
        return new CustomerOrder(command, payment, change(), gift);
    }

    private List<LineRequest> lines(Channel channel) {
        List<Shop.Item> items = new ArrayList<>(Shop.ITEMS);
        int lineCount = 1 + (random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
        List<LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            Shop.Item item = items.remove(random.nextInt(items.size()));
            long quantity = random.nextInt(10) < 8 ? 1 + random.nextInt(3) : 4 + random.nextInt(3);
            lines.add(new LineRequest(item.sku(), quantity, item.price()));
        }
        if (channel.equals(Channel.MARKETPLACE) && random.nextInt(25) == 0) {
            // A stale feed: a discontinued product, and a line whose quantity got lost on the way.
            lines.add(LineRequest.of(DISCONTINUED_SKU, 1, lines.get(0).unitPrice()));
            LineRequest first = lines.get(0);
            lines.set(0, new LineRequest(first.sku(), 0, first.unitPrice()));
        }
        return lines;
    }

    private Payment payment() {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return Payment.CASH_ON_DELIVERY;
        } else if (roll < 11) {
            return Payment.DECLINED_CARD_THEN_ANOTHER_CARD;
        } else if (roll < 14) {
            return Payment.DECLINED_CARD_THEN_CANCEL;
        }
        return Payment.CARD;
    }

    private PaymentMethod method(Payment payment) {
        return switch (payment) {
            case CASH_ON_DELIVERY -> PaymentMethod.cashOnDelivery();
            case DECLINED_CARD_THEN_ANOTHER_CARD, DECLINED_CARD_THEN_CANCEL -> PaymentMethod.card(DECLINED_CARD);
            case CARD -> PaymentMethod.card("tok_card_" + placed);
        };
    }

    private Change change() {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return Change.CANCEL_ORDER;
        } else if (roll < 9) {
            return Change.CANCEL_ONE_UNIT_BEFORE_PICKING;
        } else if (roll < 12) {
            return Change.CANCEL_ONE_UNIT_AFTER_PICKING;
        }
        return Change.NONE;
    }

    private <T> T pick(List<T> values, int[] percentShares) {
        int roll = random.nextInt(100);
        for (int i = 0; i < values.size(); i++) {
            roll -= percentShares[i];
            if (roll < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    private static Address address(String recipient, String street, String city, String postalCode, String country) {
        return Address.builder().recipient(recipient).addLines(street).city(city).postalCode(postalCode)
                .countryCode(country).build();
    }
}
