// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every main source file of every module reads in one sitting: at most {@value #MAX_LINES} lines. A file
 * that grows past it has more than one job; split it where the jobs part, not at an arbitrary line.
 */
class SourceFileLengthTest {

    static final int MAX_LINES = 300;

    @Test
    void noMainSourceFileIsLongerThanAboutThreeHundredLines() throws IOException {
        // Surefire runs in the module's directory; the modules are its siblings.
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(root)) {
            tooLong = files
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> root.relativize(p) + " (" + lines(p) + " lines)")
                    .collect(Collectors.toList());
        }
        assertThat(root.resolve("oms-core/src/main/java")).as("the repository root").isDirectory();
        assertThat(tooLong).as("main source files over %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
