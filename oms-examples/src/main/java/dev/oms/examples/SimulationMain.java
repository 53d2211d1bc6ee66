// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

/**
 * Runs the shop simulation, prints its summary and writes its charts (PNG) into {@code target/charts} of the working
 * directory, or the directory the system property {@code oms.charts} names:
 * {@code ./mvnw -q -pl oms-examples -am -DskipTests -Psimulation package}.
 * Optional arguments (through {@code -Dexec.args="seed orders"}): a seed and a number of orders.
 */
public final class SimulationMain {
    private SimulationMain() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : Simulation.DEFAULT_SEED;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : Simulation.DEFAULT_ORDERS;
        SimulationReport report = Simulation.run(seed, orders);
        System.out.print(Summary.of(report));
        java.nio.file.Path charts = java.nio.file.Path.of(System.getProperty("oms.charts", "target/charts"));
        System.out.printf("%nCharts written to %s: %s%n", charts, SimulationCharts.write(report.insight(), charts).stream()
                .map(file -> file.getFileName().toString()).toList());
    }
}
