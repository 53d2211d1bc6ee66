// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a decision may read besides the order and the command: the time of the decision, the host's
 * policies, and views of the inventory. Commands carry intent only; everything else a rule needs comes
 * from here, so a rule can be tested by handing it a context instead of building the ports.
 *
 * <p>The inventory views are read lazily, at most once per context: a decision that does not need them
 * (almost all do not) calls no port.
 */
public final class DecisionContext {
    private final Instant now;
    private final Lazy<List<LocationId>> locationPreference;
    private final Bins bins;
    private final Function<Sku, SupplierShortfall> supplierShortfall;
    private final PreorderPaymentPolicy preorderPayment;
    private final ReturnPolicy returnPolicy;

    private DecisionContext(Instant now, Lazy<List<LocationId>> locationPreference, Bins bins,
            Function<Sku, SupplierShortfall> supplierShortfall, PreorderPaymentPolicy preorderPayment, ReturnPolicy returnPolicy) {
        this.now = Require.nonNull(now, "now");
        this.locationPreference = Require.nonNull(locationPreference, "locationPreference");
        this.bins = Require.nonNull(bins, "bins");
        this.supplierShortfall = Require.nonNull(supplierShortfall, "supplierShortfall");
        this.preorderPayment = Require.nonNull(preorderPayment, "preorderPayment");
        this.returnPolicy = Require.nonNull(returnPolicy, "returnPolicy");
    }

    /**
     * A context at {@code now} with the default policies: no location preferred over another, no bins
     * known, supplier shortfalls cancelled, pre-orders authorised at placement for 7 days, returns within
     * {@link ReturnPolicy#defaults()}.
     *
     * @param now the time of the decision
     * @return the context
     */
    public static DecisionContext at(Instant now) {
        return new DecisionContext(now, Lazy.of(List::empty), Bins.none(), IndentPolicy.none()::onShortfall,
                PreorderPaymentPolicy.defaults(), ReturnPolicy.defaults());
    }

    /** {@return the time of the decision: when a package shipped or was delivered, which authorisations have lapsed} */
    public Instant now() {
        return now;
    }

    /**
     * {@return the locations in the host's order of preference, most preferred first: a partial cancel gives up
     * units at the least preferred location first; one not listed counts as less preferred than any listed}
     */
    public List<LocationId> locationPreference() {
        return locationPreference.get();
    }

    /** {@return where each SKU is shelved, for pick lists} */
    public Bins bins() {
        return bins;
    }

    /**
     * {@return what becomes of the units a supplier of a SKU does not commit (the {@link IndentPolicy})}
     *
     * @param sku the SKU bought
     */
    public SupplierShortfall supplierShortfall(Sku sku) {
        return supplierShortfall.apply(sku);
    }

    /** {@return the policy saying how pre-orders are paid for} */
    public PreorderPaymentPolicy preorderPayment() {
        return preorderPayment;
    }

    /**
     * {@return this context at another time}: how a host's policies, set once, serve every decision
     *
     * @param now the time of the decision
     */
    public DecisionContext withNow(Instant now) {
        return new DecisionContext(now, locationPreference, bins, supplierShortfall, preorderPayment, returnPolicy);
    }

    /**
     * {@return this context with the location preference read, once and only if asked for, from {@code preference}}
     *
     * @param preference reads the locations, most preferred first
     */
    public DecisionContext withLocationPreference(Supplier<List<LocationId>> preference) {
        Require.nonNull(preference, "preference");
        return new DecisionContext(now, Lazy.of(preference), bins, supplierShortfall, preorderPayment, returnPolicy);
    }

    /**
     * {@return this context with bins looked up in {@code bins}}
     *
     * @param bins where SKUs are shelved
     */
    public DecisionContext withBins(Bins bins) {
        return new DecisionContext(now, locationPreference, bins, supplierShortfall, preorderPayment, returnPolicy);
    }

    /**
     * {@return this context with supplier shortfalls settled as {@code indents} says}
     *
     * @param indents the host's indent policy
     */
    public DecisionContext withIndentPolicy(IndentPolicy indents) {
        Require.nonNull(indents, "indents");
        return new DecisionContext(now, locationPreference, bins, indents::onShortfall, preorderPayment, returnPolicy);
    }

    /**
     * {@return this context with pre-orders paid for as {@code preorderPayment} says}
     *
     * @param preorderPayment the host's pre-order payment policy
     */
    public DecisionContext withPreorderPayment(PreorderPaymentPolicy preorderPayment) {
        return new DecisionContext(now, locationPreference, bins, supplierShortfall, preorderPayment, returnPolicy);
    }

    /** {@return the host's return policy: how long after delivery units may be returned} */
    public ReturnPolicy returnPolicy() {
        return returnPolicy;
    }

    /**
     * {@return this context with returns decided as {@code returnPolicy} says}
     *
     * @param returnPolicy the host's return policy
     */
    public DecisionContext withReturnPolicy(ReturnPolicy returnPolicy) {
        return new DecisionContext(now, locationPreference, bins, supplierShortfall, preorderPayment, returnPolicy);
    }

    /** Where a SKU is shelved at a location, for the picker. */
    @FunctionalInterface
    public interface Bins {
        /**
         * {@return the bin of {@code sku} at {@code location}, or none when the inventory names none}
         *
         * @param sku the SKU picked
         * @param location where it is picked
         */
        Option<String> binOf(Sku sku, LocationId location);

        /** {@return bins that know no bin anywhere: pick lists say {@code UNASSIGNED}} */
        static Bins none() {
            return (sku, location) -> Option.none();
        }
    }
}
