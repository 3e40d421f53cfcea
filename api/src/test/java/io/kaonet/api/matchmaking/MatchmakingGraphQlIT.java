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
import io.kaonet.importers.demo.DemoNetworkGenerator;
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
              candidates(actorId: $actor, filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node {
                  actor { id } candidate { id name kind } score
                  parts { structural community activity kinds industries keywords distance region cluster structuralValue }
                  explanation { sentences text distance introducer { id } sharedPartners { id } introductionPath { id }
                                sharedClusters constraintBefore constraintAfter joinsMainComponent industryLift }
                } }
              }
            }""";

    private List<Map<String, Object>> nodes(Map<String, Object> variables) {
        var request = graphQl.document(CANDIDATES);
        for (var e : variables.entrySet()) {
            request = request.variable(e.getKey(), e.getValue());
        }
        List<Map<String, Object>> edges = request.execute().path("candidates.edges").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        return edges.stream().map(e -> (Map<String, Object>) e.get("node")).toList();
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> node, String field) {
        return (String) ((Map<String, Object>) node.get(field)).get("id");
    }

    @Test
    void candidatesAreTheCoresRankingWithItsScores() {
        ActorCandidates expected = CORE.candidates(ACTOR, CandidateFilter.NONE, 10);
        List<Map<String, Object>> actual = nodes(Map.of("actor", ACTOR, "first", 10));

        assertThat(actual).extracting(n -> id(n, "candidate"))
                .containsExactlyElementsOf(expected.candidates().stream().map(c -> c.candidate().id()).toList());
        for (int i = 0; i < actual.size(); i++) {
            MatchCandidate e = expected.candidates().get(i);
            assertThat(((Number) actual.get(i).get("score")).doubleValue()).isCloseTo(e.score(), within(1e-9));
            assertThat(id(actual.get(i), "actor")).isEqualTo(ACTOR);
            Map<String, Object> explanation = (Map<String, Object>) actual.get(i).get("explanation");
            assertThat((List<String>) explanation.get("sentences")).isEqualTo(e.explanation().sentences());
            assertThat(explanation.get("text")).isEqualTo(String.join(" ", e.explanation().sentences()));
        }
        graphQl.document("query($a: ID!) { candidates(actorId: $a) { totalCount } }").variable("a", ACTOR).execute()
                .path("candidates.totalCount").entity(Integer.class).isEqualTo(expected.eligible());
    }

    @Test
    void pagesFollowOnFromTheCursor() {
        List<String> six = nodes(Map.of("actor", ACTOR, "first", 6)).stream().map(n -> id(n, "candidate")).toList();
        var first = graphQl.document(CANDIDATES).variable("actor", ACTOR).variable("first", 3).execute();
        first.path("candidates.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("candidates.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        String cursor = first.path("candidates.pageInfo.endCursor").entity(String.class).get();
        List<String> next = nodes(Map.of("actor", ACTOR, "first", 3, "after", cursor)).stream()
                .map(n -> id(n, "candidate")).toList();
        assertThat(next).containsExactlyElementsOf(six.subList(3, 6));
    }

    @Test
    void distanceTwoCandidateNamesItsIntroducerAmongTheSharedPartners() {
        Map<String, Object> node = nodes(Map.of("actor", ACTOR, "first", 20)).stream()
                .filter(n -> Integer.valueOf(2).equals(((Map<String, Object>) n.get("explanation")).get("distance")))
                .findFirst().orElseThrow();
        Map<String, Object> x = (Map<String, Object>) node.get("explanation");
        assertThat((List<Map<String, Object>>) x.get("sharedPartners")).extracting(p -> p.get("id"))
                .contains(((Map<String, Object>) x.get("introducer")).get("id"));
        assertThat((List<?>) x.get("introductionPath")).hasSize(3);
    }

    @Test
    void filtersRestrictKindAndClusters() {
        List<Map<String, Object>> universities = nodes(Map.of("actor", ACTOR, "first", 20,
                "filter", Map.of("kinds", List.of("UNIVERSITY"))));
        assertThat(universities).isNotEmpty()
                .allSatisfy(n -> assertThat(((Map<String, Object>) n.get("candidate")).get("kind")).isEqualTo("UNIVERSITY"));

        List<Map<String, Object>> across = nodes(Map.of("actor", ACTOR, "first", 20,
                "filter", Map.of("relation", "ACROSS", "maxDistance", 3)));
        assertThat(across).isNotEmpty().allSatisfy(n -> {
            Map<String, Object> x = (Map<String, Object>) n.get("explanation");
            assertThat((List<?>) x.get("sharedClusters")).isEmpty();
            assertThat((Integer) x.get("distance")).isBetween(2, 3);
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
        Map<String, Object> x = (Map<String, Object>) nodes(Map.of("actor", isolated, "first", 1)).get(0)
                .get("explanation");
        assertThat(x.get("constraintBefore")).isNull();
        assertThat(x.get("distance")).isNull();
        assertThat(((Number) x.get("constraintAfter")).doubleValue()).isEqualTo(1.0);
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

    @Test
    void clusterIntroductionsAreTheCoresPairsAndBridges() {
        ClusterIntroductions expected = CORE.cluster("HAMAMATSU", Set.of(), 5, 3, 2);
        var response = graphQl.document("""
                { clusterIntroductions(clusterId: "HAMAMATSU", pairs: 5, isolatedFirms: 3, bridgesPerFirm: 2) {
                    clusterId members
                    pairs { actor { id } candidate { id } score }
                    isolated { firm { id } partners bridges { candidate { id } explanation { joinsMainComponent } } }
                } }""").execute();
        response.path("clusterIntroductions.members").entity(Integer.class).isEqualTo(expected.members());
        List<Map<String, Object>> pairs = response.path("clusterIntroductions.pairs").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(pairs).extracting(p -> Set.of(id(p, "actor"), id(p, "candidate"))).containsExactlyElementsOf(
                expected.pairs().stream().map(p -> Set.of(p.actor().id(), p.candidate().id())).toList());
        List<Map<String, Object>> isolated = response.path("clusterIntroductions.isolated").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(isolated).extracting(f -> id(f, "firm"))
                .containsExactlyElementsOf(expected.isolated().stream().map(f -> f.firm().id()).toList());
        Set<String> members = new HashSet<>();
        DEMO.memberships().stream().filter(m -> m.clusterId().equals("HAMAMATSU")).forEach(m -> members.add(m.actorId()));
        assertThat(isolated).allSatisfy(f -> assertThat(members).contains(id(f, "firm")));
    }
}
