package io.kaonet.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.core.model.TieKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NetworkIndicatorsTest {

    /**
     * Cluster A: firms a1, a2, a3 in a triangle of supply ties, and university ua tied to a1 by
     * joint research. Cluster B: firms b1, b2, no tie between them; b1 has an alliance with a1.
     */
    private static CollaborationGraph network() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int a1 = b.addNode("a1", null, ActorKind.COMPANY);
        int a2 = b.addNode("a2", null, ActorKind.COMPANY);
        int a3 = b.addNode("a3", null, ActorKind.COMPANY);
        int ua = b.addNode("ua", null, ActorKind.UNIVERSITY);
        int b1 = b.addNode("b1", null, ActorKind.COMPANY);
        int b2 = b.addNode("b2", null, ActorKind.COMPANY);
        for (int u : new int[] {a1, a2, a3, ua}) {
            b.member(u, "A");
        }
        b.member(b1, "B").member(b2, "B");
        b.addTie(a1, a2, TieKind.SUPPLY, 1, null).addTie(a2, a3, TieKind.SUPPLY, 1, null)
                .addTie(a1, a3, TieKind.SUPPLY, 1, null).addTie(ua, a1, TieKind.JOINT_RESEARCH, 1, null)
                .addTie(b1, a1, TieKind.ALLIANCE, 1, null);
        return b.build();
    }

    @Test
    void derivesClusterCoreAndCollaborationIndicatorsPerCluster() {
        List<Indicator> out = new NetworkIndicators(network(), "2010").compute();
        Map<String, Double> values = out.stream().collect(Collectors.toMap(i -> i.clusterId() + " " + i.name(),
                Indicator::value));

        assertThat(out).allSatisfy(i -> {
            assertThat(i.period()).isEqualTo("2010");
            assertThat(NetworkIndicators.isNetworkDerived(i.name())).isTrue();
        });
        // A induced: 4 members, 4 ties: mean degree 2; one component; each member reaches all 3 others.
        assertThat(values.get("A " + NetworkIndicators.MEAN_DEGREE)).isCloseTo(2.0, within(1e-12));
        assertThat(values.get("A " + NetworkIndicators.GIANT_SHARE)).isCloseTo(1.0, within(1e-12));
        assertThat(values.get("A " + NetworkIndicators.TWO_STEP_REACH)).isCloseTo(3.0, within(1e-12));
        // A's firms: all three industry–industry, only a1 with the university.
        assertThat(values.get("A " + NetworkIndicators.INDUSTRY_INDUSTRY)).isCloseTo(100.0, within(1e-12));
        assertThat(values.get("A " + NetworkIndicators.INDUSTRY_ACADEMIA_GOVERNMENT)).isCloseTo(100.0 / 3, within(1e-12));
        // B induced: two isolates. Its firms: b1 collaborates with a1 (outside B), b2 with nobody.
        assertThat(values.get("B " + NetworkIndicators.MEAN_DEGREE)).isZero();
        assertThat(values.get("B " + NetworkIndicators.GIANT_SHARE)).isCloseTo(0.5, within(1e-12));
        assertThat(values.get("B " + NetworkIndicators.INDUSTRY_INDUSTRY)).isCloseTo(50.0, within(1e-12));
        assertThat(values.get("B " + NetworkIndicators.INDUSTRY_ACADEMIA_GOVERNMENT)).isZero();
        assertThat(out).filteredOn(i -> i.area() == EvaluationArea.COLLABORATION).hasSize(4);
        assertThat(out).hasSize(10);
    }
}
