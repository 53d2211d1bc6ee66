// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.notification.Notice;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import org.junit.jupiter.api.Test;

class InMemoryNotificationSenderTest {
    private final InMemoryNotificationSender sender = new InMemoryNotificationSender();

    @Test
    void aRetriedSendReachesTheCustomerOnce() {
        var confirmed = notification("ORD-1/confirmed", new Notice.OrderConfirmed());
        var shipped = notification("ORD-1/shipped/P1", new Notice.OrderShipped(PackageId.of("P1"), "carrier", "TRK000001", 1));
        sender.send(confirmed);
        sender.send(shipped);
        sender.send(confirmed);

        assertThat(sender.delivered()).containsExactly(confirmed, shipped);
        assertThat(sender.sendCalls()).isEqualTo(3);
    }

    private static Notification notification(String key, Notice notice) {
        return new Notification(key, OrderId.of("ORD-1"), CustomerRef.of("C-1"), Channel.WEB, notice);
    }
}
