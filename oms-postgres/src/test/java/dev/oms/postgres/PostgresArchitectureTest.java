// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * An adapter depends on the ports in oms-spi, never on the domain or another adapter. The stored JSON is read and
 * written by oms-codec.
 */
@AnalyzeClasses(packages = "dev.oms.postgres", importOptions = ImportOption.DoNotIncludeTests.class)
class PostgresArchitectureTest {

    @ArchTest
    static final ArchRule adapterDoesNotDependOnTheCoreOrOtherAdapters = noClasses()
            .that().resideInAPackage("dev.oms.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.oms.core..", "dev.oms.inmemory..", "dev.oms.testkit..");

    @ArchTest
    static final ArchRule adapterUsesOnlyTheSpiJdbcAndItsLibraries = classes()
            .that().resideInAPackage("dev.oms.postgres..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.oms.postgres..", "dev.oms.codec..", "dev.oms.spi..", "java..",
                    "javax.sql..", "io.vavr..", "org.joda.money..", "org.slf4j..", "org.flywaydb.core..");
}
