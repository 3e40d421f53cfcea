package io.kaonet.api.brokers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoProjection;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.Direction;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.ClusteringResult;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings {@code brokers} exposes besides the default (directed betweenness, weights as
 * lengths, directed constraint, triangles) on the demo network over HTTP, against graph-core run on
 * a projection built independently from the generated records. graph-core's own tests check the
 * same readings against igraph and NetworkX.
 */
class BrokerReadingsGraphQlIT extends ApiIntegrationTest {

    private static final String PAGE = """
            query($after: String, $tieDirection: TieDirection, $tieLength: TieLength, $orderBy: BrokerOrder) {
              network {
                brokers(first: 500, after: $after, orderBy: $orderBy, tieDirection: $tieDirection, tieLength: $tieLength) {
                  totalCount
                  betweenness { tieDirection tieLength }
                  pageInfo { hasNextPage endCursor }
                  edges { node { actor { id } betweenness constraint triangles } }
                }
              }
            }""";

    private final CollaborationGraph graph = DemoProjection.graph();

    /** An actor by id. */
    record ActorRef(String id) {
    }

    /** {@code Broker} with the readings PAGE selects. */
    record Reading(ActorRef actor, Double betweenness, Double constraint, Double triangles) {
    }

    private List<Reading> all(String tieDirection, String tieLength, String orderBy) {
        List<Reading> out = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.document(PAGE).variable("after", after).variable("tieDirection", tieDirection)
                    .variable("tieLength", tieLength).variable("orderBy", orderBy).execute();
            response.path("network.brokers.betweenness.tieDirection").entity(String.class).isEqualTo(tieDirection)
                    .path("network.brokers.betweenness.tieLength").entity(String.class).isEqualTo(tieLength);
            out.addAll(response.path("network.brokers.edges[*].node").entityList(Reading.class).get());
            boolean more = response.path("network.brokers.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = more ? response.path("network.brokers.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        assertThat(out).hasSize(graph.nodeCount());
        return out;
    }

    @Test
    void directedBetweennessWithWeightsAsLengthsAndDirectedConstraintMatchGraphCore() {
        BetweennessResult betweenness = new Betweenness(graph, Betweenness.Parameters.exact()
                .withDirection(Direction.DIRECTED).withTieLength(Betweenness.TieLength.WEIGHT)).compute();
        StructuralHolesResult holes = new StructuralHoles(graph, StructuralHoles.Parameters.directed()).compute();
        assertThat(betweenness.metadata().direction()).isEqualTo(Direction.DIRECTED);

        for (Reading node : all("DIRECTED", "WEIGHT", "BETWEENNESS")) {
            String id = node.actor().id();
            int u = graph.indexOf(id).orElseThrow();
            assertThat(node.betweenness()).as("betweenness of %s", id).isCloseTo(betweenness.raw(u), within(1e-9));
            if (Double.isNaN(holes.constraint(u))) {
                assertThat(node.constraint()).as("constraint of %s", id).isNull();
            } else {
                assertThat(node.constraint()).as("constraint of %s", id).isCloseTo(holes.constraint(u), within(1e-9));
            }
        }
    }

    @Test
    void rankingByTrianglesGivesEachActorsTriangles() {
        ClusteringResult clustering = new Clustering(graph).compute();
        List<Reading> nodes = all("UNDIRECTED", "HOPS", "TRIANGLES");
        double previous = Double.POSITIVE_INFINITY;
        for (Reading node : nodes) {
            String id = node.actor().id();
            double triangles = node.triangles();
            assertThat(triangles).as("triangles of %s", id)
                    .isEqualTo((double) clustering.triangles(graph.indexOf(id).orElseThrow()));
            assertThat(triangles).isLessThanOrEqualTo(previous);
            previous = triangles;
        }
        assertThat(previous).isLessThan(nodes.get(0).triangles());
    }
}
