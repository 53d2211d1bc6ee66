// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The stored format depends on the ports' values and Jackson alone: any store, and no store in particular, can use it. */
@AnalyzeClasses(packages = "dev.oms.codec", importOptions = ImportOption.DoNotIncludeTests.class)
class CodecArchitectureTest {

    @ArchTest
    static final ArchRule codecUsesOnlyTheSpiAndJackson = classes()
            .that().resideInAPackage("dev.oms.codec..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.oms.codec..", "dev.oms.spi..", "java..",
                    "org.joda.money..", "com.fasterxml.jackson..");
}
