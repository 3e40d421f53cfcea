package io.kaonet.core.communities;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import java.util.Arrays;
import java.util.Objects;

/**
 * How closely two partitions of the same nodes agree, e.g. detected communities against the
 * declared clusters, or two runs against each other.
 *
 * <p><b>Normalised mutual information</b> (Danon et al. 2005; Vinh, Epps &amp; Bailey 2010) with the
 * <em>arithmetic-mean</em> normalisation, NMI = I(A;B) / ((H(A) + H(B)) / 2), which is scikit-learn's
 * default {@code normalized_mutual_info_score}: 1 for identical groupings, 0 for independent ones.
 * When both partitions have a single community (both entropies 0) it is 1, as in scikit-learn.
 *
 * <p><b>Adjusted Rand index</b> (Hubert &amp; Arabie 1985): the Rand index corrected for chance,
 * (Σ<sub>ij</sub> C(n<sub>ij</sub>,2) − E) / (½[Σ<sub>i</sub> C(a<sub>i</sub>,2) + Σ<sub>j</sub>
 * C(b<sub>j</sub>,2)] − E) with E = Σ<sub>i</sub> C(a<sub>i</sub>,2) Σ<sub>j</sub> C(b<sub>j</sub>,2) /
 * C(n,2); 1 for identical groupings, about 0 for random ones, negative below chance. When the
 * denominator is 0 (both partitions all singletons, or both one community, or fewer than 2 nodes)
 * it is 1, as in scikit-learn's {@code adjusted_rand_score}.
 *
 * <p>Both are invariant under renaming communities. O(n log n) time (the contingency table is built
 * by sorting), O(n) memory.
 */
public final class PartitionAgreement implements Analysis<PartitionAgreementResult> {

    private final Partition first;
    private final Partition second;

    /**
     * @param first  a partition
     * @param second a partition of the same nodes
     * @throws IllegalArgumentException if the partitions cover different numbers of nodes
     */
    public PartitionAgreement(Partition first, Partition second) {
        this.first = Objects.requireNonNull(first, "first partition must not be null");
        this.second = Objects.requireNonNull(second, "second partition must not be null");
        if (first.nodeCount() != second.nodeCount()) {
            throw new IllegalArgumentException("partitions must cover the same nodes, had " + first.nodeCount()
                    + " and " + second.nodeCount());
        }
    }

    /** Computes both indices. */
    @Override
    public PartitionAgreementResult compute(Execution execution) {
        execution.progress().expect(1);
        execution.checkpoint();
        int n = first.nodeCount();
        int[] a = first.array();
        int[] b = second.array();
        long kb = second.count();
        long[] cells = new long[n];
        for (int u = 0; u < n; u++) {
            cells[u] = a[u] * kb + b[u];
        }
        Arrays.sort(cells);
        double mutualInformation = 0;
        long pairsTogether = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && cells[j] == cells[i]) {
                j++;
            }
            long nij = j - i;
            int ca = (int) (cells[i] / kb);
            int cb = (int) (cells[i] % kb);
            mutualInformation += (double) nij / n * Math.log((double) n * nij / ((double) first.size(ca) * second.size(cb)));
            pairsTogether += nij * (nij - 1) / 2;
            i = j;
        }
        mutualInformation = Math.max(mutualInformation, 0);
        double entropyFirst = entropy(first, n);
        double entropySecond = entropy(second, n);
        double nmi;
        if (first.count() <= 1 && second.count() <= 1) {
            nmi = 1;
        } else {
            nmi = mutualInformation / ((entropyFirst + entropySecond) / 2);
        }

        long pairsFirst = pairs(first);
        long pairsSecond = pairs(second);
        double allPairs = (double) n * (n - 1) / 2;
        double ari;
        double expected = allPairs == 0 ? 0 : (double) pairsFirst * pairsSecond / allPairs;
        double maximum = (pairsFirst + pairsSecond) / 2.0;
        if (maximum - expected == 0) {
            ari = 1;
        } else {
            ari = (pairsTogether - expected) / (maximum - expected);
        }
        execution.step(1);
        return new PartitionAgreementResult(nmi, ari, mutualInformation, entropyFirst, entropySecond);
    }

    private static double entropy(Partition p, int n) {
        double h = 0;
        for (int c = 0; c < p.count(); c++) {
            double share = (double) p.size(c) / n;
            h -= share * Math.log(share);
        }
        return h;
    }

    private static long pairs(Partition p) {
        long sum = 0;
        for (int c = 0; c < p.count(); c++) {
            long s = p.size(c);
            sum += s * (s - 1) / 2;
        }
        return sum;
    }
}
