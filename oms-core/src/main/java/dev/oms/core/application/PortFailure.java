package dev.oms.core.application;

/**
 * A port threw while the facade called it directly on the host's behalf (buying a label). Nothing was
 * recorded; the same call can be retried, and the port's idempotency key makes the retry safe.
 */
public final class PortFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PortFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
