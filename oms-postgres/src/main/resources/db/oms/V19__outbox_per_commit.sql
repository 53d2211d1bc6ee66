-- The outbox keeps one narrow row per commit not yet delivered, not one row per event with a copy of the event:
-- every event was stored twice (in its commit and in the outbox), each with an outbox row and two index entries,
-- and delivered rows stayed. OutboxRelay now reads the events from oms_order_commit and deletes a commit's row
-- once all its events are delivered; delivered_events says how many were, when the listener refused one midway.
-- Portable SQL as in V1: PostgreSQL, YugabyteDB and Citus. A Citus host that distributed oms_outbox distributes
-- the new table again after this migration (by order_id, co-located with oms_order_commit).

CREATE TABLE oms_outbox_per_commit (
    order_id          VARCHAR(200) NOT NULL,
    version           BIGINT       NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    event_count       INT          NOT NULL CHECK (event_count > 0),
    delivered_events  INT          NOT NULL DEFAULT 0 CHECK (delivered_events >= 0 AND delivered_events < event_count),
    CONSTRAINT oms_outbox_per_commit_pk PRIMARY KEY (order_id, version)
);

-- Events still to deliver. The relay delivers an order's events in order and stops at the first the listener
-- refuses, so a commit's delivered events are always its first ones. Only the commits with an undelivered event
-- are read (by the partial index of V1), not the delivered rows of every order ever taken.
INSERT INTO oms_outbox_per_commit (order_id, version, recorded_at, event_count, delivered_events)
    SELECT order_id, version, MIN(recorded_at), COUNT(*), SUM(CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END)
    FROM oms_outbox
    WHERE (order_id, version) IN (SELECT order_id, version FROM oms_outbox WHERE delivered_at IS NULL)
    GROUP BY order_id, version;

DROP TABLE oms_outbox;

ALTER TABLE oms_outbox_per_commit RENAME TO oms_outbox;
