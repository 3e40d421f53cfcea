package io.kaonet.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.HashSet;
import java.util.Set;

class MapLayoutTest {

    /**
     * Two clusters of 30 members, each densely tied inside, joined by one tie; a pair tied only to
     * each other; four actors without a tie.
     */
    private static CollaborationGraph twoClusters() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        SplittableRandom random = new SplittableRandom(7);
        for (int u = 0; u < 60; u++) {
            b.addNode("m" + u, null, ActorKind.COMPANY);
            b.member(u, u < 30 ? "EAST" : "WEST");
        }
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 90; i++) {
                b.addEdge(c * 30 + random.nextInt(30), c * 30 + random.nextInt(30));
            }
        }
        b.addEdge(0, 30);
        b.addNode("pair-a", null, ActorKind.TLO);
        b.addNode("pair-b", null, ActorKind.FINANCIER);
        b.addEdge(60, 61);
        for (int i = 0; i < 4; i++) {
            b.addNode("alone" + i, null, ActorKind.COMPANY);
        }
        return b.build();
    }

    @Test
    void theSameGraphAlwaysGetsTheSamePositions() {
        MapLayout.Positions first = MapLayout.compute(twoClusters());
        MapLayout.Positions second = MapLayout.compute(twoClusters());

        assertThat(second.x()).containsExactly(first.x());
        assertThat(second.y()).containsExactly(first.y());
    }

    @Test
    void everyPositionLiesInTheBox() {
        MapLayout.Positions p = MapLayout.compute(twoClusters());

        for (int u = 0; u < p.x().length; u++) {
            assertThat(p.x()[u]).as("x of %d", u).isBetween(0.0, p.width());
            assertThat(p.y()[u]).as("y of %d", u).isBetween(0.0, p.height());
        }
    }

    @Test
    void actorsOutsideTheMainComponentLieOnAGridRightOfIt() {
        CollaborationGraph g = twoClusters();
        MapLayout.Positions p = MapLayout.compute(g);

        double rightmostOfMain = 0;
        for (int u = 0; u < 60; u++) {
            rightmostOfMain = Math.max(rightmostOfMain, p.x()[u]);
        }
        for (int u = 60; u < g.nodeCount(); u++) {
            assertThat(p.x()[u]).as("x of %s", g.id(u)).isGreaterThan(rightmostOfMain);
        }
        assertThat(p.y()[60]).as("the pair shares a row").isEqualTo(p.y()[61]);
    }

    @Test
    void eachClusterKeepsARegionOfItsOwn() {
        MapLayout.Positions p = MapLayout.compute(twoClusters());

        double within = 0;
        double across = 0;
        int withinPairs = 0;
        int acrossPairs = 0;
        for (int u = 0; u < 60; u++) {
            for (int v = u + 1; v < 60; v++) {
                double d = Math.hypot(p.x()[u] - p.x()[v], p.y()[u] - p.y()[v]);
                if ((u < 30) == (v < 30)) {
                    within += d;
                    withinPairs++;
                } else {
                    across += d;
                    acrossPairs++;
                }
            }
        }
        assertThat(within / withinPairs).isLessThan(0.5 * across / acrossPairs);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 500, 12_000})
    void manyActorsWithoutTiesStillFitBesideTheDrawing(int alone) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        b.addNode("x", null, ActorKind.COMPANY);
        b.addNode("y", null, ActorKind.COMPANY);
        b.addEdge(0, 1);
        for (int i = 0; i < alone; i++) {
            b.addNode("alone" + i, null, ActorKind.COMPANY);
        }
        MapLayout.Positions p = MapLayout.compute(b.build());

        Set<String> cells = new HashSet<>();
        for (int u = 2; u < p.y().length; u++) {
            assertThat(p.x()[u]).isGreaterThan(p.x()[0]).isGreaterThan(p.x()[1]).isLessThanOrEqualTo(p.width());
            assertThat(p.y()[u]).isBetween(0.0, p.height());
            cells.add(p.x()[u] + "," + p.y()[u]);
        }
        assertThat(cells).as("distinct positions").hasSize(alone);
    }

    @Test
    void aGraphWithoutTiesIsAGrid() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < 9; u++) {
            b.addNode("a" + u, null, ActorKind.COMPANY);
        }
        MapLayout.Positions p = MapLayout.compute(b.build());

        Set<String> cells = new HashSet<>();
        for (int u = 0; u < 9; u++) {
            assertThat(p.x()[u]).isBetween(0.0, p.width());
            assertThat(p.y()[u]).isBetween(0.0, p.height());
            cells.add(p.x()[u] + "," + p.y()[u]);
        }
        assertThat(cells).as("distinct positions").hasSize(9);
    }
}
