// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.PaymentMethod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A digest of the parameters a host request came with, stored beside the request's idempotency key: a
 * replay with the same parameters yields the same digest, a reused key with other parameters does not.
 * A digest rather than the text, so card tokens and addresses among the parameters are not copied again.
 */
public final class Fingerprint {
    private static final char SEPARATOR = '\u001f'; // cannot occur in validated input

    private Fingerprint() {}

    /**
     * {@return the digest of the parts, in order; each part by its canonical text}
     *
     * @param parts the request's parameters
     */
    public static String of(Object... parts) {
        StringBuilder text = new StringBuilder(256);
        for (Object part : parts) {
            append(text, part).append(SEPARATOR);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }

    /** Appends a part's canonical text; written into one buffer, as every placement and edit is fingerprinted. */
    private static StringBuilder append(StringBuilder text, Object part) {
        if (part instanceof PaymentMethod.Card card) {
            return text.append("card:").append(card.token()); // the record's toString hides the token on purpose
        } else if (part instanceof Address address) { // its toString hides personal data on purpose
            return append(text, java.util.List.of(address.recipient(), address.lines(), address.city(), address.postalCode(),
                    address.countryCode(), address.coordinates()));
        } else if (part instanceof io.vavr.control.Option<?> option) {
            return option.isDefined() ? append(text, option.get()) : text.append('-');
        } else if (part instanceof Optional<?> optional) {
            return optional.isPresent() ? append(text, optional.get()) : text.append('-');
        } else if (part instanceof Iterable<?> items) {
            text.append('[');
            for (Object item : items) {
                append(text, item).append(',');
            }
            return text.append(']');
        }
        return text.append(part);
    }
}
