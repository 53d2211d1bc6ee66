-- The version of the order whose commit last stored waiting lines in oms_waiting_line, 0 when none ever did;
-- NULL for orders stored before this migration (not known). An append whose summary has no waiting lines
-- deletes the order's old lines only when they can exist: when this is NULL or the version it appends after.
-- Most orders never wait, so most appends save that statement. Portable SQL as in V1: a nullable column.
-- (V6 on the reverted pg-lean branch; V6 went to the allocated lines meanwhile.)
ALTER TABLE oms_order ADD COLUMN waiting_version BIGINT;
