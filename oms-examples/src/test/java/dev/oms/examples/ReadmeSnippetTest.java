// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Transitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the root README in step with the code: it must quote the marked region of {@link EmbeddingExample}
 * (which compiles and is tested) verbatim up to whitespace, and the state machine table exactly. Maven runs tests with the
 * module directory as working directory.
 */
class ReadmeSnippetTest {
    private static final String START = "// README-SNIPPET-START";
    private static final String END = "// README-SNIPPET-END";

    @Test
    void readmeQuotesTheEmbeddingExampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/oms/examples/EmbeddingExample.java"));
        int start = source.indexOf(START);
        int end = source.indexOf(END);
        assertThat(start).as("snippet markers in EmbeddingExample.java").isNotNegative().isLessThan(end);
        String snippet = normalised(source.substring(start + START.length(), end));
        assertThat(snippet).contains("OrderManagement.using").contains("confirmDelivery");

        String readme = normalised(Files.readString(Path.of("../README.md")));
        assertThat(readme).as("README.md quotes the snippet of EmbeddingExample.java").contains(snippet);
    }

    @Test
    void readmeShowsEveryImportTheEmbeddingExampleNeeds() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/oms/examples/EmbeddingExample.java"));
        String imports = source.lines().filter(line -> line.startsWith("import ")).collect(Collectors.joining("\n"));
        assertThat(imports).contains("import dev.oms.core.application.OrderManagement;");

        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md lists the imports of EmbeddingExample.java").contains(imports);
    }

    @Test
    void readmeShowsTheStateMachineTableAsTheCodeDefinesIt() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md shows Transitions.describe()").contains(Transitions.describe());
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
