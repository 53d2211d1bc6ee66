-- Read models, kept by PostgresOrderStore in the same transaction as every append: one summary row per
-- order and the order's waiting lines. Queries read these instead of replaying orders' logs.
-- Placement times are epoch nanoseconds (BIGINT): exact, as the core's Instants are; timestamptz holds
-- microseconds, and a listing cursor or queue position must round-trip exactly.
-- Ids sort in the "C" collation (code point order), as the in-memory store and the core sort them.
-- Orders stored before this migration have no summary until OrderManagement.recovery().rebuildReadModels()
-- runs once.

CREATE TABLE oms_order_summary (
    order_id      VARCHAR(200) COLLATE "C" NOT NULL PRIMARY KEY REFERENCES oms_order (order_id),
    channel       VARCHAR(100) NOT NULL,
    external_id   VARCHAR(300) NOT NULL,
    customer      VARCHAR(200) NOT NULL,
    status        VARCHAR(40)  NOT NULL,
    placed_at_ns  BIGINT       NOT NULL,
    version       BIGINT       NOT NULL CHECK (version > 0),
    owes_effects  BOOLEAN      NOT NULL
);

CREATE INDEX oms_order_summary_placed_ix ON oms_order_summary (placed_at_ns DESC, order_id DESC);
CREATE INDEX oms_order_summary_customer_ix ON oms_order_summary (customer, placed_at_ns DESC, order_id DESC);
CREATE INDEX oms_order_summary_status_ix ON oms_order_summary (status, placed_at_ns DESC, order_id DESC);
CREATE INDEX oms_order_summary_owing_ix ON oms_order_summary (order_id) WHERE owes_effects;

-- A SKU's restock queue, in queue order by its primary key: pre-orders (rank 0) before backorders (rank 1),
-- then placement time, order id and line id. No foreign key to oms_order: a sharded deployment distributes
-- this table by SKU, the order tables by order id (see the README).
CREATE TABLE oms_waiting_line (
    sku           VARCHAR(200) COLLATE "C" NOT NULL,
    queue_rank    SMALLINT     NOT NULL CHECK (queue_rank IN (0, 1)),
    placed_at_ns  BIGINT       NOT NULL,
    order_id      VARCHAR(200) COLLATE "C" NOT NULL,
    line_id       VARCHAR(200) COLLATE "C" NOT NULL,
    channel       VARCHAR(100) NOT NULL,
    quantity      BIGINT       NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (sku, queue_rank, placed_at_ns, order_id, line_id)
);

CREATE INDEX oms_waiting_line_order_ix ON oms_waiting_line (order_id);
