-- The host application's own first migration, applied by Spring Boot's Flyway before oms migrates.
CREATE TABLE host_customer (
    customer_id VARCHAR(64) PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL
);
