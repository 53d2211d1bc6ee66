// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * oms-insight is pure, like oms-core (design §2): forecasts, replenishment signals, reports and charts are functions
 * of their arguments, so the same history and stock always give the same answer. No I/O, no clock, no randomness, no
 * port and no adapter. Forecasting and replenishment know nothing of oms-core; the reports read its order model and
 * nothing else of it; nothing draws (the charts are a module of their own, oms-insight-charts). The policy what-if
 * is the one exception, and a narrow one: it runs the facade's real decisions on a copy of its own, built on the
 * in-memory adapters with a clock it sets and ids it chooses, so it stays a function of its inputs; it never takes
 * a host's port.
 */
@AnalyzeClasses(packages = "dev.oms.insight", importOptions = ImportOption.DoNotIncludeTests.class)
class InsightArchitectureTest {

    @ArchTest
    static final ArchRule insightDoesNoIo = noClasses().that().resideInAPackage("dev.oms.insight..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "java.nio.channels..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("a host reads the order history and stock and hands them in; the module only computes");

    @ArchTest
    static final ArchRule insightReadsNoClock = noClasses().that().resideInAPackage("dev.oms.insight..")
            .should().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("periods are the host's buckets; a forecast must replay identically");

    @ArchTest
    static final ArchRule insightMakesNoRandomness = noClasses().that().resideInAPackage("dev.oms.insight..")
            .should().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
            .orShould().callMethod(Math.class, "random")
            .because("the same history and stock must give the same forecast and the same suggestions");

    @ArchTest
    static final ArchRule insightCallsNoPortAndNoAdapter = noClasses().that().resideInAPackage("dev.oms.insight..")
            .and().resideOutsideOfPackage("dev.oms.insight.whatif..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.oms.inmemory..", "dev.oms.postgres..",
                    "dev.oms.testkit..", "org.slf4j..")
            .orShould().dependOnClassesThat(resideInAPackage("dev.oms.core..").and(not(resideInAPackage("dev.oms.core.order"))))
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Gateway")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Sender")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Carrier")
            .because("suggestions and signals are values; the host decides what to raise through which port");

    @ArchTest
    static final ArchRule whatIfTakesNoHostPort = noClasses().that().resideInAPackage("dev.oms.insight.whatif..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.oms.postgres..", "dev.oms.testkit..", "org.slf4j..")
            .orShould().dependOnClassesThat(resideInAPackage("dev.oms.spi..").and(
                    simpleNameEndingWith("Store")
                            .or(simpleNameEndingWith("Gateway"))
                            .or(simpleNameEndingWith("Sender"))
                            .or(simpleNameEndingWith("Carrier"))))
            .because("a what-if replays on its own in-memory copy; a host's store must never see its orders or stock moves");

    @ArchTest
    static final ArchRule forecastsAndReplenishmentKnowNothingOfOrders = noClasses()
            .that().resideInAnyPackage("dev.oms.insight.forecast..", "dev.oms.insight.replenishment..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.oms.core..")
            .because("the host buckets its own history into demand series; planning needs no order model");

    @ArchTest
    static final ArchRule nothingDraws = noClasses().that().resideInAPackage("dev.oms.insight..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "java.awt..", "javax.imageio..")
            .because("reports are plain values a host can use without a graphics library; charts are oms-insight-charts");

    @ArchTest
    static final ArchRule forecastingKnowsNothingOfReplenishment = noClasses().that().resideInAPackage("dev.oms.insight.forecast..")
            .should().dependOnClassesThat().resideInAPackage("dev.oms.insight.replenishment..")
            .because("replenishment reads forecasts, never the other way round");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.oms.insight.(*)..").should().beFreeOfCycles();
}
