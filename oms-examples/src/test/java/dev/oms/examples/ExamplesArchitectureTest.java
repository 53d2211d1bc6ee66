// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.oms.core.returns.ReturnPolicy;

/**
 * The examples are host code: they may use what a host is meant to use (the facade, the packages its
 * answers are made of, the policies its builder takes, the SPI, the in-memory adapters) and nothing of
 * oms-core's inner workings.
 */
@AnalyzeClasses(packages = "dev.oms.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

    @ArchTest
    static final ArchRule examplesUseOnlyThePublicApi = classes().that().resideInAPackage("dev.oms.examples..")
            .should().onlyDependOnClassesThat(resideInAnyPackage(
                    "dev.oms.examples..",
                    "dev.oms.core.application..", "dev.oms.core.placement..", "dev.oms.core.order..",
                    "dev.oms.core.rejection..", "dev.oms.core.allocation..",
                    "dev.oms.core.backorder..", "dev.oms.core.indent..", "dev.oms.core.approval..",
                    "dev.oms.spi..", "dev.oms.inmemory..", "dev.oms.insight..",
                    "java..", "io.vavr..", "org.joda.money..")
                    // Of the returns package only its policy, which the builder takes: its rules and receiving are
                    // oms's own workings.
                    .or(equivalentTo(ReturnPolicy.class))
                    // Of routing, the strategies a host picks from (the simulation's what-if tries one).
                    .or(equivalentTo(dev.oms.core.routing.Strategies.class))
                    .or(equivalentTo(dev.oms.core.routing.RoutingStrategy.class)))
            .because("a host needs only the facade, its answers, the policies it plugs in, the SPI and an adapter module");
}
