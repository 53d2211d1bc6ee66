// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.value.LineId;
import org.junit.jupiter.api.Test;

/** The ids of an order's first 64 lines are shared instances; any other id is made as asked, and all compare by value. */
class LineIdSharingTest {
    @Test
    void theFirstSixtyFourPositionsAreSharedWhetherNamedByPositionOrByText() {
        for (int position = 0; position < 64; position++) {
            LineId byPosition = LineId.ofPosition(position);
            assertThat(byPosition.value()).isEqualTo("L" + (position + 1));
            assertThat(LineId.of("L" + (position + 1))).isSameAs(byPosition).isSameAs(LineId.ofPosition(position));
        }
    }

    @Test
    void otherIdsAreMadeAsAskedAndStillCompareByValue() {
        assertThat(LineId.ofPosition(64)).isEqualTo(LineId.of("L65")).isNotSameAs(LineId.ofPosition(64));
        assertThat(LineId.of("L01")).isNotEqualTo(LineId.of("L1"));
        assertThat(LineId.of("L0").value()).isEqualTo("L0");
        assertThat(LineId.of("L6x").value()).isEqualTo("L6x");
        assertThat(LineId.of("GIFT").value()).isEqualTo("GIFT");
        assertThat(new LineId("L2")).isEqualTo(LineId.of("L2")).hasSameHashCodeAs(LineId.of("L2"));
        assertThat(LineId.of("L9").compareTo(LineId.of("L10"))).isNegative();
    }
}
