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

    /** Calls the visitor method for this effect's type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per effect type: implementing it is the compile-time proof that every effect is performed.
     *
     * @param <R> what performing an effect yields
     */
    interface Visitor<R> {
        R visit(Reserve effect);
        R visit(ReleaseStock effect);
        R visit(ConsumeStock effect);
        R visit(PurchaseLabel effect);
        R visit(VoidLabel effect);
        R visit(Authorize effect);
        R visit(Capture effect);
        R visit(Prepay effect);
        R visit(Refund effect);
        R visit(VoidAuthorization effect);
        R visit(RequestPurchase effect);
        R visit(ReserveRingFenced effect);
        R visit(Notify effect);
    }

    /** Reserve stock for the reservation request in flight. */
    record Reserve(String key, int attempt, List<StockMovement> movements) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record ReleaseStock(String key, String cancellationId, List<StockMovement> movements) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record ConsumeStock(String key, PackageId packageId, List<StockMovement> movements) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record PurchaseLabel(String key, PackageId packageId, LocationId shipFrom, String service, long units)
            implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record VoidLabel(String key, PackageId packageId, String labelId) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record Authorize(String key, PaymentMethod method, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record Capture(String key, PackageId packageId, String authorizationId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Charge at placement: capture the value of pre-ordered units before they ship. */
    record Prepay(String key, String authorizationId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Pay back prepaid money whose units were cancelled. */
    record Refund(String key, String captureId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record VoidAuthorization(String key, String authorizationId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record RequestPurchase(String key, PurchaseRequest request) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Reserve stock for the reservation request in flight. */
    record ReserveRingFenced(String key, String receiptId, StockMovement movement) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record Notify(String key, Notification notification) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
