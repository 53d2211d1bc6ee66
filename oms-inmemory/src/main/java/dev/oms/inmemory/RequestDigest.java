// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.StockMovement;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * What an {@link IdempotencyLedger} keeps of a stock request instead of the request: the first 128 bits of the
 * SHA-256 of the request's fields. A shop keeps its inventory keys as long as its orders, and a kept request of
 * three movements, each with its own SKU and location, costs ten times the digest. Equal requests give equal
 * digests; unequal ones colliding has odds of 2<sup>-128</sup>, so a reused key is still caught.
 *
 * @param high the digest's first 64 bits
 * @param low its next 64 bits
 */
record RequestDigest(long high, long low) {

    /** {@return the digest of movements, in the order given}: fields length-prefixed, so no two lists share a text */
    static RequestDigest ofMovements(List<StockMovement> movements) {
        MessageDigest sha = sha256();
        ByteBuffer quantity = ByteBuffer.allocate(Long.BYTES);
        for (StockMovement movement : movements) {
            text(sha, movement.sku().code());
            text(sha, movement.locationId().value());
            sha.update(quantity.clear().putLong(movement.quantity()).array());
        }
        ByteBuffer digest = ByteBuffer.wrap(sha.digest());
        return new RequestDigest(digest.getLong(), digest.getLong());
    }

    private static void text(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }
}
