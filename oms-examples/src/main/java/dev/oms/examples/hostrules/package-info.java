// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Rules a host writes for its own business and plugs into oms, tested with oms-testkit's generators and
 * invariant checkers (see {@code HostRoutingRuleProperties} in this module's tests).
 */
package dev.oms.examples.hostrules;
