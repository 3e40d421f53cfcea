package io.kaonet.api.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoData;
import io.kaonet.core.communities.ClusterAgreement;
import io.kaonet.core.communities.ClusterAgreementResult;
import io.kaonet.core.communities.Modularity;
import io.kaonet.core.communities.Partition;
import io.kaonet.core.graph.CollaborationGraph;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Communities over HTTP on the demo network: the members returned form a partition whose
 * modularity and agreement with the clusters, recomputed here on a graph built from the batch,
 * are the ones reported.
 */
class CommunitiesGraphQlIT extends ApiIntegrationTest {

    private static final String QUERY = """
            query($algorithm: CommunityAlgorithm!, $seed: Int!, $asOf: Date, $after: String) {
              network(scope: {asOf: $asOf}) {
                communities(algorithm: $algorithm, seed: $seed) {
                  modularity count converged
                  agreementWithClusters { normalizedMutualInformation adjustedRandIndex comparedActors withoutCluster inSeveralClusters declaredModularity }
                  communities(first: 500, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor } edges { node { index size members { id } } } }
                }
              }
            }""";

    /** An actor by id. */
    record Member(String id) {
    }

    /** {@code Community}. */
    record Community(Integer index, Integer size, List<Member> members) {
    }

    /** One page of communities. */
    record CommunityPage(Integer totalCount, PageInfo pageInfo, List<Edge> edges) {

        record PageInfo(boolean hasNextPage, String endCursor) {
        }

        record Edge(Community node) {
        }
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({"LOUVAIN, 2005-12-31", "LEIDEN, 2005-12-31", "LOUVAIN, 2020-12-31", "LEIDEN, 2020-12-31"})
    void reportedModularityAndAgreementAreThoseOfTheReturnedPartition(String algorithm, String day) {
        CollaborationGraph g = DemoData.asOf(LocalDate.parse(day));
        var response = graphQl.document(QUERY).variable("algorithm", algorithm).variable("seed", 3)
                .variable("asOf", day).execute();
        List<Community> communities = new java.util.ArrayList<>();
        CommunityPage page = response.path("network.communities.communities").entity(CommunityPage.class).get();
        while (true) {
            page.edges().forEach(e -> communities.add(e.node()));
            if (!page.pageInfo().hasNextPage()) {
                break;
            }
            page = graphQl.document(QUERY).variable("algorithm", algorithm).variable("seed", 3).variable("asOf", day)
                    .variable("after", page.pageInfo().endCursor()).execute()
                    .path("network.communities.communities").entity(CommunityPage.class).get();
        }
        response.path("network.communities.communities.totalCount").entity(Integer.class).isEqualTo(communities.size());
        int[] labels = new int[g.nodeCount()];
        Arrays.fill(labels, -1);
        int previousSize = Integer.MAX_VALUE;
        for (int c = 0; c < communities.size(); c++) {
            Community community = communities.get(c);
            List<Member> members = community.members();
            assertThat(community.size()).isEqualTo(members.size()).isLessThanOrEqualTo(previousSize);
            previousSize = members.size();
            for (Member m : members) {
                int u = g.indexOf(m.id()).orElseThrow();
                assertThat(labels[u]).as("%s in one community only", m.id()).isEqualTo(-1);
                labels[u] = c;
            }
        }
        assertThat(labels).doesNotContain(-1);
        Partition partition = Partition.of(labels);
        response.path("network.communities.count").entity(Integer.class).isEqualTo(partition.count());
        response.path("network.communities.modularity").entity(Double.class).satisfies(q -> assertThat(q)
                .isCloseTo(new Modularity(g, Modularity.Parameters.DEFAULTS).compute(partition), within(1e-9))
                .isPositive());
        ClusterAgreementResult agreement = new ClusterAgreement(g, partition, Modularity.Parameters.DEFAULTS).compute();
        response.path("network.communities.agreementWithClusters.normalizedMutualInformation").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(agreement.normalizedMutualInformation(), within(1e-9)))
                .path("network.communities.agreementWithClusters.adjustedRandIndex").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(agreement.adjustedRandIndex(), within(1e-9)))
                .path("network.communities.agreementWithClusters.comparedActors").entity(Integer.class)
                .isEqualTo(agreement.comparedActors())
                .path("network.communities.agreementWithClusters.withoutCluster").entity(Integer.class)
                .isEqualTo(agreement.withoutCluster())
                .path("network.communities.agreementWithClusters.declaredModularity").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(agreement.declaredModularity(), within(1e-9)));
    }

    @Test
    void theSameSeedGivesTheSameCommunities() {
        String query = "{ network { communities(algorithm: LEIDEN, seed: 11) { modularity communities(first: 5) { edges { node { members { id } } } } } } }";

        Object first = graphQl.document(query).execute().path("network.communities").entity(Object.class).get();
        Object second = graphQl.document(query).execute().path("network.communities").entity(Object.class).get();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aClusterScopeFindsCommunitiesAmongItsMembers() {
        long members = DemoData.DEMO.memberships().stream().filter(m -> m.clusterId().equals("KINKI-BIO"))
                .map(m -> m.actorId()).distinct().count();

        graphQl.document("""
                        { network(scope: {clusterIds: ["KINKI-BIO"]}) { communities {
                          modularity agreementWithClusters { comparedActors inSeveralClusters withoutCluster }
                          communities { totalCount } } } }""")
                .execute()
                .path("network.communities.modularity").entity(Double.class).satisfies(q -> assertThat(q).isPositive())
                .path("network.communities.agreementWithClusters.comparedActors").entity(Integer.class)
                .satisfies(n -> assertThat(n.longValue()).isLessThanOrEqualTo(members).isPositive());
    }

    @Test
    void aNegativeResolutionIsRefusedWithACode() {
        graphQl.document("{ network { communities(resolution: -1) { count } } }").execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("resolution");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
                });
    }

    @Test
    void emptyScopeGraphHasNoModularity() {
        // Before the project started there is no tie: every actor founded by then is alone and
        // modularity is undefined.
        graphQl.document("{ network(scope: {asOf: \"1990-01-01\"}) { communities { modularity count } } }").execute()
                .path("network.communities.modularity").valueIsNull()
                .path("network.communities.count").entity(Integer.class)
                .isEqualTo(DemoData.asOf(LocalDate.parse("1990-01-01")).nodeCount());
    }
}
