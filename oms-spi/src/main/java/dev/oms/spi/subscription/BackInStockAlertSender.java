// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.subscription;

/**
 * Delivers back-in-stock alerts to customers (e-mail, SMS, push: the host decides). A port of its own, not the
 * {@link dev.oms.spi.notification.NotificationSender}: every notification there belongs to an order, and a host's
 * templates switch on its order's notices; an alert has no order.
 *
 * <p>Contract: oms sends each alert at least once; a send repeated with the same {@link BackInStockAlert#key()}
 * after a crash must not reach the customer twice. Failures may be thrown unchecked; the alert stays owed and
 * {@code recovery().resumeAll()} sends it again under the same key.
 */
@FunctionalInterface
public interface BackInStockAlertSender {
    /**
     * Delivers one alert, or throws to have oms send it again later.
     *
     * @param alert whom to tell of which SKU; its key is the same on every resend
     */
    void send(BackInStockAlert alert);
}
