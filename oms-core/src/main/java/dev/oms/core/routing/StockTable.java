// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.Sku;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * Working copy of the ranked candidates' available units of the order's SKUs, as arrays: rows are
 * candidates in rank order, columns the order's SKUs. Local to one routing call, so strategies stay pure.
 */
final class StockTable {
    final Sku[] skus;
    final long[] demand;
    final long[][] left;

    StockTable(java.util.List<Scored> ranked, Map<Sku, Long> demandBySku) {
        List<Tuple2<Sku, Long>> demandList = demandBySku.toList();
        skus = demandList.map(Tuple2::_1).toJavaArray(Sku[]::new);
        demand = new long[skus.length];
        for (int s = 0; s < skus.length; s++) {
            demand[s] = demandList.get(s)._2;
        }
        left = new long[ranked.size()][skus.length];
        for (int i = 0; i < ranked.size(); i++) {
            for (int s = 0; s < skus.length; s++) {
                left[i][s] = ranked.get(i).candidate().available(skus[s]);
            }
        }
    }

    int column(Sku sku) {
        for (int s = 0; s < skus.length; s++) {
            if (skus[s].equals(sku)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no column for " + sku);
    }

    int rows() {
        return left.length;
    }

    /** What the routing can hope to cover per SKU: the demand, or all admitted stock when that is less. */
    long[] coverableDemand() {
        long[] target = new long[skus.length];
        for (int s = 0; s < skus.length; s++) {
            long total = 0;
            for (long[] row : left) {
                total = Math.min(demand[s], total + row[s]);
            }
            target[s] = total;
        }
        return target;
    }

    /** Whether the candidate has some unit of an SKU the order needs. */
    boolean hasAny(int row) {
        for (long units : left[row]) {
            if (units > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the candidate alone has every unit the order needs. */
    boolean coversAll(int row) {
        for (int s = 0; s < skus.length; s++) {
            if (left[row][s] < demand[s]) {
                return false;
            }
        }
        return true;
    }
}
