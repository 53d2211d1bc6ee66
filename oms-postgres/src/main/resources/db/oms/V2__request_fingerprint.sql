-- The digest of the host request an idempotency key was first used with: the same key with other
-- parameters is rejected, not answered as a replay. Commits the facade keys itself store ''.
ALTER TABLE oms_order_commit ADD COLUMN request_fingerprint TEXT NOT NULL DEFAULT '';
