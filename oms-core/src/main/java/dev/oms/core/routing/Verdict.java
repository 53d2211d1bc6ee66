// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

/** What became of a candidate in a routing decision. */
public enum Verdict {
    /** Ships some of the order's units. */
    CHOSEN,
    /** Kept out by a filter before ranking. */
    EXCLUDED,
    /** Has none of the units the order needs. */
    NO_STOCK,
    /** A chosen location ranked ahead of it. */
    OUTRANKED,
    /** Ranked well enough, but the chosen locations shipped the order without it (fewer shipments, or whole lines). */
    NOT_NEEDED
}
