// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Production storage for oms on PostgreSQL 14+ (SQL kept to what YugabyteDB and Citus accept): {@link
 * dev.oms.postgres.PostgresOrderStore}, {@link dev.oms.postgres.PostgresInventoryStore}, {@link
 * dev.oms.postgres.PostgresHoldStore}, order ids from {@link dev.oms.postgres.TimeOrderedIdGenerator}, the transactional
 * outbox's {@link dev.oms.postgres.OutboxRelay}, and {@link dev.oms.postgres.OmsPostgres#migrate} for the
 * schema. Plain JDBC over a host-supplied {@code DataSource}; depends on oms-spi only.
 */
package dev.oms.postgres;
