// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RESULTS.md holds several generated sections (the suite's table, each growth run) beside text kept by
 * hand. Each generator owns the text between its two markers and replaces only that, so one run never
 * wipes another's figures.
 */
final class ResultsFile {
    private ResultsFile() {}

    /** Puts {@code markdown} between the markers of {@code section}, appending the section when it is new. */
    static void replaceSection(Path file, String section, String markdown) throws IOException {
        String begin = "<!-- begin " + section + " -->\n";
        String end = "<!-- end " + section + " -->\n";
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int from = old.indexOf(begin);
        int to = from < 0 ? -1 : old.indexOf(end, from);
        String block = begin + markdown + (markdown.endsWith("\n") ? "" : "\n") + end;
        String updated;
        if (from >= 0 && to >= 0) {
            updated = old.substring(0, from) + block + old.substring(to + end.length());
        } else {
            updated = old + (old.isEmpty() || old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n") + block;
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
