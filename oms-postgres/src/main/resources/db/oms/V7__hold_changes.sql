-- Checkout holds whose units change (HoldStore.change): a change replaces movements, reservation_key and the
-- expiry by a compare-and-set on reservation_key, records the units it took off the hold until they are back
-- in the inventory (given_up, a list of movements like movements), and appends its record to changes.
ALTER TABLE oms_hold ADD COLUMN given_up TEXT   NOT NULL DEFAULT '[]';
ALTER TABLE oms_hold ADD COLUMN changes  TEXT[] NOT NULL DEFAULT '{}';
