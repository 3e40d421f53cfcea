package io.kaonet.core.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.cohesion.TestGraphs;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Sector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EIIndexTest {

    private static final double EPS = 1e-12;

    /** The network of {@link CrossIndustryTiesTest#network()}. */
    private final CollaborationGraph g = CrossIndustryTiesTest.network();

    @Nested
    class ByIndustry {

        private final EIIndexResult r = EIIndex.byIndustry(g).compute();

        @Test
        void overallIndexLeavesOutTiesWithAnUnknownEnd() {
            // known-known ties: 0–1 I, 0–2 E, 1–2 E, 2–4 I, 4–5 E, 5–8 E; five ties touch an unknown.
            assertThat(r.external()).isEqualTo(4);
            assertThat(r.internal()).isEqualTo(2);
            assertThat(r.excluded()).isEqualTo(5);
            assertThat(r.index()).isCloseTo(1.0 / 3, within(EPS));
        }

        @Test
        void perGroupIndexes() {
            assertThat(r.groupCount()).isEqualTo(4);
            assertThat(r.groupIndex(0)).isCloseTo(1.0 / 3, within(EPS)); // machinery: E 2, I 1
            assertThat(r.groupIndex(1)).isCloseTo(0.5, within(EPS));     // electronics: E 3, I 1
            assertThat(r.groupIndex(2)).isEqualTo(1.0);                  // finance: E 2, I 0
            assertThat(r.groupIndex(3)).isEqualTo(1.0);                  // public: E 1, I 0
            assertThat(r.groupSize(1)).isEqualTo(2);
        }

        @Test
        void baselineComesFromGroupSizes() {
            // sizes 2, 2, 1, 1 of N = 6: 2 internal against 13 external possible pairs.
            assertThat(r.baselineIndex()).isCloseTo(11.0 / 15, within(EPS));
            // machinery: 2·4 = 8 external, 1 internal possible.
            assertThat(r.groupBaselineIndex(0)).isCloseTo(7.0 / 9, within(EPS));
            // finance, a single node: only external pairs.
            assertThat(r.groupBaselineIndex(2)).isEqualTo(1.0);
        }
    }

    @Test
    void bySectorCountsEveryTie() {
        EIIndexResult r = EIIndex.bySector(g).compute();

        // external: 2–3, 3–4 (industry–academia), 5–8 (industry–government); the other 8 internal.
        assertThat(r.external()).isEqualTo(3);
        assertThat(r.internal()).isEqualTo(8);
        assertThat(r.excluded()).isZero();
        assertThat(r.index()).isCloseTo(-5.0 / 11, within(EPS));
        assertThat(r.groupIndex(Sector.INDUSTRY.ordinal())).isCloseTo(-0.4, within(EPS));
        assertThat(r.groupIndex(Sector.ACADEMIA.ordinal())).isCloseTo(1.0 / 3, within(EPS));
        assertThat(r.groupIndex(Sector.GOVERNMENT.ordinal())).isEqualTo(1.0);
    }

    @Test
    void allInternalIsMinusOneAndAllExternalIsPlusOne() {
        CollaborationGraph square = TestGraphs.cycle(4);

        assertThat(new EIIndex(square, new int[] {0, 0, 0, 0}).compute().index()).isEqualTo(-1.0);
        assertThat(new EIIndex(square, new int[] {0, 1, 0, 1}).compute().index()).isEqualTo(1.0);
    }

    @Test
    void noCountedTieGivesNaN() {
        EIIndexResult r = new EIIndex(TestGraphs.path(3), new int[] {0, EIIndex.UNKNOWN_GROUP, 1}).compute();

        assertThat(r.index()).isNaN();
        assertThat(r.excluded()).isEqualTo(2);
        assertThat(r.groupIndex(0)).isNaN();
    }

    @Test
    void rejectsGroupingOfWrongLengthOrBelowUnknown() {
        CollaborationGraph path = TestGraphs.path(3);

        assertThatIllegalArgumentException().isThrownBy(() -> new EIIndex(path, new int[] {0, 1}))
                .withMessageContaining("one entry per node");
        assertThatIllegalArgumentException().isThrownBy(() -> new EIIndex(path, new int[] {0, -2, 1}))
                .withMessageContaining("node 1");
    }

    @Test
    void copiesTheGrouping() {
        int[] groups = {0, 0, 0};
        EIIndex index = new EIIndex(TestGraphs.path(3), groups);
        groups[1] = 1;

        assertThat(index.compute().index()).isEqualTo(-1.0);
    }
}
