// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.PackageId;
import org.joda.money.Money;

/**
 * Money taken against an authorisation for a shipped package.
 *
 * @param packageId the package shipped
 * @param authorizationId the authorisation drawn on
 * @param captureId the provider's capture id
 * @param amount the money captured
 */
public record Capture(PackageId packageId, AuthorizationId authorizationId, CaptureId captureId, Money amount) {}
