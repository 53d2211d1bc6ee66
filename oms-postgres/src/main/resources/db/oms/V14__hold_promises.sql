-- SPDX-License-Identifier: Apache-2.0
-- Copyright 2026 the oms authors
-- Units a checkout hold promises without stock (Hold.promised): promised is a JSON list like movements, and
-- promised_skus repeats the SKUs it names, written together with it by create and change. HoldStore.livePromising
-- runs on every placement of an announced or backorderable SKU, so it must find the active holds promising a
-- SKU from an index, not by reading every hold: a GIN index over promised_skus answers "@> ARRAY[sku]", and
-- restricting it to active holds keeps ended ones, which promise nothing any more, out of it.
ALTER TABLE oms_hold ADD COLUMN promised      TEXT   NOT NULL DEFAULT '[]';
ALTER TABLE oms_hold ADD COLUMN promised_skus TEXT[] NOT NULL DEFAULT '{}';

CREATE INDEX oms_hold_active_promised_skus ON oms_hold USING GIN (promised_skus) WHERE state = 'ACTIVE';
