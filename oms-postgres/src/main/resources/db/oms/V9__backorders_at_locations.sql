-- Backordered units a location's terms took wait at that location: its receipts fill them first, and its
-- backorder limit counts them. Empty for units waiting for stock anywhere, and for pre-orders.
ALTER TABLE oms_waiting_line ADD COLUMN waits_at VARCHAR(200) COLLATE "C";
