// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.notification;

/**
 * Delivers notifications to customers (e-mail, SMS, push: the host decides).
 *
 * <p>Contract: oms sends each notification at least once; a send repeated with the same
 * {@link Notification#key()} after a crash must not reach the customer twice. Failures may be thrown
 * unchecked; oms retries later.
 */
@FunctionalInterface
public interface NotificationSender {
    /**
     * Delivers one notification to its customer, or throws to have oms send it again later.
     *
     * @param notification what to tell whom; its {@link Notification#key()} is the same on every resend
     */
    void send(Notification notification);
}
