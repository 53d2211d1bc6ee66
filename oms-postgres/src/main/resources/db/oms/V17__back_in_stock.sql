-- Back-in-stock subscriptions (BackInStockSubscriptions). A subscription is WAITING until told (OWED: its alert is
-- owed) or UNSUBSCRIBED; SENT once its alert was recorded delivered. number, an identity, orders subscriptions oldest
-- first. The partial unique index lets a customer wait once per SKU whatever the code does; the partial indexes on the
-- waiting and the owed rows keep "does anybody wait for this SKU", "the oldest waiting" and "alerts owed" index probes
-- however many subscriptions were ever told. Instants are kept exactly, as ISO text (as in V3).
CREATE TABLE oms_back_in_stock_subscription (
    number         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku            VARCHAR(200) NOT NULL,
    customer       VARCHAR(200) NOT NULL,
    subscribed_at  VARCHAR(40)  NOT NULL,
    state          VARCHAR(12)  NOT NULL CHECK (state IN ('WAITING', 'OWED', 'SENT', 'UNSUBSCRIBED')),
    told_by        VARCHAR(500),
    told_at        VARCHAR(40)
);

CREATE UNIQUE INDEX oms_back_in_stock_one_waiting ON oms_back_in_stock_subscription (sku, customer) WHERE state = 'WAITING';
CREATE INDEX oms_back_in_stock_waiting ON oms_back_in_stock_subscription (sku, number) WHERE state = 'WAITING';
CREATE INDEX oms_back_in_stock_owed ON oms_back_in_stock_subscription (number) WHERE state = 'OWED';

-- Each subscribe key's subscription: a replay answers it, the key with another SKU or customer is refused.
CREATE TABLE oms_back_in_stock_key (
    idempotency_key  VARCHAR(500) PRIMARY KEY,
    number           BIGINT       NOT NULL REFERENCES oms_back_in_stock_subscription (number)
);

-- Each event that told subscribers (a receipt, an adjustment, a cancellation...): a repeated event tells nobody more.
CREATE TABLE oms_back_in_stock_event (
    event_key  VARCHAR(500) PRIMARY KEY,
    sku        VARCHAR(200) NOT NULL,
    told_at    VARCHAR(40)  NOT NULL
);
