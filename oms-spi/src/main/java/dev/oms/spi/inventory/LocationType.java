package dev.oms.spi.inventory;

/** The kind of place that holds stock. */
public enum LocationType {
    WAREHOUSE,
    STORE,
    SUPPLIER
}
