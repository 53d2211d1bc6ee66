-- Checkout holds (HoldStore): the units a checkout keeps reserved until it expires, and how it ended.
-- state moves ACTIVE -> CONSUMED | RELEASED | EXPIRED by compare-and-set updates; CONSUMED -> ACTIVE only
-- for the order that consumed it (consumed_by), when that order could not be stored. Instants are kept
-- exactly (ISO text, and the expiry as epoch second and nanosecond to compare on).
CREATE TABLE oms_hold (
    hold_id          VARCHAR(200) PRIMARY KEY,
    movements        TEXT         NOT NULL,
    reservation_key  TEXT         NOT NULL,
    placed_at        VARCHAR(40)  NOT NULL,
    expires_second   BIGINT       NOT NULL,
    expires_nano     INTEGER      NOT NULL,
    state            VARCHAR(20)  NOT NULL CHECK (state IN ('ACTIVE', 'CONSUMED', 'RELEASED', 'EXPIRED')),
    consumed_by      VARCHAR(200),
    stock_returned   BOOLEAN      NOT NULL DEFAULT FALSE,
    CHECK ((state = 'CONSUMED') = (consumed_by IS NOT NULL))
);

CREATE INDEX oms_hold_active_by_expiry ON oms_hold (expires_second, expires_nano) WHERE state = 'ACTIVE';
-- Ended holds whose units are not yet confirmed back in the inventory (HoldStore.owingStock).
CREATE INDEX oms_hold_owing_stock ON oms_hold (expires_second, expires_nano)
    WHERE state IN ('RELEASED', 'EXPIRED') AND NOT stock_returned;
