-- The stock log (StockHistory): every change to an oms_stock row, written by a trigger in the statement that makes
-- it, so no code path (and no host's own SQL) can change stock without leaving its line. A line holds the row as the
-- change left it and what the change moved. It is stamped by clock_timestamp() as the trigger fires: the row is
-- locked then, so the changes of one row are stamped in the order they were applied (now() would stamp a waiting
-- transaction's later change with its earlier start). Read per SKU by (sku, changed_at); seq breaks ties.
CREATE TABLE oms_stock_change (
    seq                 BIGSERIAL    PRIMARY KEY,
    sku                 VARCHAR(200) NOT NULL,
    location_id         VARCHAR(200) NOT NULL,
    changed_at          TIMESTAMPTZ  NOT NULL,
    on_hand             BIGINT       NOT NULL,
    reserved            BIGINT       NOT NULL,
    ring_fenced         BIGINT       NOT NULL,
    bin                 VARCHAR(200) NOT NULL,
    on_hand_change      BIGINT       NOT NULL,
    reserved_change     BIGINT       NOT NULL,
    ring_fenced_change  BIGINT       NOT NULL
);

CREATE INDEX oms_stock_change_by_sku ON oms_stock_change (sku, changed_at, seq);

CREATE FUNCTION oms_log_stock_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO oms_stock_change (sku, location_id, changed_at, on_hand, reserved, ring_fenced, bin,
                                      on_hand_change, reserved_change, ring_fenced_change)
        VALUES (NEW.sku, NEW.location_id, clock_timestamp(), NEW.on_hand, NEW.reserved, NEW.ring_fenced, NEW.bin,
                NEW.on_hand, NEW.reserved, NEW.ring_fenced);
    ELSE
        INSERT INTO oms_stock_change (sku, location_id, changed_at, on_hand, reserved, ring_fenced, bin,
                                      on_hand_change, reserved_change, ring_fenced_change)
        VALUES (NEW.sku, NEW.location_id, clock_timestamp(), NEW.on_hand, NEW.reserved, NEW.ring_fenced, NEW.bin,
                NEW.on_hand - OLD.on_hand, NEW.reserved - OLD.reserved, NEW.ring_fenced - OLD.ring_fenced);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER oms_stock_logged_insert AFTER INSERT ON oms_stock
    FOR EACH ROW EXECUTE FUNCTION oms_log_stock_change();

-- An update that leaves the counts and the bin as they were (a shortfall bookkeeping change) is not a stock change.
CREATE TRIGGER oms_stock_logged_update AFTER UPDATE ON oms_stock
    FOR EACH ROW
    WHEN (OLD.on_hand IS DISTINCT FROM NEW.on_hand OR OLD.reserved IS DISTINCT FROM NEW.reserved
          OR OLD.ring_fenced IS DISTINCT FROM NEW.ring_fenced OR OLD.bin IS DISTINCT FROM NEW.bin)
    EXECUTE FUNCTION oms_log_stock_change();

-- Stock recorded before this version has no history: it starts as one line per row, stamped at the migration.
INSERT INTO oms_stock_change (sku, location_id, changed_at, on_hand, reserved, ring_fenced, bin,
                              on_hand_change, reserved_change, ring_fenced_change)
SELECT sku, location_id, clock_timestamp(), on_hand, reserved, ring_fenced, bin, on_hand, reserved, ring_fenced
FROM oms_stock;
