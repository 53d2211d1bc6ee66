// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.vavr.control.Either;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the facade: one service per kind of caller, none leaning on another; one vocabulary at its
 * public API; every class short enough to read in one sitting.
 */
class FacadeShapeTest {
    private static final List<Class<?>> SERVICES = List.of(OrderTaking.class, Storefront.class, Warehouse.class,
            Inbound.class, Sourcing.class, Payments.class, Approvals.class, Recovery.class, OrderQueries.class, Transfers.class,
            Returns.class, Documents.class, Subscriptions.class);
    private static final List<Class<?>> PUBLIC_API = List.of(OrderManagement.class, OrderManagementBuilder.class,
            OrderTaking.class, Storefront.class, Warehouse.class, Inbound.class, Sourcing.class, Payments.class,
            Approvals.class, ApprovalRequest.class, Recovery.class, OrderQueries.class, CancelRequest.class, PackRequest.class, StockReceipt.class,
            PurchaseReceipt.class, Packed.class, Shipped.class, ResumeReport.class, ResumeReport.Failure.class, Returns.class,
            ReturnRequest.class, ReturnDecision.class, ReturnOpened.class, ReturnArrival.class, Documents.class, Invoicing.class,
            CustomerOrderView.class, CustomerOrderView.Parcel.class, Subscriptions.class, BackInStock.class);
    private static final int MAX_LINES = 300;

    @Test
    void noServiceDependsOnAnother() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.oms.core.application");
        for (Class<?> service : SERVICES) {
            Class<?>[] others = SERVICES.stream().filter(s -> s != service).toArray(Class<?>[]::new);
            noClasses().that().belongToAnyOf(service).should().dependOnClassesThat().belongToAnyOf(others)
                    .because("each caller's service stands alone; only the composition root knows them all")
                    .check(classes);
        }
    }

    @Test
    void thePublicApiSpeaksJavaOptionalsAndListsAndVavrEitherOnly() {
        List<String> offending = new ArrayList<>();
        for (Class<?> type : PUBLIC_API) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                types.add(method.getGenericReturnType());
                for (Type used : types) {
                    if (usesVavrBeyondEither(used)) {
                        offending.add(type.getSimpleName() + "." + method.getName() + ": " + used.getTypeName());
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void everySourceFileOfTheFacadeIsShortEnoughToReadInOneSitting() throws IOException {
        Path sources = Path.of("src/main/java/dev/oms/core/application");
        try (Stream<Path> files = Files.list(sources)) {
            List<String> tooLong = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    tooLong.add(file.getFileName() + ": " + lines + " lines");
                }
            }
            assertThat(tooLong).as("files over %s lines", MAX_LINES).isEmpty();
        }
    }

    private static boolean usesVavrBeyondEither(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            if (usesVavrBeyondEither(parameterized.getRawType())) {
                return true;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (usesVavrBeyondEither(argument)) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof Class<?> raw && raw.getName().startsWith("io.vavr.") && raw != Either.class;
    }
}
