package io.kaonet.api.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.ActorCandidates;
import io.kaonet.core.matchmaking.CandidateFilter;
import io.kaonet.core.matchmaking.ClusterIntroductions;
import io.kaonet.core.matchmaking.MatchCandidate;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.backtest.BatchProjection;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.demo.DemoNetworkGenerator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Matchmaking over HTTP on the demo network: the API answers what the core computes on the same
 * network (read here from the generator, without Neo4j), with paging, filters and explanations.
 */
class MatchmakingGraphQlIT extends ApiIntegrationTest {

    private static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate().batch();
    private static final CollaborationGraph GRAPH = new BatchProjection(DEMO).graph(Scope.ALL);
    private static final Matchmaking CORE = new Matchmaking(GRAPH);
    private static final String ACTOR = "tama-co-010";

    private static final String CANDIDATES = """
            query($actor: ID!, $filter: CandidateFilter, $first: Int, $after: String) {
              network { candidates(actorId: $actor, filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node {
                  source { id } target { id name kind } score
                  parts { structural community activity kinds industries keywords distance region cluster structuralValue }
                  explanation { sentences text distance introducer { id } sharedPartners { id } introductionPath { id }
                                commonClusters { id } constraintBefore constraintAfter joinsMainComponent industryLift }
                } }
              } }
            }""";

    /** An actor or a cluster as the answers select it. */
    record Ref(String id, String name, String kind) {
    }

    /** {@code Explanation} with the fields CANDIDATES selects. */
    record Explanation(List<String> sentences, String text, Integer distance, Ref introducer, List<Ref> sharedPartners,
                       List<Ref> introductionPath, List<Ref> commonClusters, Double constraintBefore,
                       Double constraintAfter, Boolean joinsMainComponent, Double industryLift) {
    }

    /** {@code MatchCandidate}: a suggestion of {@code target} for {@code source}. */
    record Candidate(Ref source, Ref target, Double score, Explanation explanation) {
    }

    /** One page of candidates. */
    record CandidatePage(Integer totalCount, PageInfo pageInfo, List<Edge> edges) {

        record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String endCursor) {
        }

        record Edge(String cursor, Candidate node) {
        }

        List<Candidate> nodes() {
            return edges.stream().map(Edge::node).toList();
        }
    }

    private CandidatePage page(Map<String, Object> variables) {
        var request = graphQl.document(CANDIDATES);
        for (var e : variables.entrySet()) {
            request = request.variable(e.getKey(), e.getValue());
        }
        return request.execute().path("network.candidates").entity(CandidatePage.class).get();
    }

    private List<Candidate> nodes(Map<String, Object> variables) {
        return page(variables).nodes();
    }

    @Test
    void candidatesAreTheCoresRankingWithItsScores() {
        ActorCandidates expected = CORE.candidates(ACTOR, CandidateFilter.NONE, 10);
        List<Candidate> actual = nodes(Map.of("actor", ACTOR, "first", 10));

        assertThat(actual).extracting(n -> n.target().id())
                .containsExactlyElementsOf(expected.candidates().stream().map(c -> c.candidate().id()).toList());
        for (int i = 0; i < actual.size(); i++) {
            MatchCandidate e = expected.candidates().get(i);
            assertThat(actual.get(i).score()).isCloseTo(e.score(), within(1e-9));
            assertThat(actual.get(i).source().id()).isEqualTo(ACTOR);
            Explanation explanation = actual.get(i).explanation();
            assertThat(explanation.sentences()).isEqualTo(e.explanation().sentences());
            assertThat(explanation.text()).isEqualTo(String.join(" ", e.explanation().sentences()));
        }
        graphQl.document("query($a: ID!) { network { candidates(actorId: $a) { totalCount } } }").variable("a", ACTOR)
                .execute().path("network.candidates.totalCount").entity(Integer.class).isEqualTo(expected.eligible());
    }

    @Test
    void pagesFollowOnFromTheCursor() {
        List<String> six = nodes(Map.of("actor", ACTOR, "first", 6)).stream().map(n -> n.target().id()).toList();
        CandidatePage first = page(Map.of("actor", ACTOR, "first", 3));
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        assertThat(first.pageInfo().hasPreviousPage()).isFalse();
        List<String> next = nodes(Map.of("actor", ACTOR, "first", 3, "after", first.pageInfo().endCursor())).stream()
                .map(n -> n.target().id()).toList();
        assertThat(next).containsExactlyElementsOf(six.subList(3, 6));
    }

    @Test
    void distanceTwoCandidateNamesItsIntroducerAmongTheSharedPartners() {
        Explanation x = nodes(Map.of("actor", ACTOR, "first", 20)).stream().map(Candidate::explanation)
                .filter(e -> Integer.valueOf(2).equals(e.distance())).findFirst().orElseThrow();
        assertThat(x.sharedPartners()).extracting(Ref::id).contains(x.introducer().id());
        assertThat(x.introductionPath()).hasSize(3);
    }

    @Test
    void filtersRestrictKindAndClusters() {
        List<Candidate> universities = nodes(Map.of("actor", ACTOR, "first", 20,
                "filter", Map.of("kinds", List.of("UNIVERSITY"))));
        assertThat(universities).isNotEmpty()
                .allSatisfy(n -> assertThat(n.target().kind()).isEqualTo("UNIVERSITY"));

        List<Candidate> across = nodes(Map.of("actor", ACTOR, "first", 20,
                "filter", Map.of("relation", "ACROSS", "maxDistance", 3)));
        assertThat(across).isNotEmpty().allSatisfy(n -> {
            assertThat(n.explanation().commonClusters()).isEmpty();
            assertThat(n.explanation().distance()).isBetween(2, 3);
        });
    }

    @Test
    void isolatedActorHasNoConstraintYetAndJoinsTheMainNetwork() {
        String isolated = null;
        for (int u = 0; u < GRAPH.nodeCount() && isolated == null; u++) {
            if (GRAPH.degree(u) == 0 && GRAPH.kind(u) == ActorKind.COMPANY) {
                isolated = GRAPH.id(u);
            }
        }
        Explanation x = nodes(Map.of("actor", isolated, "first", 1)).get(0).explanation();
        assertThat(x.constraintBefore()).isNull();
        assertThat(x.distance()).isNull();
        assertThat(x.constraintAfter()).isEqualTo(1.0);
    }

    @Test
    void aBadFilterIsABadArgumentAndAnUnknownActorIsNotFound() {
        graphQl.document(CANDIDATES).variable("actor", ACTOR).variable("filter", Map.of("maxDistance", 1)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_ARGUMENT")));
        graphQl.document(CANDIDATES).variable("actor", "no-such-actor").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).contains("no-such-actor");
                    assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("field", "actorId");
                }));
    }

    /** {@code IsolatedFirmBridges}. */
    record IsolatedBridges(Ref actor, Integer partners, List<Candidate> bridges) {
    }

    /** {@code ClusterIntroductions}. */
    record Introductions(Ref cluster, Integer members, List<Candidate> pairs, List<IsolatedBridges> isolated) {
    }

    @Test
    void clusterIntroductionsAreTheCoresPairsAndBridges() {
        ClusterIntroductions expected = CORE.cluster("HAMAMATSU", Set.of(), 5, 3, 2);
        Introductions answer = graphQl.document("""
                { network { clusterIntroductions(clusterId: "HAMAMATSU") {
                    cluster { id } members
                    pairs(first: 5) { source { id } target { id } score }
                    isolated(first: 3) { actor { id } partners bridges(first: 2) { target { id } explanation { joinsMainComponent } } }
                } } }""").execute().path("network.clusterIntroductions").entity(Introductions.class).get();
        assertThat(answer.members()).isEqualTo(expected.members());
        assertThat(answer.pairs()).extracting(p -> Set.of(p.source().id(), p.target().id())).containsExactlyElementsOf(
                expected.pairs().stream().map(p -> Set.of(p.actor().id(), p.candidate().id())).toList());
        assertThat(answer.isolated()).extracting(f -> f.actor().id())
                .containsExactlyElementsOf(expected.isolated().stream().map(f -> f.firm().id()).toList());
        Set<String> members = new HashSet<>();
        DEMO.memberships().stream().filter(m -> m.clusterId().equals("HAMAMATSU")).forEach(m -> members.add(m.actorId()));
        assertThat(answer.isolated()).allSatisfy(f -> assertThat(members).contains(f.actor().id()));
    }
}
