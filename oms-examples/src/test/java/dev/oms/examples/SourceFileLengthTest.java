// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every main source file of every module reads in one sitting: at most {@value #MAX_LINES} lines. A file
 * that grows past it has more than one job; split it where the jobs part, not at an arbitrary line.
 */
class SourceFileLengthTest {

    static final int MAX_LINES = 300;

    @Test
    void noMainSourceFileIsLongerThanAboutThreeHundredLines() {
        List<String> tooLong = SourceTree.javaFiles("/src/main/java/").stream()
                .filter(p -> SourceTree.lines(p).size() > MAX_LINES)
                .map(p -> SourceTree.ROOT.relativize(p) + " (" + SourceTree.lines(p).size() + " lines)")
                .toList();

        assertThat(tooLong).as("main source files over %d lines", MAX_LINES).isEmpty();
    }
}
