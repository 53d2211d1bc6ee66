/** JMH benchmarks of routing: how its cost grows with the number of locations and order lines. */
package dev.oms.benchmarks.routing;
