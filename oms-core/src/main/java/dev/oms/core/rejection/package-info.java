// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** Why a command was refused: every problem at once, each with a stable code and the offending field's path. */
package dev.oms.core.rejection;
