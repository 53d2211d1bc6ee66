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
 * Every Java source file of every module, main and test, benchmarks included, starts with the licence header
 * (SPDX identifier, then copyright), so a file copied out of oms carries its licence. The test walks the
 * repository, so a module added later is checked without being named here.
 */
class SourceFileHeaderTest {

    static final List<String> HEADER = List.of(
            "// SPDX-License-Identifier: Apache-2.0",
            "// Copyright 2026 the oms authors");

    @Test
    void everyJavaSourceFileStartsWithTheLicenceHeader() throws IOException {
        // Surefire runs in the module's directory; the modules are its siblings.
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> withoutHeader;
        try (Stream<Path> files = Files.walk(root)) {
            withoutHeader = files
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> !firstLines(p).equals(HEADER))
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(root.resolve("oms-core/src/main/java")).as("the repository root").isDirectory();
        assertThat(withoutHeader).as("Java source files without the licence header %s", HEADER).isEmpty();
    }

    private static List<String> firstLines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.limit(HEADER.size()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
