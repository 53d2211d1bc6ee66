// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import dev.oms.core.rejection.Rejection;

/** A command oms refused, on its way to {@link ShopProblems}; carries no stack trace. */
final class Rejected extends RuntimeException {
    private final transient Rejection rejection;

    Rejected(Rejection rejection) {
        super(rejection.codes().mkString(", "), null, false, false);
        this.rejection = rejection;
    }

    Rejection rejection() {
        return rejection;
    }
}
