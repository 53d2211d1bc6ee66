// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.placement.LineRequest;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A request's fingerprint is stored with the commit it made, and a replay is told from a reused key by computing it
 * again: the digest of the same parameters must never change, whatever the code that writes its text.
 */
class FingerprintTest {

    @Test
    void theDigestOfEveryKindOfPartIsTheOneStoredOrdersCarry() {
        Address address = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row").city("London")
                .postalCode("N1 9GU").countryCode("GB").build();
        String digest = Fingerprint.of(Channel.WEB, "ext-1", CustomerRef.of("C-1"), address, PaymentMethod.card("tok_ok"),
                List.of(new LineRequest(Sku.of("A"), 2, Money.parse("EUR 3.99"))), io.vavr.control.Option.none(),
                Optional.of("x"), io.vavr.collection.List.of(1, 2), Optional.empty());

        // Pinned from the digest as first written, before the text was built in one buffer.
        assertThat(digest).isEqualTo("cbe1cc2bc03c294a825ec0b70d70fe5d6aa0de66c486b15a7db79637a3fb2d0f");
    }

    @Test
    void aLineAndAPackageItemReadAsTheRecordsTheyAre() {
        assertThat(new LineRequest(Sku.of("A"), 2, Money.parse("EUR 3.99")))
                .hasToString("LineRequest[sku=A, quantity=2, unitPrice=EUR 3.99]");
        assertThat(new PackageItem(LineId.of("L1"), 2)).hasToString("PackageItem[lineId=L1, quantity=2]");
        assertThat(Fingerprint.of(List.of(new PackageItem(LineId.of("L1"), 2))))
                .isEqualTo("9edbc2ca308ffc28d8e10cb4a1e2e0ca641c89fb7c3c2facf8c01afebc3e4168"); // as generated records wrote it
    }

    @Test
    void aCardIsFingerprintedByItsTokenWhichItsTextHides() {
        assertThat(Fingerprint.of(PaymentMethod.card("tok_a"))).isNotEqualTo(Fingerprint.of(PaymentMethod.card("tok_b")));
    }
}
