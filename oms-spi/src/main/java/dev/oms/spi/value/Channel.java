// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Where an order came from. The four well-known channels are constants; a host may define its own
 * (for example {@code Channel.of("kiosk")}). {@code (channel, externalId)} identifies an order uniquely.
 *
 * @param code the channel's code, such as {@code web}
 */
public record Channel(String code) implements Comparable<Channel> {
    /** The host's web shop. */
    public static final Channel WEB = new Channel("web");
    /** A physical store. */
    public static final Channel STORE = new Channel("store");
    /** A third-party marketplace. */
    public static final Channel MARKETPLACE = new Channel("marketplace");
    /** An order taken by phone. */
    public static final Channel PHONE = new Channel("phone");

    /**
     * Checks the code.
     *
     * @param code the channel's code, such as {@code web}
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is blank
     */
    public Channel {
        Require.nonBlank(code, "Channel");
    }

    /**
     * {@return the channel with this code}
     *
     * @param code the channel's code, such as {@code web}
     */
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
