// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Adapters depend on the ports in oms-spi (and the stored format), never on the domain: a host can swap any of them. */
@AnalyzeClasses(packages = "dev.oms.inmemory", importOptions = ImportOption.DoNotIncludeTests.class)
class InMemoryArchitectureTest {

    @ArchTest
    static final ArchRule adaptersDoNotDependOnTheCore = noClasses()
            .that().resideInAPackage("dev.oms.inmemory..")
            .should().dependOnClassesThat().resideInAPackage("dev.oms.core..");

    @ArchTest
    static final ArchRule adaptersUseOnlyTheSpiAndTheirLibraries = classes()
            .that().resideInAPackage("dev.oms.inmemory..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "dev.oms.inmemory..", "dev.oms.spi..", "dev.oms.codec..", "java..", "io.vavr..", "org.joda.money..", "org.slf4j..");
}
