package io.kaonet.core.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.oracle.Oracle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClusteringTest {

    static Stream<Oracle> oracles() {
        return Stream.concat(Oracle.UNDIRECTED.stream().map(Oracle::load),
                Stream.of("bipartite", "women", "event").map(Oracle::davis));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void localClusteringTrianglesAndAveragesMatchNetworkX(Oracle oracle) {
        ClusteringResult r = new Clustering(oracle.graph()).compute();

        oracle.perNode("local_clustering").forEach((u, expected) ->
                assertThat(r.local(u)).as("local clustering of %s", oracle.graph().id(u)).isCloseTo(expected, within(1e-9)));
        oracle.perNode("triangles").forEach((u, expected) ->
                assertThat((double) r.triangles(u)).as("triangles at %s", oracle.graph().id(u)).isEqualTo(expected));
        assertThat(r.averageZerosIncluded()).isCloseTo(oracle.scalar("average_clustering_zeros_included"), within(1e-9));
        assertThat(r.averageLowDegreeExcluded()).isCloseTo(oracle.scalar("average_clustering_deg_lt2_excluded"), within(1e-9));
        assertThat(r.transitivity()).isCloseTo(oracle.scalar("transitivity_global"), within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void componentsMatchNetworkX(Oracle oracle) {
        CollaborationGraph g = oracle.graph();
        ComponentsResult r = new Components(g).compute();

        assertThat(r.count()).isEqualTo((int) oracle.scalar("n_components"));
        for (var component : oracle.metrics().get("connected_components")) {
            int first = oracle.index(component.get(0).asText());
            assertThat(r.size(r.componentOf(first))).isEqualTo(component.size());
            component.forEach(id -> assertThat(r.componentOf(oracle.index(id.asText()))).isEqualTo(r.componentOf(first)));
        }
    }
}
