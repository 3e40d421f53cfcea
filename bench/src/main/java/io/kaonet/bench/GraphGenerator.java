package io.kaonet.bench;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A degree-corrected planted-partition graph (Karrer &amp; Newman 2011, "Stochastic blockmodels and
 * community structure in networks", Phys. Rev. E 83:016107), drawn edge by edge like a Chung–Lu
 * graph: heavy-tailed degrees with communities, as collaboration networks have.
 *
 * <p>Every node gets a propensity {@code θ} from a Pareto law with tail exponent 2.5 (minimum 1,
 * capped at {@code 1.5·√n}) and a community, whose sizes are themselves Pareto-distributed (at least
 * {@link #MIN_COMMUNITY}). An edge joins two nodes of one community, chosen with probability
 * proportional to its total {@code θ}, with probability {@code 1 − μ}; otherwise two nodes of the
 * whole graph; within either set nodes are drawn proportionally to {@code θ}. Self-loops and
 * repeated pairs are drawn again, until there are exactly {@code m} distinct edges. Node numbers are
 * finally shuffled, so that they say nothing about communities (as ids in real data do not).
 *
 * <p>Everything comes from one {@link SplittableRandom} seeded with {@code seed}: the same
 * parameters give the same edge list, on every machine.
 */
final class GraphGenerator {

    /** Share of edges drawn between any two nodes rather than inside one community. */
    static final double MIXING = 0.2;
    /** Tail exponent of the propensities: P(θ > x) ~ x^-(EXPONENT-1). */
    static final double EXPONENT = 2.5;
    /** The smallest community. */
    static final int MIN_COMMUNITY = 20;

    private GraphGenerator() {
    }

    /** Edges as {@code (low << 32) | high}, sorted ascending. */
    static long[] generate(int n, int m, long seed) {
        if (n < 2 || m < 1 || (long) m > (long) n * (n - 1) / 4) {
            throw new IllegalArgumentException("need n >= 2 and 1 <= m <= n(n-1)/4, had n=" + n + ", m=" + m);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double cap = 1.5 * Math.sqrt(n);
        double[] cumulative = new double[n + 1];
        for (int u = 0; u < n; u++) {
            double theta = Math.min(cap, Math.pow(1 - random.nextDouble(), -1 / (EXPONENT - 1)));
            cumulative[u + 1] = cumulative[u] + theta;
        }
        // Communities are runs of consecutive nodes (before the final shuffle).
        int[] bounds = communityBounds(n, random);
        int communities = bounds.length - 1;
        double[] communityCumulative = new double[communities + 1];
        for (int c = 0; c < communities; c++) {
            communityCumulative[c + 1] = communityCumulative[c] + cumulative[bounds[c + 1]] - cumulative[bounds[c]];
        }
        int[] label = new int[n];
        Arrays.setAll(label, u -> u);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = label[i];
            label[i] = label[j];
            label[j] = t;
        }
        LongOpenHashSet seen = new LongOpenHashSet(m);
        long[] edges = new long[m];
        int count = 0;
        while (count < m) {
            int u;
            int v;
            if (random.nextDouble() < MIXING) {
                u = draw(cumulative, 0, n, random);
                v = draw(cumulative, 0, n, random);
            } else {
                int c = draw(communityCumulative, 0, communities, random);
                u = draw(cumulative, bounds[c], bounds[c + 1], random);
                v = draw(cumulative, bounds[c], bounds[c + 1], random);
            }
            if (u == v) {
                continue;
            }
            int a = Math.min(label[u], label[v]);
            int b = Math.max(label[u], label[v]);
            long key = ((long) a << 32) | b;
            if (seen.add(key)) {
                edges[count++] = key;
            }
        }
        Arrays.sort(edges);
        return edges;
    }

    /** Community boundaries: sizes from a Pareto law (exponent 2, minimum {@link #MIN_COMMUNITY}), capped at n/20. */
    private static int[] communityBounds(int n, SplittableRandom random) {
        int cap = Math.max(MIN_COMMUNITY, n / 20);
        int[] bounds = new int[n / MIN_COMMUNITY + 2];
        int count = 0;
        int at = 0;
        while (at < n) {
            int size = (int) Math.min(cap, MIN_COMMUNITY * Math.pow(1 - random.nextDouble(), -1.0));
            if (n - at < 2 * MIN_COMMUNITY) {
                size = n - at;
            }
            bounds[++count] = at = Math.min(n, at + size);
        }
        return Arrays.copyOf(bounds, count + 1);
    }

    /** An index {@code i} in {@code [from, to)} drawn with probability proportional to {@code cum[i+1] - cum[i]}. */
    private static int draw(double[] cum, int from, int to, SplittableRandom random) {
        double x = cum[from] + random.nextDouble() * (cum[to] - cum[from]);
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cum[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
