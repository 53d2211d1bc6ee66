// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks.routing;

import dev.oms.core.routing.Candidate;
import dev.oms.core.routing.Destination;
import dev.oms.core.routing.RoutingDecision;
import dev.oms.core.routing.RoutingRequest;
import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.core.routing.Strategies;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to route one order, as the number of candidate locations (10 to 10,000) and order lines (1 to 50)
 * grow. Locations are spread over Great Britain; each stocks each of the order's SKUs with probability
 * 0.3 (1 to 20 units), so larger orders need several locations and some are short at 10 locations. The
 * world is seeded, so every run routes the same orders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RoutingBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int locations;

    @Param({"1", "10", "50"})
    public int lines;

    @Param({"nearest", "fewest-shipments"})
    public String strategy;

    private RoutingStrategy routing;
    private RoutingRequest request;
    private List<Candidate> candidates;

    @Setup
    public void buildWorld() {
        SplittableRandom random = new SplittableRandom(42);
        routing = strategy.equals("nearest") ? Strategies.nearest() : Strategies.fewestShipments();
        java.util.List<RequestedLine> orderLines = new java.util.ArrayList<>();
        for (int i = 0; i < lines; i++) {
            orderLines.add(new RequestedLine(LineId.of("L" + i), Sku.of("SKU-" + i), 1 + random.nextInt(3)));
        }
        request = new RoutingRequest(List.ofAll(orderLines),
                new Destination.ShipTo(address(new Coordinates(51.5072, -0.1276))), Channel.WEB, false);
        java.util.List<Candidate> built = new java.util.ArrayList<>();
        for (int l = 0; l < locations; l++) {
            Location location = Location.of(LocationId.of(String.format("LOC-%05d", l)), "Location " + l,
                    LocationType.WAREHOUSE, random.nextInt(5))
                    .withAddress(address(new Coordinates(50 + random.nextDouble() * 8, -5 + random.nextDouble() * 6)));
            Map<Sku, Long> stock = new HashMap<>();
            for (int i = 0; i < lines; i++) {
                if (random.nextDouble() < 0.3) {
                    stock.put(Sku.of("SKU-" + i), 1L + random.nextInt(20));
                }
            }
            built.add(new Candidate(location, stock));
        }
        candidates = List.ofAll(built);
    }

    @Benchmark
    public RoutingDecision route() {
        return routing.route(request, candidates);
    }

    private static Address address(Coordinates at) {
        return Address.builder().recipient("Benchmark").addLines("1 Test Street").city("Test")
                .postalCode("T1 1TT").countryCode("GB").coordinates(at).build();
    }
}
