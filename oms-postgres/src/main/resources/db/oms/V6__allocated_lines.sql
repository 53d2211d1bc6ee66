-- The allocated-lines read model and stock adjustments.
--
-- oms_allocated_line: the units of each order line allocated (reserved, not yet picked) at a location, replaced
-- with the order's summary in every append's transaction; what a stock count that finds units missing reads to
-- know whose units are gone, newest order first. Keyed by order, so a sharded deployment co-locates it with the
-- other order tables (distribution column order_id); the query by SKU and location then reads every shard.
CREATE TABLE oms_allocated_line (
    order_id      VARCHAR(200) COLLATE "C" NOT NULL REFERENCES oms_order (order_id),
    line_id       VARCHAR(200) COLLATE "C" NOT NULL,
    location_id   VARCHAR(200) COLLATE "C" NOT NULL,
    sku           VARCHAR(200) COLLATE "C" NOT NULL,
    quantity      BIGINT       NOT NULL CHECK (quantity > 0),
    placed_at_ns  BIGINT       NOT NULL,
    PRIMARY KEY (order_id, line_id, location_id)
);

CREATE INDEX oms_allocated_line_shelf_ix
    ON oms_allocated_line (sku, location_id, placed_at_ns DESC, order_id DESC, line_id DESC);

-- A signature of the allocated lines oms_allocated_line holds for the order ('' for none; NULL for orders stored
-- before this migration: not known), and, moved there by every head move, the one before it, which the move
-- answers. An append writes the order's lines only when their signature changed, so the many commits that leave
-- them as they were (or have none and had none) cost no statement on that table.
ALTER TABLE oms_order ADD COLUMN allocated_lines VARCHAR(64);
ALTER TABLE oms_order ADD COLUMN allocated_lines_before VARCHAR(64);

-- A stock adjustment (a count, damage, shrinkage) is recorded even when fewer units are left on hand than are
-- reserved and ring-fenced: reality wins, and oms settles the orders whose units are gone. The last line of
-- defence against oversell keeps its force for everything else: shortfall is the number of units an adjustment
-- left promised beyond on hand, set only by adjustments and back to 0 by every reservation (which succeeds
-- only where units are available), so no reservation can ever be committed beyond on hand.
ALTER TABLE oms_stock ADD COLUMN shortfall BIGINT NOT NULL DEFAULT 0;
ALTER TABLE oms_stock DROP CONSTRAINT oms_stock_counts_ck;
ALTER TABLE oms_stock ADD CONSTRAINT oms_stock_counts_ck CHECK (on_hand >= 0 AND reserved >= 0 AND ring_fenced >= 0
    AND shortfall >= 0 AND reserved + ring_fenced <= on_hand + shortfall);
