// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/** The notification port: what oms tells customers, for the host to word and deliver. */
package dev.oms.spi.notification;
