/**
 * The application facade a host embeds: {@link dev.oms.core.application.OrderManagement}. It loads an
 * order, decides a command with the pure core, appends the events with the expected version, and then
 * runs the side effects the stored order owes through the host's ports. The only package of oms-core that
 * talks to ports or logs.
 */
package dev.oms.core.application;
