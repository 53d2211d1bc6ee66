// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The stored JSON forms of events, stock requests and answers: written field by field over Jackson's tree
 * model (never bound by reflection) so that the format is explicit, exact (money as decimal strings,
 * instants as ISO-8601) and independent of Java field names. Reading is strict, and every text that cannot
 * be read throws {@link dev.oms.codec.StoredFormatException}, naming its row but no stored value.
 *
 * <h2>Event format versions</h2>
 * Events are written in the newest format and read in every format ever stored; a stored row is never
 * rewritten. Each version is pinned by a golden file under {@code src/test/resources/golden/}, which is
 * never edited once written.
 * <ul>
 *   <li><b>v1</b> ({@code events-v1.jsonl}): one line per event type. A {@code PaymentAuthorized} had no
 *       time of its own: the authorisation counted from its commit's {@code recorded_at}. Reading one
 *       therefore needs the commit's time, which {@code PostgresOrderStore} (per commit) and
 *       {@code OutboxRelay} (per outbox row) pass to {@link dev.oms.codec.EventCodec}.</li>
 *   <li><b>v2</b> ({@code events-v2.jsonl}, holding only the types that changed): {@code PaymentAuthorized}
 *       stores {@code authorizedAt}. Every other type is stored as in v1.</li>
 * </ul>
 * Renaming an event record keeps its stored {@code "type"}: {@code WaitingEvent.ReleaseFellShort} is stored
 * as {@code "PreorderStillWaiting"}, its name in v1.
 */
package dev.oms.codec;
