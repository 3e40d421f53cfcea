package io.kaonet.api.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoProjection;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.isolation.IsolatedFirm;
import io.kaonet.core.isolation.IsolatedFirms;
import io.kaonet.core.isolation.IsolatedFirmsResult;
import io.kaonet.core.isolation.IsolationReason;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Tie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code isolatedFirms} on the demo network over HTTP: every listed firm really has its reasons (checked
 * on the generated records), the list equals graph-core's on an independent projection, and filters,
 * ordering and candidates behave.
 */
class IsolatedFirmsGraphQlIT extends ApiIntegrationTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $reasons: [IsolationReason!], $requireAll: Boolean,
                  $orderBy: IsolatedFirmOrder, $direction: SortDirection) {
              network {
                isolatedFirms(first: $first, after: $after, reasons: $reasons, requireAll: $requireAll,
                              orderBy: $orderBy, direction: $direction) {
                  totalCount firmsInScope mainComponentSize lowestTiedShell
                  reasonCounts { reason firms }
                  pageInfo { hasNextPage endCursor }
                  edges { node { actor { id kind } reasons partners coreNumber componentSize } }
                }
              }
            }""";

    private final CollaborationGraph graph = DemoProjection.graph();

    /** An actor as the answers below select it. */
    record ActorRef(String id, String kind) {
    }

    /** {@code IsolatedFirm} with the fields PAGE selects. */
    record FirmNode(ActorRef actor, List<String> reasons, Integer partners, Integer coreNumber, Integer componentSize) {
    }

    /** One page of {@code isolatedFirms}. */
    record FirmPage(List<Edge> edges, PageInfo pageInfo) {

        record Edge(FirmNode node) {
        }

        record PageInfo(boolean hasNextPage, String endCursor) {
        }
    }

    /** {@code ConnectionCandidate}. */
    record Candidate(ActorRef actor, String purpose, ActorRef introducer, List<String> sharedClusters,
                     Boolean sameRegion, Integer partners, String explanation) {
    }

    /** An isolated firm with its candidates. */
    record FirmWithCandidates(ActorRef actor, List<Candidate> candidates) {
    }

    /** All firms of one listing, walked page by page; a null orderBy is left out (the schema's default). */
    private List<FirmNode> all(List<String> reasons, boolean requireAll, String orderBy) {
        List<FirmNode> out = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var request = graphQl.document(PAGE).variable("first", 500).variable("after", after)
                    .variable("reasons", reasons).variable("requireAll", requireAll);
            if (orderBy != null) {
                request = request.variable("orderBy", orderBy);
            }
            FirmPage page = request.execute().path("network.isolatedFirms").entity(FirmPage.class).get();
            page.edges().forEach(e -> out.add(e.node()));
            more = page.pageInfo().hasNextPage();
            after = page.pageInfo().endCursor();
        }
        return out;
    }

    private static String id(FirmNode node) {
        return node.actor().id();
    }

    private static Set<String> reasons(FirmNode node) {
        return new TreeSet<>(node.reasons());
    }

    @Test
    void everyListedFirmHasItsReasonsInTheGeneratedRecords() {
        Map<String, ActorKind> kinds = new HashMap<>();
        DemoProjection.DEMO.actors().forEach(a -> kinds.put(a.id(), a.kind()));
        Map<String, Set<String>> partners = new HashMap<>();
        for (Tie t : DemoProjection.DEMO.ties()) {
            partners.computeIfAbsent(t.sourceId(), k -> new HashSet<>()).add(t.targetId());
            partners.computeIfAbsent(t.targetId(), k -> new HashSet<>()).add(t.sourceId());
        }

        List<FirmNode> firms = all(null, false, null);
        assertThat(firms).isNotEmpty();
        for (FirmNode node : firms) {
            String id = id(node);
            Set<String> mine = partners.getOrDefault(id, Set.of());
            Set<String> reasons = reasons(node);
            assertThat(kinds.get(id)).isEqualTo(ActorKind.COMPANY);
            assertThat(reasons).isNotEmpty();
            assertThat(node.partners()).isEqualTo(mine.size());
            assertThat(reasons.contains("NO_TIES")).as("NO_TIES of %s", id).isEqualTo(mine.isEmpty());
            assertThat(reasons.contains("SINGLE_TIE")).as("SINGLE_TIE of %s", id).isEqualTo(mine.size() == 1);
            assertThat(reasons.contains("NO_KNOWLEDGE_SOURCE")).as("NO_KNOWLEDGE_SOURCE of %s", id)
                    .isEqualTo(mine.stream().noneMatch(p -> kinds.get(p).isKnowledgeSource()));
            assertThat(reasons.contains("NO_FINANCIER")).as("NO_FINANCIER of %s", id)
                    .isEqualTo(mine.stream().noneMatch(p -> kinds.get(p) == ActorKind.FINANCIER));
        }
    }

    @Test
    void listAndCountsEqualGraphCoreOnAnIndependentProjection() {
        IsolatedFirmsResult expected = new IsolatedFirms(graph).compute();
        Map<String, Set<String>> expectedReasons = new HashMap<>();
        for (IsolatedFirm f : expected.firms()) {
            expectedReasons.put(graph.id(f.node()),
                    f.reasons().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        }

        Map<String, Set<String>> actual = new HashMap<>();
        all(null, false, "ACTOR_ID").forEach(node -> actual.put(id(node), reasons(node)));
        assertThat(actual).isEqualTo(expectedReasons);

        var response = graphQl.document(PAGE).variable("first", 1).execute();
        response.path("network.isolatedFirms.totalCount").entity(Integer.class).isEqualTo(expected.firms().size())
                .path("network.isolatedFirms.firmsInScope").entity(Integer.class).isEqualTo(expected.firmCount())
                .path("network.isolatedFirms.mainComponentSize").entity(Integer.class)
                .isEqualTo(expected.mainComponentSize())
                .path("network.isolatedFirms.lowestTiedShell").entity(Integer.class).isEqualTo(expected.lowestTiedShell());
        for (IsolationReason r : IsolationReason.values()) {
            response.path("network.isolatedFirms.reasonCounts[" + r.ordinal() + "].reason").entity(String.class)
                    .isEqualTo(r.name())
                    .path("network.isolatedFirms.reasonCounts[" + r.ordinal() + "].firms").entity(Integer.class)
                    .isEqualTo(expected.count(r));
        }
    }

    @Test
    void filterKeepsFirmsWithAnyOrAllOfTheReasons() {
        IsolatedFirmsResult expected = new IsolatedFirms(graph).compute();
        List<FirmNode> any = all(List.of("NO_TIES", "SINGLE_TIE"), false, null);
        assertThat(any).hasSize(expected.count(IsolationReason.NO_TIES) + expected.count(IsolationReason.SINGLE_TIE))
                .allSatisfy(n -> assertThat(reasons(n)).containsAnyOf("NO_TIES", "SINGLE_TIE"));

        List<FirmNode> both = all(List.of("NO_KNOWLEDGE_SOURCE", "NO_FINANCIER"), true, null);
        long expectedBoth = expected.firms().stream().filter(f -> f.has(IsolationReason.NO_KNOWLEDGE_SOURCE)
                && f.has(IsolationReason.NO_FINANCIER)).count();
        assertThat(both).hasSize((int) expectedBoth)
                .allSatisfy(n -> assertThat(reasons(n)).contains("NO_KNOWLEDGE_SOURCE", "NO_FINANCIER"));
    }

    @Test
    void defaultOrderPutsTheFirmsWithMostReasonsFirstThenIds() {
        List<FirmNode> firms = all(null, false, null);
        for (int i = 1; i < firms.size(); i++) {
            int before = reasons(firms.get(i - 1)).size();
            int now = reasons(firms.get(i)).size();
            assertThat(now).isLessThanOrEqualTo(before);
            if (now == before) {
                assertThat(id(firms.get(i))).isGreaterThan(id(firms.get(i - 1)));
            }
        }
    }

    @Test
    void candidatesAreNotYetPartnersAndTheirIntroducersArePartnersOfBoth() {
        var response = graphQl.document("""
                { network { isolatedFirms(first: 60, reasons: [SINGLE_TIE], candidates: 2) { edges { node {
                    actor { id }
                    candidates { actor { id kind } purpose introducer { id } sharedClusters sameRegion partners
                                 explanation }
                } } } } }""").execute();
        List<FirmWithCandidates> firms = response.path("network.isolatedFirms.edges[*].node")
                .entityList(FirmWithCandidates.class).get();
        assertThat(firms).hasSize(60);
        int introduced = 0;
        for (FirmWithCandidates firm : firms) {
            int f = graph.indexOf(firm.actor().id()).orElseThrow();
            List<Candidate> candidates = firm.candidates();
            assertThat(candidates).isNotEmpty();
            Map<String, Integer> perPurpose = new HashMap<>();
            for (Candidate c : candidates) {
                int v = graph.indexOf(c.actor().id()).orElseThrow();
                assertThat(graph.adjacent(f, v)).isFalse();
                assertThat(c.partners()).isEqualTo(graph.degree(v));
                assertThat(c.explanation()).contains(graph.name(v));
                perPurpose.merge(c.purpose(), 1, Integer::sum);
                if (c.introducer() != null) {
                    int q = graph.indexOf(c.introducer().id()).orElseThrow();
                    assertThat(graph.adjacent(f, q)).isTrue();
                    assertThat(graph.adjacent(q, v)).isTrue();
                    introduced++;
                }
            }
            assertThat(perPurpose.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        }
        assertThat(introduced).isPositive();
    }

    @Test
    void aFirmOutsideTheScopeIsNotListed() {
        // Scoped to one cluster, only that cluster's members can appear.
        Set<String> members = new HashSet<>();
        DemoProjection.DEMO.memberships().stream().filter(m -> m.clusterId().equals("SHIKOKU"))
                .forEach(m -> members.add(m.actorId()));
        var response = graphQl.document("""
                { network(scope: {clusterIds: ["SHIKOKU"]}) { isolatedFirms(first: 500) {
                    totalCount edges { node { actor { id } } } } } }""").execute();
        List<String> ids = response.path("network.isolatedFirms.edges[*].node.actor.id").entityList(String.class).get();
        assertThat(ids).isNotEmpty();
        assertThat(members).containsAll(ids);
        Set<String> firms = DemoProjection.DEMO.actors().stream().filter(a -> a.kind() == ActorKind.COMPANY)
                .map(Actor::id).collect(Collectors.toSet());
        assertThat(firms).containsAll(ids);
    }
}
