-- Stock rows are updated in place again (HOT). V8's partial index named reserved, ring_fenced and on_hand in its
-- predicate, and PostgreSQL updates a row in place only when no column an index names changes: so no reservation
-- or release ever was, each adding an entry to every index of oms_stock and putting the row's new version
-- elsewhere in the table (1,003 rows took 317 pages after 100,000 reservations; 12 pages in place).
-- The CHECK of V6 keeps reserved + ring_fenced <= on_hand + shortfall, so a row promised beyond on hand always has
-- a positive shortfall: the index now holds the rows with one, which only adjustments set and which reservations
-- leave at 0, and the read of overpromised rows keeps V8's condition on top of it. Plain partial-index syntax,
-- which YugabyteDB and Citus accept, as V8's.
DROP INDEX oms_stock_overpromised_ix;
CREATE INDEX oms_stock_overpromised_ix ON oms_stock (sku, location_id) WHERE shortfall > 0;
