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

/**
 * The repository's Java source files, for the tests that hold every module to one rule: they walk the tree,
 * so a module added later is checked without being named.
 */
final class SourceTree {
    /** The repository root: Surefire runs in the module's directory, and the modules are its siblings. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private SourceTree() {}

    /** Every {@code .java} file whose path contains {@code folder} (such as {@code /src/main/java/}), build output left out. */
    static List<Path> javaFiles(String folder) {
        assertThat(ROOT.resolve("oms-core/src/main/java")).as("the repository root").isDirectory();
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains(folder))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's lines, read whole. */
    static List<String> lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
