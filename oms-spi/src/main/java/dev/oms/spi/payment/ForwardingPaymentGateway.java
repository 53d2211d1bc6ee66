// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.payment;

import dev.oms.spi.value.Require;

/**
 * A {@link PaymentGateway} that passes every call to another one: the base for a decorator that watches or changes a
 * few calls (metrics, a circuit breaker, a provider that is down in a test) and forwards the rest unchanged.
 */
public abstract class ForwardingPaymentGateway implements PaymentGateway {
    private final PaymentGateway delegate;

    /**
     * A gateway forwarding every call to {@code delegate}.
     *
     * @param delegate the gateway that does the work
     */
    protected ForwardingPaymentGateway(PaymentGateway delegate) {
        this.delegate = Require.nonNull(delegate, "delegate");
    }

    /** {@return the gateway calls are passed to} */
    protected PaymentGateway delegate() {
        return delegate;
    }

    @Override
    public AuthorizationResult authorize(AuthorizationRequest request) {
        return delegate.authorize(request);
    }

    @Override
    public CaptureResult capture(CaptureRequest request) {
        return delegate.capture(request);
    }

    @Override
    public void voidAuthorization(VoidRequest request) {
        delegate.voidAuthorization(request);
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        return delegate.refund(request);
    }
}
