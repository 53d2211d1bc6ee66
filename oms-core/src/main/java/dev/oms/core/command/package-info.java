// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * What an existing order is asked, and what a decision may read. Commands carry intent only, each with its
 * idempotency key, in sealed families: {@link dev.oms.core.command.AllocationCommand},
 * {@link dev.oms.core.command.WaitingCommand}, {@link dev.oms.core.command.IndentCommand},
 * {@link dev.oms.core.command.PaymentCommand}, {@link dev.oms.core.command.FulfilmentCommand} and
 * {@link dev.oms.core.command.CancellationCommand} are requests; {@link dev.oms.core.command.EffectOutcome}
 * is what a port answered to an effect the order owed. The time, policies and inventory views a decision
 * reads come in a {@link dev.oms.core.command.DecisionContext}.
 */
package dev.oms.core.command;
