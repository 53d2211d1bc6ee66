-- Units sent from one location to another: on hand at neither until received. The partial index holds the
-- transfers still in transit, the rows a SKU's promise reads.
CREATE TABLE oms_stock_transfer (
    transfer_id       VARCHAR(200) COLLATE "C" PRIMARY KEY,
    sku               VARCHAR(200) NOT NULL,
    from_location     VARCHAR(200) NOT NULL,
    to_location       VARCHAR(200) NOT NULL,
    quantity          BIGINT       NOT NULL CHECK (quantity > 0),
    expected_arrival  DATE         NOT NULL,
    received          BIGINT       CHECK (received BETWEEN 0 AND quantity)
);

CREATE INDEX oms_stock_transfer_in_transit_ix ON oms_stock_transfer (sku, expected_arrival, transfer_id)
    WHERE received IS NULL;
