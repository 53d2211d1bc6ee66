// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.OperationKeyReusedException;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Claims: how the striped inventory store catches a key reused while its first call is still applying. */
class IdempotencyLedgerTest {
    private final IdempotencyLedger ledger = new IdempotencyLedger();

    @Test
    void aKeyClaimedButNotYetRecordedIsRefusedToADifferentRequest() {
        assertThat(ledger.claim("reserve", "k", "sku A", String.class)).isEmpty();

        assertThatThrownBy(() -> ledger.claim("reserve", "k", "sku B", String.class))
                .isInstanceOf(OperationKeyReusedException.class);
    }

    @Test
    void aRecordedKeyReplaysItsAnswerToTheSameRequest() {
        ledger.claim("reserve", "k", "sku A", String.class);
        ledger.record("reserve", "k", "sku A", "reserved");

        assertThat(ledger.claim("reserve", "k", "sku A", String.class)).isEqualTo(Option.of("reserved"));
        assertThat(ledger.claim("release", "k", "sku B", String.class)).as("keys are per kind").isEmpty();
    }

    @Test
    void anAbandonedClaimFreesTheKey() {
        ledger.claim("release", "k", "sku A", String.class);
        ledger.abandon("release", "k");

        assertThat(ledger.claim("release", "k", "sku B", String.class)).isEmpty();
    }

    @Test
    void abandoningNeverDropsARecordedAnswer() {
        ledger.record("release", "k", "sku A", "done");
        ledger.abandon("release", "k");

        assertThat(ledger.replay("release", "k", "sku A", String.class)).isEqualTo(Option.of("done"));
    }
}
