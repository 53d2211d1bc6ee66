package dev.oms.core.payment;

import dev.oms.spi.value.PackageId;
import org.joda.money.Money;

/** Money taken against an authorisation for a shipped package. */
public record Capture(PackageId packageId, String authorizationId, String captureId, Money amount) {}
