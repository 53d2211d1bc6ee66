package dev.oms.core.effects;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.supplier.PurchaseRequest;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import io.vavr.collection.List;
import org.joda.money.Money;

/**
 * A call to a port that an order owes. {@link #key()} is stable for the life of the effect, so a retried
 * call carries the same idempotency key and the port can drop the duplicate.
 */
public sealed interface PendingEffect {

    String key();

    record Reserve(String key, int attempt, List<StockMovement> movements) implements PendingEffect {}

    record ReleaseStock(String key, String cancellationId, List<StockMovement> movements) implements PendingEffect {}

    record ConsumeStock(String key, PackageId packageId, List<StockMovement> movements) implements PendingEffect {}

    record PurchaseLabel(String key, PackageId packageId, LocationId shipFrom, String service, long units)
            implements PendingEffect {}

    record VoidLabel(String key, PackageId packageId, String labelId) implements PendingEffect {}

    record Authorize(String key, PaymentMethod method, Money amount) implements PendingEffect {}

    record Capture(String key, PackageId packageId, String authorizationId, Money amount) implements PendingEffect {}

    /** Charge at placement: capture the value of pre-ordered units before they ship. */
    record Prepay(String key, String authorizationId, Money amount) implements PendingEffect {}

    /** Pay back prepaid money whose units were cancelled. */
    record Refund(String key, String captureId, Money amount) implements PendingEffect {}

    record VoidAuthorization(String key, String authorizationId, Money amount) implements PendingEffect {}

    record RequestPurchase(String key, PurchaseRequest request) implements PendingEffect {}

    record ReserveRingFenced(String key, String receiptId, StockMovement movement) implements PendingEffect {}

    record Notify(String key, Notification notification) implements PendingEffect {}
}
