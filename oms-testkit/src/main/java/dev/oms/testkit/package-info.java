/**
 * What a host needs to test its own adapters and policies against oms: abstract JUnit 5 contract suites
 * for the storage ports ({@link dev.oms.testkit.OrderStoreContract}, {@link
 * dev.oms.testkit.InventoryStoreContract}), jqwik generators ({@link dev.oms.testkit.OmsArbitraries}) and
 * invariant checkers ({@link dev.oms.testkit.Invariants}). Depends on oms-spi only, so any adapter module
 * can run the suites in its own tests.
 */
package dev.oms.testkit;
