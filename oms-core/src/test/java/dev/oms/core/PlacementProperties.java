// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.placement.PlacementValidation;
import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Bad input at the front door: every malformed placement is rejected with every problem named, each
 * with its stable code and the path of the field at fault, and nothing is stored, reserved, charged or
 * sent. Placements with no fault in them are accepted, so the property cannot pass by refusing everything.
 */
class PlacementProperties {
    private static final int CATALOGUE_SIZE = 12;
    private static final LocationId WAREHOUSE = LocationId.of("WH");

    /** What a generated line gets wrong, if anything, and the problem that must be reported for it. */
    enum Fault {
        NONE(null, null),
        ZERO_QUANTITY(ProblemCode.QUANTITY_NOT_POSITIVE, "quantity"),
        NEGATIVE_QUANTITY(ProblemCode.QUANTITY_NOT_POSITIVE, "quantity"),
        ABSURD_QUANTITY(ProblemCode.QUANTITY_TOO_LARGE, "quantity"),
        UNKNOWN_SKU(ProblemCode.UNKNOWN_SKU, "sku"),
        OTHER_CURRENCY(ProblemCode.CURRENCY_MISMATCH, "unitPrice"),
        NEGATIVE_PRICE(ProblemCode.PRICE_NEGATIVE, "unitPrice"),
        ABSURD_PRICE(ProblemCode.AMOUNT_TOO_LARGE, "unitPrice"),
        NUL_IN_SKU(ProblemCode.TEXT_NOT_ALLOWED, "sku"),
        ENDLESS_SKU(ProblemCode.TEXT_TOO_LONG, "sku");

        final ProblemCode code;
        final String field;

        Fault(ProblemCode code, String field) {
            this.code = code;
            this.field = field;
        }
    }

    private static final java.util.Set<Fault> FIRST_LINE_KEEPS_CLEAN =
            java.util.EnumSet.of(Fault.OTHER_CURRENCY, Fault.UNKNOWN_SKU, Fault.NUL_IN_SKU, Fault.ENDLESS_SKU);

    record Placement(PlaceOrder command, List<String> expectedProblems) {}

    @Property(tries = 300)
    void everyProblemIsNamedAndNothingHappens(@ForAll("placements") Placement placement) {
        Shop shop = new Shop();
        Either<Rejection, ?> result = shop.oms.orders().place(placement.command());

        if (placement.expectedProblems().isEmpty()) {
            assertThat(result.isRight()).as("a faultless placement is accepted: %s", result).isTrue();
            return;
        }
        assertThat(result.isLeft()).as("a faulty placement is rejected").isTrue();
        List<String> reported = result.getLeft().problems().map(PlacementProperties::codeAt).toJavaList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(placement.expectedProblems());
        assertThat(result.getLeft().problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        shop.assertUntouched();
    }

    @Property(tries = 20)
    void absurdlyManyLinesAreRefusedAsOneProblem(@ForAll @IntRange(min = PlacementValidation.MAX_LINES + 1, max = 3_000) int lines) {
        Shop shop = new Shop();
        List<LineRequest> requests = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            requests.add(LineRequest.of("S" + (i % CATALOGUE_SIZE), 1, Money.parse("EUR 1.00")));
        }
        Either<Rejection, ?> result = shop.oms.orders().place(order("BIG", Optional.of(TestShop.address()), requests));
        assertThat(result.getLeft().problems().map(PlacementProperties::codeAt)).containsExactly("TOO_MANY_LINES@lines");
        shop.assertUntouched();
    }

    @Provide
    Arbitrary<Placement> placements() {
        Arbitrary<List<Fault>> faults = Arbitraries.frequencyOf(
                        weighted(6, Arbitraries.just(Fault.NONE)),
                        weighted(1, Arbitraries.of(Fault.class)))
                .list().ofMinSize(0).ofMaxSize(8);
        Arbitrary<Boolean> blankExternalId = Arbitraries.of(false, false, false, true);
        Arbitrary<Boolean> missingAddress = Arbitraries.of(false, false, false, true);
        return Combinators.combine(faults, blankExternalId, missingAddress).as(PlacementProperties::placement);
    }

    private static Placement placement(List<Fault> faults, boolean blankExternalId, boolean missingAddress) {
        List<String> expected = new ArrayList<>();
        if (blankExternalId) {
            expected.add("EXTERNAL_ID_BLANK@externalId");
        }
        if (missingAddress) {
            expected.add("MISSING_ADDRESS@shipTo");
        }
        if (faults.isEmpty()) {
            expected.add("NO_LINES@lines");
        }
        List<LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            // The first line sets the order's currency and is the one a duplicate repeats, so it stays clean there.
            Fault fault = i == 0 && FIRST_LINE_KEEPS_CLEAN.contains(faults.get(0)) ? Fault.NONE : faults.get(i);
            lines.add(line(i, fault));
            if (fault.code != null) {
                expected.add(fault.code + "@lines[" + i + "]." + fault.field);
            }
        }
        PlaceOrder command = order(blankExternalId ? " " : "EXT-1", missingAddress ? Optional.empty() : Optional.of(TestShop.address()), lines);
        return new Placement(command, expected);
    }

    private static LineRequest line(int index, Fault fault) {
        Sku sku = Sku.of("S" + index);
        long quantity = 1 + index % 3;
        Money price = Money.parse("EUR 9.95");
        switch (fault) {
            case ZERO_QUANTITY -> quantity = 0;
            case NEGATIVE_QUANTITY -> quantity = -1 - index;
            case ABSURD_QUANTITY -> quantity = PlacementValidation.MAX_QUANTITY + 1 + index;
            case UNKNOWN_SKU -> sku = Sku.of("NO-SUCH-" + index);
            case OTHER_CURRENCY -> price = Money.parse("USD 9.95");
            case NEGATIVE_PRICE -> price = Money.parse("EUR -0.01");
            // A SKU no catalogue could hold is refused for its text alone, never looked up as unknown.
            case ABSURD_PRICE -> price = Money.of(CurrencyUnit.EUR, InputLimits.MAX_UNIT_PRICE).plus(Money.parse("EUR 0.01"));
            case NUL_IN_SKU -> sku = Sku.of("S\u0000" + index);
            case ENDLESS_SKU -> sku = Sku.of("S" + "9".repeat(InputLimits.TextKind.ID.maxLength()) + index);
            case NONE -> { }
        }
        return new LineRequest(sku, quantity, price);
    }

    private static PlaceOrder order(String externalId, Optional<Address> shipTo, List<LineRequest> lines) {
        return PlaceOrder.builder().channel(Channel.MARKETPLACE).externalId(externalId).customer(CustomerRef.of("C-1"))
                .shipTo(shipTo).paymentMethod(PaymentMethod.card("tok_ok")).lines(lines).build();
    }

    private static String codeAt(Problem problem) {
        return problem.code() + "@" + problem.path();
    }

    private static <T> net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> value) {
        return net.jqwik.api.Tuple.of(weight, value);
    }

    /** A catalogue of S0..S11, each with ample stock in one warehouse. */
    private static final class Shop {
        final InMemoryAdapters adapters = InMemoryAdapters.create();
        final OrderManagement oms;

        Shop() {
            adapters.inventory().addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1));
            for (int i = 0; i < CATALOGUE_SIZE; i++) {
                Sku sku = Sku.of("S" + i);
                adapters.catalog().add(new Product(sku, "Product " + i));
                adapters.inventory().setStock(sku, WAREHOUSE, 1_000, "BIN-" + i);
            }
            oms = OrderManagement.using(adapters.ports(TestShop.CLOCK));
        }

        void assertUntouched() {
            assertThat(Page.all(adapters.orders()::orderIds)).as("orders stored").isEmpty();
            for (int i = 0; i < CATALOGUE_SIZE; i++) {
                assertThat(adapters.inventory().stockAt(Sku.of("S" + i), WAREHOUSE).get().reserved()).as("reserved S" + i).isZero();
            }
            assertThat(adapters.payments().performedCalls()).as("payment calls").isZero();
            assertThat(adapters.notifications().sendCalls()).as("notifications").isZero();
        }
    }
}
