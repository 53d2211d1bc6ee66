// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents.html;

import java.math.BigDecimal;
import org.joda.money.Money;

/** Builds one HTML page: every text put in goes through {@link #text}, so nothing typed upstream becomes markup. */
final class Html {
    private final StringBuilder page = new StringBuilder();

    Html(String title) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n</head>\n<body>\n");
    }

    /** Escapes the five characters that are markup in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String money(Money money) {
        return money.getCurrencyUnit().getCode() + " " + money.getAmount().toPlainString();
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Opens an element with a class, e.g. {@code open("section", "ship-to")}. */
    Html open(String element, String cssClass) {
        page.append('<').append(element).append(" class=\"").append(escape(cssClass)).append("\">\n");
        return this;
    }

    Html close(String element) {
        page.append("</").append(element).append(">\n");
        return this;
    }

    /** An element holding text, e.g. {@code element("h1", "Invoice INV-1")}. */
    Html element(String element, String text) {
        page.append('<').append(element).append('>').append(escape(text)).append("</").append(element).append(">\n");
        return this;
    }

    /** A table row of header cells. */
    Html headings(String... cells) {
        return row("th", cells);
    }

    /** A table row of data cells. */
    Html cells(String... cells) {
        return row("td", cells);
    }

    private Html row(String cell, String... cells) {
        page.append("<tr>");
        for (String text : cells) {
            page.append('<').append(cell).append('>').append(escape(text)).append("</").append(cell).append('>');
        }
        page.append("</tr>\n");
        return this;
    }

    String end() {
        return page.append("</body>\n</html>\n").toString();
    }
}
