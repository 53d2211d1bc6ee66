// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.Require;
import java.util.List;
import java.util.Optional;

/** What the pricing port answers: the order priced, or refused as a business outcome (an expired code, say). */
public sealed interface PricingAnswer {

    /**
     * The order priced.
     *
     * @param lines one priced line per line of the request, in its order
     * @param shipping the shipping charge, if shipping is charged
     */
    record Priced(List<PricedLine> lines, Optional<ShippingCharge> shipping) implements PricingAnswer {
        /** Copies the lines.
         * @param lines the priced lines
         * @param shipping the shipping charge, if any */
        public Priced {
            lines = List.copyOf(Require.nonNull(lines, "lines"));
            Require.nonNull(shipping, "shipping");
        }
    }

    /**
     * The order cannot be priced: it is rejected with {@code PRICING_REFUSED} and this reason.
     *
     * @param reason why, in words for the customer or the operator
     */
    record Refused(String reason) implements PricingAnswer {
        /** Checks the reason.
         * @param reason why */
        public Refused {
            Require.nonBlank(reason, "reason");
        }
    }
}
