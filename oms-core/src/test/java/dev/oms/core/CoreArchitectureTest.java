// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.oms.core.command.EffectOutcome;
import dev.oms.core.command.OrderCommand;

/**
 * The dependency rules of design §2 for oms-core: a pure domain that does no I/O, reads no clock, makes
 * no random ids, imports no adapter, and talks to the world only from its application facade.
 */
@AnalyzeClasses(packages = "dev.oms.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoAdapter = noClasses().that().resideInAPackage("dev.oms.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.oms.inmemory..", "dev.oms.postgres..", "dev.oms.testkit..")
            .because("adapters depend on oms-spi, never the other way round");

    @ArchTest
    static final ArchRule coreDoesNoIo = noClasses().that().resideInAPackage("dev.oms.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "java.nio.channels..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
            .because("storage and network are the host's, reached through ports");

    @ArchTest
    static final ArchRule coreReadsNoClock = noClasses().that().resideInAPackage("dev.oms.core..")
            .should().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("time comes in through the clock port, so decisions replay identically");

    @ArchTest
    static final ArchRule coreMakesNoRandomness = noClasses().that().resideInAPackage("dev.oms.core..")
            .should().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
            .orShould().callMethod(Math.class, "random")
            .because("ids come from the IdGenerator port and routing ties break on stable keys");

    @ArchTest
    static final ArchRule onlyTheFacadeLogs = noClasses().that().resideInAPackage("dev.oms.core..")
            .and().resideOutsideOfPackage("dev.oms.core.application..")
            .should().dependOnClassesThat().resideInAPackage("org.slf4j..")
            .because("the domain is pure; logging belongs at the edge");

    @ArchTest
    static final ArchRule onlyTheFacadeTalksToPorts = noClasses().that().resideInAPackage("dev.oms.core..")
            .and().resideOutsideOfPackage("dev.oms.core.application..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Gateway")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Sender")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Carrier")
            .because("domain packages decide; the application facade calls ports");

    @ArchTest
    static final ArchRule domainPackagesHaveNoCycles = slices().matching("dev.oms.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commandsLiveInTheirFamilies = classes().that().implement(OrderCommand.class).and().areNotInterfaces()
            .should(beNestedInAFamilyOf(OrderCommand.class))
            .because("each command family (allocation, waiting, indent, payment, fulfilment, cancellation, effect outcomes)"
                    + " is one file, so a family reads in one sitting");

    @ArchTest
    static final ArchRule onlyTheEffectRunnerReportsPortAnswers = noClasses().that().resideInAPackage("dev.oms.core..")
            .and().resideOutsideOfPackage("dev.oms.core.application..")
            .and().resideOutsideOfPackage("dev.oms.core.command..")
            .and().resideOutsideOfPackage("dev.oms.core.decision..")
            .should().callConstructorWhere(DescribedPredicate.describe("the constructor of an effect outcome",
                    call -> call.getTargetOwner().isAssignableTo(EffectOutcome.class)))
            .because("a port's answer is made where the port is called, never by a decision");

    @ArchTest
    static final ArchRule rulesDoNotReachIntoTheFacade = noClasses().that().resideInAPackage("dev.oms.core..")
            .and().resideOutsideOfPackage("dev.oms.core.application..")
            .should().dependOnClassesThat().resideInAPackage("dev.oms.core.application..")
            .because("the facade calls the rules, never the other way round");

    @ArchTest
    static final ArchRule theAggregateReadsNoRules = noClasses().that().resideInAPackage("dev.oms.core.order..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.oms.core.allocation..", "dev.oms.core.cancellation..",
                    "dev.oms.core.fulfilment..", "dev.oms.core.indent..", "dev.oms.core.dropship..", "dev.oms.core.payment..", "dev.oms.core.preorder..",
                    "dev.oms.core.restock..", "dev.oms.core.backorder..", "dev.oms.core.placement..", "dev.oms.core.decision..",
                    "dev.oms.core.routing..", "dev.oms.core.availability..", "dev.oms.core.command..", "dev.oms.core.effects..")
            .because("the order aggregate holds state and evolves it; the rule packages read it, never the other way");

    /** The class is a record nested directly in a sealed family interface that extends {@code root}. */
    static ArchCondition<JavaClass> beNestedInAFamilyOf(Class<?> root) {
        return new ArchCondition<>("be nested in a sealed family of " + root.getSimpleName()) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean nested = item.getEnclosingClass()
                        .map(family -> family.isInterface() && family.getRawInterfaces().stream()
                                .anyMatch(parent -> parent.isEquivalentTo(root)))
                        .orElse(false);
                events.add(new SimpleConditionEvent(item, nested,
                        item.getName() + (nested ? " is" : " is not") + " nested in a family of " + root.getSimpleName()));
            }
        };
    }
}
