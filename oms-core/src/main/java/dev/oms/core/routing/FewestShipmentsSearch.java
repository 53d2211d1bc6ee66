// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Finds the fewest candidates whose stock covers what the order can be covered for (a set multicover).
 *
 * <p>Exact while it can afford it: subsets are tried by size, smallest first, so the first size with a
 * covering subset is the optimum. Among covering subsets of that size it keeps the one with the fewest
 * unscored members, then the lowest sum of the ranking's first criterion (total distance for nearest),
 * then the best ranks (subsets are enumerated in rank order, and only a strictly better one replaces the
 * incumbent). The search gives up before it would examine more than {@code budget} subsets and then
 * covers greedily: it repeatedly takes the candidate covering the most still-uncovered units (ties to the
 * better rank). Greedy multicover uses at most H(u) times the optimal number of locations, where u is the
 * most units any one candidate can cover and H the harmonic number (Dobson, 1982): with u = 50 units, at
 * most 4.5 times the optimum; in practice one or two locations more at worst.
 */
final class FewestShipmentsSearch {
    private FewestShipmentsSearch() {}

    /** Rows of the chosen candidates, ascending (rank order); empty when nothing can be covered. */
    static int[] choose(StockTable table, long[] target, java.util.List<Option<BigDecimal>> primary, long budget) {
        int[] relevant = relevantRows(table, target);
        if (relevant.length == 0) {
            return new int[0];
        }
        long examined = 0;
        for (int k = 1; k <= relevant.length; k++) {
            long combos = binomial(relevant.length, k, budget + 1);
            if (examined + combos > budget) {
                return greedy(table, target, relevant);
            }
            examined += combos;
            int[] best = bestOfSize(table, target, primary, relevant, k);
            if (best != null) {
                return best;
            }
        }
        throw new IllegalStateException("all relevant candidates together must cover the coverable demand");
    }

    private static int[] relevantRows(StockTable table, long[] target) {
        return java.util.stream.IntStream.range(0, table.rows()).filter(row -> {
            for (int s = 0; s < target.length; s++) {
                if (target[s] > 0 && table.left[row][s] > 0) {
                    return true;
                }
            }
            return false;
        }).toArray();
    }

    private static int[] bestOfSize(StockTable table, long[] target, java.util.List<Option<BigDecimal>> primary, int[] relevant, int k) {
        int[] pick = new int[k];
        for (int i = 0; i < k; i++) {
            pick[i] = i;
        }
        int[] best = null;
        int bestUnknown = 0;
        BigDecimal bestSum = null;
        int[] rows = new int[k];
        while (true) {
            for (int i = 0; i < k; i++) {
                rows[i] = relevant[pick[i]];
            }
            if (covers(table, target, rows)) {
                int unknown = 0;
                BigDecimal sum = BigDecimal.ZERO;
                for (int row : rows) {
                    Option<BigDecimal> score = primary.get(row);
                    if (score.isEmpty()) {
                        unknown++;
                    } else {
                        sum = sum.add(score.get());
                    }
                }
                if (best == null || unknown < bestUnknown || (unknown == bestUnknown && sum.compareTo(bestSum) < 0)) {
                    best = rows.clone();
                    bestUnknown = unknown;
                    bestSum = sum;
                }
            }
            int i = k - 1;
            while (i >= 0 && pick[i] == relevant.length - k + i) {
                i--;
            }
            if (i < 0) {
                return best;
            }
            pick[i]++;
            for (int j = i + 1; j < k; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    private static boolean covers(StockTable table, long[] target, int[] rows) {
        for (int s = 0; s < target.length; s++) {
            long sum = 0;
            for (int row : rows) {
                sum += table.left[row][s];
            }
            if (sum < target[s]) {
                return false;
            }
        }
        return true;
    }

    private static int[] greedy(StockTable table, long[] target, int[] relevant) {
        long[] remaining = target.clone();
        boolean[] taken = new boolean[table.rows()];
        int[] chosen = new int[0];
        while (Arrays.stream(remaining).anyMatch(r -> r > 0)) {
            int bestRow = -1;
            long bestGain = 0;
            for (int row : relevant) {
                if (taken[row]) {
                    continue;
                }
                long gain = 0;
                for (int s = 0; s < remaining.length; s++) {
                    gain += Math.min(remaining[s], table.left[row][s]);
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    bestRow = row;
                }
            }
            taken[bestRow] = true;
            chosen = Arrays.copyOf(chosen, chosen.length + 1);
            chosen[chosen.length - 1] = bestRow;
            for (int s = 0; s < remaining.length; s++) {
                remaining[s] -= Math.min(remaining[s], table.left[bestRow][s]);
            }
        }
        Arrays.sort(chosen);
        return chosen;
    }

    /** C(n, k), or {@code cap} when it is at least that large. */
    static long binomial(int n, int k, long cap) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            // result * (n - k + i) / i stays an integer at every step; stop early once past the cap.
            java.math.BigInteger next = java.math.BigInteger.valueOf(result).multiply(java.math.BigInteger.valueOf(n - k + i))
                    .divide(java.math.BigInteger.valueOf(i));
            if (next.compareTo(java.math.BigInteger.valueOf(cap)) >= 0) {
                return cap;
            }
            result = next.longValue();
        }
        return result;
    }
}
