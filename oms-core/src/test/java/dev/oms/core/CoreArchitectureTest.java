package dev.oms.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
