// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Approval holds: an order waiting for a person (fraud, payment or address review, or held by hand) keeps its
 * reservations and authorisation, but is not picked, packed, shipped or captured until every hold is released;
 * a rejection cancels what has not shipped. Holds are placed by the host's {@link dev.oms.core.approval.ApprovalPolicy}
 * at placement or by hand later.
 */
package dev.oms.core.approval;
