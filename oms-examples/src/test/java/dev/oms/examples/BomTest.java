// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The BOM pins exactly the artifacts a host depends on, at the build's version, and nothing else. */
class BomTest {

    private static final List<String> PUBLISHED = List.of("oms-spi", "oms-codec", "oms-core", "oms-insight", "oms-insight-charts", "oms-inmemory", "oms-postgres", "oms-testkit",
            "oms-spring-boot-starter");

    @Test
    void theBomPinsEveryPublishedArtifactAtTheBuildsVersionAndNothingElse() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        String bom = Files.readString(root.resolve("oms-bom/pom.xml"));
        String parent = Files.readString(root.resolve("pom.xml"));

        assertThat(all("<artifactId>(oms-[a-z-]+)</artifactId>", managed(bom))).containsExactlyElementsOf(PUBLISHED);
        assertThat(all("<groupId>([^<]+)</groupId>", managed(bom))).containsOnly("dev.oms");
        String version = first("<version>([^<]+)</version>", parent);
        assertThat(first("<version>([^<]+)</version>", bom)).as("the BOM's own version").isEqualTo(version);
        assertThat(all("<version>([^<]+)</version>", managed(bom))).containsOnly(version);
        assertThat(bom).doesNotContain("<parent>");
    }

    private static String managed(String pom) {
        return pom.substring(pom.indexOf("<dependencyManagement>"), pom.indexOf("</dependencyManagement>"));
    }

    private static List<String> all(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.results().map(r -> r.group(1)).collect(Collectors.toList());
    }

    private static String first(String regex, String text) {
        return all(regex, text).get(0);
    }
}
