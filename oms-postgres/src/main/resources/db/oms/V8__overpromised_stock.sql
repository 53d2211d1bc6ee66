-- Stock promised beyond what is on hand: only an adjustment (reality) leaves a record so, until oms has settled
-- the orders whose units are gone. Recovery reads these rows to finish settling one a crash cut short; the
-- partial index holds only them, so the read costs the records short, not the stock table. Plain PostgreSQL
-- partial-index syntax, which YugabyteDB and Citus accept.
CREATE INDEX oms_stock_overpromised_ix ON oms_stock (sku, location_id) WHERE reserved + ring_fenced > on_hand;
