// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

/**
 * Runs the shop simulation and prints its summary:
 * {@code ./mvnw -q -pl oms-examples -am -DskipTests -Psimulation package}.
 * Optional arguments (through {@code -Dexec.args="seed orders"}): a seed and a number of orders.
 */
public final class SimulationMain {
    private SimulationMain() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : Simulation.DEFAULT_SEED;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : Simulation.DEFAULT_ORDERS;
        System.out.print(Summary.of(Simulation.run(seed, orders)));
    }
}
