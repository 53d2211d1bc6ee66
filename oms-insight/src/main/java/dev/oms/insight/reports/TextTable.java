// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixed-width text tables: a title, a header, a rule and the rows. Text columns are left-aligned and figures
 * right-aligned, so a column of numbers lines up by its last digit as a person reads down it. Public so that other
 * insight packages (the policy what-if) render their tables alike.
 */
public final class TextTable {
    private final String title;
    private final List<String> headers;
    private final int textColumns;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(String title, int textColumns, List<String> headers) {
        this.title = title;
        this.textColumns = textColumns;
        this.headers = headers;
    }

    /**
     * {@return an empty table whose first {@code textColumns} columns hold text and the rest figures}
     *
     * @param title the line printed above the table
     * @param textColumns how many columns, from the left, hold text
     * @param headers the columns' headers
     */
    public static TextTable titled(String title, int textColumns, String... headers) {
        return new TextTable(title, textColumns, List.of(headers));
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column, printed with {@link String#valueOf(Object)}
     * @return this table
     * @throws IllegalArgumentException when the row has another number of cells than the table has columns
     */
    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** {@return the title, the header, a rule and the rows, each line ending in a newline} */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        line(out, headers, widths);
        int ruleLength = 0;
        for (int width : widths) {
            ruleLength += width;
        }
        out.append("-".repeat(ruleLength + 2 * (widths.length - 1))).append('\n');
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(c < textColumns ? cell + pad : pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
