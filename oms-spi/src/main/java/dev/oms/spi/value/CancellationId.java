package dev.oms.spi.value;

/** Identifies one cancellation (or reroute) of an order, under which its freed stock is owed back. */
public record CancellationId(String value) implements Comparable<CancellationId> {
    public CancellationId {
        Require.nonBlank(value, "CancellationId");
    }

    /** The id with this text. */
    public static CancellationId of(String value) {
        return new CancellationId(value);
    }

    @Override
    public int compareTo(CancellationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
