package io.kaonet.core.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.testing.SeededGraphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Burt's measures on graphs with hubs and leaves, where contacts with many more ties than the node
 * are searched rather than walked, against the definitions computed pair by pair.
 */
class StructuralHolesHubTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void searchingHubsGivesTheDefinitionsValues(long seed) {
        CollaborationGraph g = SeededGraphs.withTrees(seed, 25, 0.3, 120, seed % 2 == 0 ? 1 : 4);
        StructuralHolesResult r = new StructuralHoles(g, StructuralHoles.Parameters.defaults().withThreads(2)).compute();

        for (int i = 0; i < g.nodeCount(); i++) {
            if (g.degree(i) == 0) {
                assertThat(r.constraint(i)).isNaN();
                continue;
            }
            double constraint = 0;
            double effectiveSize = 0;
            for (int s = g.rowStart(i); s < g.rowEnd(i); s++) {
                int j = g.neighbour(s);
                double local = p(g, i, j);
                double redundancy = 0;
                for (int t = g.rowStart(i); t < g.rowEnd(i); t++) {
                    int q = g.neighbour(t);
                    if (q != j) {
                        local += p(g, i, q) * p(g, q, j);
                        redundancy += p(g, i, q) * m(g, j, q);
                    }
                }
                constraint += local * local;
                effectiveSize += 1 - redundancy;
            }
            assertThat(r.constraint(i)).as("constraint of %d", i).isCloseTo(constraint, within(1e-12));
            assertThat(r.effectiveSize(i)).as("effective size of %d", i).isCloseTo(effectiveSize, within(1e-9));
        }
    }

    private static double a(CollaborationGraph g, int u, int v) {
        int slot = g.slotOf(u, v);
        return slot < 0 ? 0 : g.weight(slot);
    }

    private static double p(CollaborationGraph g, int u, int v) {
        return a(g, u, v) / g.strength(u);
    }

    private static double m(CollaborationGraph g, int u, int v) {
        double max = 0;
        for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
            max = Math.max(max, g.weight(s));
        }
        return a(g, u, v) / max;
    }
}
