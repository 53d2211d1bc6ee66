package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryNotificationSenderTest {
    private final InMemoryNotificationSender sender = new InMemoryNotificationSender();

    @Test
    void aRetriedSendReachesTheCustomerOnce() {
        var confirmed = notification("ORD-1/confirmed", Notification.Kind.ORDER_CONFIRMED);
        var shipped = notification("ORD-1/shipped/P1", Notification.Kind.ORDER_SHIPPED);
        sender.send(confirmed);
        sender.send(shipped);
        sender.send(confirmed);

        assertThat(sender.delivered()).containsExactly(confirmed, shipped);
        assertThat(sender.sendCalls()).isEqualTo(3);
    }

    private static Notification notification(String key, Notification.Kind kind) {
        return new Notification(key, OrderId.of("ORD-1"), CustomerRef.of("C-1"), Channel.WEB, kind,
                Map.of("trackingNumber", "TRK000001"));
    }
}
