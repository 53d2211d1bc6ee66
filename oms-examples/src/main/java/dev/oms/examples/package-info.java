// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Programs that embed oms the way a host application would: {@link dev.oms.examples.EmbeddingExample}, one
 * order end to end in a few lines, and {@link dev.oms.examples.SimulationMain}, a shop's few hundred orders on
 * the in-memory adapters, among them a pre-order launch, a stock-out with backorders and indent orders. They
 * use only the public packages of oms-core (the facade, its answers and the policies it takes), oms-spi and
 * oms-inmemory.
 */
package dev.oms.examples;
