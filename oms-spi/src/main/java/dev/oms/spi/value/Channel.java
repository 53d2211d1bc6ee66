// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Where an order came from. The four well-known channels are constants; a host may define its own
 * (for example {@code Channel.of("kiosk")}). {@code (channel, externalId)} identifies an order uniquely.
 */
public record Channel(String code) implements Comparable<Channel> {
    public static final Channel WEB = new Channel("web");
    public static final Channel STORE = new Channel("store");
    public static final Channel MARKETPLACE = new Channel("marketplace");
    public static final Channel PHONE = new Channel("phone");

    public Channel {
        Require.nonBlank(code, "Channel");
    }

    public static Channel of(String code) {
        return new Channel(code);
    }

    @Override
    public int compareTo(Channel other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
