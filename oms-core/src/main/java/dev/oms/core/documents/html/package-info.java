// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The shipping documents rendered as HTML pages, by pure string building: {@link
 * dev.oms.core.documents.html.HtmlDocuments}. Everything taken from the order (what the customer or the channel typed
 * included) is HTML-escaped; a host prints the page, or hands it to the HTML-to-PDF tool of its choice.
 */
package dev.oms.core.documents.html;
