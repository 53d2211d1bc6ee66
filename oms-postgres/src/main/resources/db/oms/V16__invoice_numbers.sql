-- Invoice numbers (InvoiceNumbers): gapless and sequential per series, once per idempotency key.
-- oms_invoice_series holds each series' last number issued; issuing locks its row (SELECT ... FOR UPDATE), then
-- records the key's number and moves the counter in the same transaction, so a rolled-back issue leaves no gap and
-- concurrent issuers queue on the row. The primary key and the unique (series, sequence) make a key's second number
-- or a number's second key impossible whatever the code does. Instants are kept exactly, as ISO text (as in V3).
CREATE TABLE oms_invoice_series (
    series       VARCHAR(200) PRIMARY KEY,
    last_issued  BIGINT       NOT NULL CHECK (last_issued >= 0)
);

CREATE TABLE oms_invoice_number (
    series           VARCHAR(200) NOT NULL REFERENCES oms_invoice_series (series),
    idempotency_key  VARCHAR(500) NOT NULL,
    sequence         BIGINT       NOT NULL CHECK (sequence >= 1),
    issued_at        VARCHAR(40)  NOT NULL,
    PRIMARY KEY (series, idempotency_key),
    UNIQUE (series, sequence)
);
