package io.kaonet.core.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionAgreementTest {

    private static PartitionAgreementResult agree(int[] a, int[] b) {
        return new PartitionAgreement(Partition.of(a), Partition.of(b)).compute();
    }

    @Test
    void handComputedExample() {
        // A = {0,1,2}{3,4,5}, B = {0,1}{2,3}{4,5}. Contingency: n00 = 2, n01 = 1, n11 = 1, n12 = 2.
        // I = 1/3 ln(6·2/(3·2)) + 1/6 ln 1 + 1/6 ln 1 + 1/3 ln 2 = 2/3 ln 2; H(A) = ln 2, H(B) = ln 3.
        // ARI: Σ C(n_ij,2) = 2, Σ C(a_i,2) = 6, Σ C(b_j,2) = 3, C(6,2) = 15, E = 6·3/15 = 1.2,
        // max = 4.5: (2 - 1.2) / (4.5 - 1.2) = 8/33.
        PartitionAgreementResult r = agree(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2});

        assertThat(r.mutualInformation()).isCloseTo(2.0 / 3 * Math.log(2), within(1e-15));
        assertThat(r.entropyFirst()).isCloseTo(Math.log(2), within(1e-15));
        assertThat(r.entropySecond()).isCloseTo(Math.log(3), within(1e-15));
        assertThat(r.normalizedMutualInformation())
                .isCloseTo(2.0 / 3 * Math.log(2) / ((Math.log(2) + Math.log(3)) / 2), within(1e-15));
        assertThat(r.adjustedRandIndex()).isCloseTo(8.0 / 33, within(1e-15));
    }

    @Test
    void crossedHalvesAreIndependentAndBelowChance() {
        // A = {0,1}{2,3}, B = {0,2}{1,3}: no pair together in both. I = 0.
        // ARI: Σ C(n_ij,2) = 0, Σ C(a_i,2) = Σ C(b_j,2) = 2, C(4,2) = 6, E = 2/3, max = 2: (0 - 2/3)/(2 - 2/3) = -1/2.
        PartitionAgreementResult r = agree(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1});

        assertThat(r.normalizedMutualInformation()).isCloseTo(0, within(1e-15));
        assertThat(r.adjustedRandIndex()).isCloseTo(-0.5, within(1e-15));
    }

    @Test
    void identicalPartitionsAgreeFully() {
        int[] a = {0, 0, 1, 2, 2, 2, 3};

        PartitionAgreementResult r = agree(a, a);

        assertThat(r.normalizedMutualInformation()).isCloseTo(1, within(1e-15));
        assertThat(r.adjustedRandIndex()).isEqualTo(1);
    }

    @Test
    void renamingCommunitiesChangesNothing() {
        int[] a = {0, 0, 1, 2, 2, 2, 3};
        int[] renamed = {7, 7, 3, 9, 9, 9, -1};
        int[] b = {1, 0, 0, 2, 2, 1, 1};

        assertThat(agree(renamed, a).normalizedMutualInformation()).isCloseTo(1, within(1e-15));
        assertThat(agree(renamed, a).adjustedRandIndex()).isEqualTo(1);
        assertThat(agree(renamed, b)).isEqualTo(agree(a, b));
    }

    @Test
    void isSymmetric() {
        int[] a = {0, 0, 1, 2, 2, 2, 3, 3};
        int[] b = {1, 0, 0, 2, 2, 1, 1, 3};

        PartitionAgreementResult ab = agree(a, b);
        PartitionAgreementResult ba = agree(b, a);

        assertThat(ab.normalizedMutualInformation()).isCloseTo(ba.normalizedMutualInformation(), within(1e-15));
        assertThat(ab.adjustedRandIndex()).isCloseTo(ba.adjustedRandIndex(), within(1e-15));
    }

    @Test
    void degenerateCasesFollowScikitLearn() {
        // Both one community: both 1. One community against all singletons: both 0.
        assertThat(agree(new int[] {4, 4, 4}, new int[] {0, 0, 0}).normalizedMutualInformation()).isEqualTo(1);
        assertThat(agree(new int[] {4, 4, 4}, new int[] {0, 0, 0}).adjustedRandIndex()).isEqualTo(1);
        assertThat(agree(new int[] {0, 0, 0}, new int[] {0, 1, 2}).normalizedMutualInformation()).isZero();
        assertThat(agree(new int[] {0, 0, 0}, new int[] {0, 1, 2}).adjustedRandIndex()).isZero();
        // Both all singletons: identical, so 1.
        assertThat(agree(new int[] {0, 1, 2}, new int[] {5, 4, 3}).normalizedMutualInformation()).isCloseTo(1, within(1e-15));
        assertThat(agree(new int[] {0, 1, 2}, new int[] {5, 4, 3}).adjustedRandIndex()).isEqualTo(1);
    }

    @Test
    void rejectsPartitionsOfDifferentSizes() {
        assertThatThrownBy(() -> new PartitionAgreement(Partition.singletons(2), Partition.singletons(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same nodes");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void matchesPairCountingAndEntropyDefinitionsOnRandomLabelings(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 60;
        int[] a = random.ints(n, 0, 2 + random.nextInt(5)).toArray();
        int[] b = random.ints(n, 0, 2 + random.nextInt(5)).toArray();

        PartitionAgreementResult r = agree(a, b);

        // ARI from the four pair counts (together in both, only A, only B, neither).
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        long neither = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean sa = a[i] == a[j];
                boolean sb = b[i] == b[j];
                if (sa && sb) {
                    both++;
                } else if (sa) {
                    onlyA++;
                } else if (sb) {
                    onlyB++;
                } else {
                    neither++;
                }
            }
        }
        double ari = 2.0 * (both * neither - onlyA * onlyB)
                / ((double) (both + onlyA) * (onlyA + neither) + (double) (both + onlyB) * (onlyB + neither));
        assertThat(r.adjustedRandIndex()).isCloseTo(ari, within(1e-12));

        // NMI from counted probabilities.
        Map<Integer, Integer> ca = new HashMap<>();
        Map<Integer, Integer> cb = new HashMap<>();
        Map<Long, Integer> cab = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ca.merge(a[i], 1, Integer::sum);
            cb.merge(b[i], 1, Integer::sum);
            cab.merge(((long) a[i] << 32) | b[i], 1, Integer::sum);
        }
        double ha = ca.values().stream().mapToDouble(c -> -(double) c / n * Math.log((double) c / n)).sum();
        double hb = cb.values().stream().mapToDouble(c -> -(double) c / n * Math.log((double) c / n)).sum();
        double mi = cab.entrySet().stream().mapToDouble(e -> {
            double pab = (double) e.getValue() / n;
            double pa = (double) ca.get((int) (e.getKey() >> 32)) / n;
            double pb = (double) cb.get((int) (long) e.getKey()) / n;
            return pab * Math.log(pab / (pa * pb));
        }).sum();
        double expected = ha == 0 && hb == 0 ? 1 : Math.max(mi, 0) / ((ha + hb) / 2);
        assertThat(r.normalizedMutualInformation()).isCloseTo(expected, within(1e-12));
    }
}
