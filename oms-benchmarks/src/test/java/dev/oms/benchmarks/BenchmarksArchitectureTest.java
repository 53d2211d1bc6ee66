// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Spring stays inside the one workload that compares against it. */
@AnalyzeClasses(packages = "dev.oms.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchmarksArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheStatemachineShopUsesSpring = noClasses()
            .that().doNotHaveSimpleName("StatemachineShop").and().resideOutsideOfPackage("dev.oms.benchmarks.jmh_generated..")
            .and().doNotHaveFullyQualifiedName(StatemachineShop.class.getName() + "$MapPersist")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..")
            .because("the Spring Statemachine comparison must not leak into the oms workloads");
}
