// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.oms.spi.event.OrderEvent;

/** The shape of the SPI contract: events in their family files, and no library types that tie a host to ours. */
@AnalyzeClasses(packages = "dev.oms.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class SpiArchitectureTest {

    @ArchTest
    static final ArchRule eventsLiveInTheirFamilies = classes().that().implement(OrderEvent.class).and().areNotInterfaces()
            .should(CoreArchitectureTest.beNestedInAFamilyOf(OrderEvent.class))
            .because("each event family (placement, allocation, waiting, indent, payment, fulfilment, cancellation,"
                    + " effect bookkeeping) is one file, and a listener finds a fact by its family");

    @ArchTest
    static final ArchRule portsUseJavaCollections = noClasses().that().resideInAPackage("dev.oms.spi..")
            .should().dependOnClassesThat().resideInAPackage("io.vavr..")
            .because("one optional type and one list type at the ports: java.util's, which every host already knows");
}
