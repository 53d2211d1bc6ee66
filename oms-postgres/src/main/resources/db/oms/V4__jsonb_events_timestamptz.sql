-- Stored events as jsonb and commit times as timestamptz, so hosts (and read models) can query them.
-- Portable SQL as in V1: PostgreSQL, YugabyteDB and Citus; one change per statement.
--
-- timestamptz keeps microseconds, Java instants nanoseconds: recorded_at holds the instant truncated to the
-- microsecond and recorded_at_nanos the nanoseconds past it (0..999), so a commit's time reads back exactly.
-- The text was Instant.toString(): ISO-8601 in UTC ('Z'), a fraction of 0, 3, 6 or 9 digits. The cast of a
-- fraction of 9 digits would round, so the last 3 are split off first.

ALTER TABLE oms_order_commit ADD COLUMN recorded_at_nanos SMALLINT NOT NULL DEFAULT 0
    CHECK (recorded_at_nanos BETWEEN 0 AND 999);
UPDATE oms_order_commit SET recorded_at_nanos = CAST(substring(recorded_at FROM '\.[0-9]{6}([0-9]{3})Z$') AS SMALLINT)
    WHERE recorded_at ~ '\.[0-9]{9}Z$';
ALTER TABLE oms_order_commit ALTER COLUMN recorded_at TYPE TIMESTAMP WITH TIME ZONE
    USING CAST(regexp_replace(recorded_at, '(\.[0-9]{6})[0-9]{3}Z$', '\1Z') AS TIMESTAMP WITH TIME ZONE);
-- jsonb keeps the events' values, not their text: key order and whitespace are its own. A stored string
-- holding U+0000 (written as \u0000) is refused by jsonb, and fails this migration rather than being altered.
ALTER TABLE oms_order_commit ALTER COLUMN events TYPE JSONB USING CAST(events AS JSONB);

ALTER TABLE oms_outbox ADD COLUMN recorded_at_nanos SMALLINT NOT NULL DEFAULT 0
    CHECK (recorded_at_nanos BETWEEN 0 AND 999);
UPDATE oms_outbox SET recorded_at_nanos = CAST(substring(recorded_at FROM '\.[0-9]{6}([0-9]{3})Z$') AS SMALLINT)
    WHERE recorded_at ~ '\.[0-9]{9}Z$';
ALTER TABLE oms_outbox ALTER COLUMN recorded_at TYPE TIMESTAMP WITH TIME ZONE
    USING CAST(regexp_replace(recorded_at, '(\.[0-9]{6})[0-9]{3}Z$', '\1Z') AS TIMESTAMP WITH TIME ZONE);
ALTER TABLE oms_outbox ALTER COLUMN event TYPE JSONB USING CAST(event AS JSONB);
