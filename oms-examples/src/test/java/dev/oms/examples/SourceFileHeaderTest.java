// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Java source file of every module, main and test, benchmarks included, starts with the licence header
 * (SPDX identifier, then copyright), so a file copied out of oms carries its licence.
 */
class SourceFileHeaderTest {

    static final List<String> HEADER = List.of(
            "// SPDX-License-Identifier: Apache-2.0",
            "// Copyright 2026 the oms authors");

    @Test
    void everyJavaSourceFileStartsWithTheLicenceHeader() {
        List<String> withoutHeader = SourceTree.javaFiles("/src/").stream()
                .filter(p -> {
                    List<String> lines = SourceTree.lines(p);
                    return !lines.subList(0, Math.min(HEADER.size(), lines.size())).equals(HEADER);
                })
                .map(p -> SourceTree.ROOT.relativize(p).toString())
                .toList();

        assertThat(withoutHeader).as("Java source files without the licence header %s", HEADER).isEmpty();
    }
}
