package io.kaonet.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.backtest.BatchProjection;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.demo.DemoNetworkGenerator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One rule for time and clear answers for scopes, on the demo network: as of a day in 2005 no actor
 * founded later is counted by the summary, drawn on the map or written to an export, for the whole
 * network and for a cluster; a scope by country keeps that country's actors; an unknown cluster,
 * region or country is an error naming the nearest known values.
 */
class ScopeRulesGraphQlIT extends ApiIntegrationTest {

    private static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate().batch();
    private static final LocalDate DAY = LocalDate.of(2005, 6, 30);
    private static final String FIGURES = """
            query($scope: Scope) { network(scope: $scope) {
              summary { actors }
              graph(maxActors: 20000) { nodes { id } }
              export(format: CSV) { name content } } }""";

    @Test
    void aNullScopeIsTheWholeCumulativeNetworkAsAnOmittedOneIs() {
        int whole = new BatchProjection(DEMO).graph(Scope.ALL).nodeCount();

        graphQl.document("{ network(scope: null) { summary { actors } } }").execute()
                .path("network.summary.actors").entity(Integer.class).isEqualTo(whole);
        graphQl.document("{ network { summary { actors } } }").execute()
                .path("network.summary.actors").entity(Integer.class).isEqualTo(whole);
    }

    @Test
    void asOf2005NoActorFoundedLaterIsCountedDrawnOrExported() {
        long foundedLater = DEMO.actors().stream().filter(a -> a.founded() != null && a.founded() > 2005).count();
        assertThat(foundedLater).as("demo actors founded after 2005").isPositive();
        String cluster = DEMO.clusters().get(0).id();
        for (Map<String, Object> scope : List.of(Map.<String, Object>of("asOf", DAY.toString()),
                Map.<String, Object>of("asOf", DAY.toString(), "clusterIds", List.of(cluster)))) {
            Scope core = scope.containsKey("clusterIds") ? Scope.ALL.withClusters(Set.of(cluster)).withAsOf(DAY)
                    : Scope.ALL.withAsOf(DAY);
            CollaborationGraph expected = new BatchProjection(DEMO).graph(core);
            Set<String> expectedIds = new TreeSet<>();
            for (int u = 0; u < expected.nodeCount(); u++) {
                expectedIds.add(expected.id(u));
            }
            var response = graphQl.document(FIGURES).variable("scope", scope).execute();
            response.path("network.summary.actors").entity(Integer.class).isEqualTo(expectedIds.size());
            Set<String> drawn = new TreeSet<>(response.path("network.graph.nodes[*].id").entityList(String.class).get());
            assertThat(drawn).as("map of %s", scope).isEqualTo(expectedIds);
            String nodesCsv = response.path("network.export[?(@.name == 'nodes.csv')].content")
                    .entityList(String.class).get().get(0);
            Set<String> exported = new TreeSet<>();
            nodesCsv.lines().skip(1).forEach(line -> exported.add(firstField(line)));
            assertThat(exported).as("nodes.csv of %s", scope).isEqualTo(expectedIds);
            for (Actor a : DEMO.actors()) {
                if (a.founded() != null && a.founded() > 2005) {
                    assertThat(drawn).as("%s founded %s", a.id(), a.founded()).doesNotContain(a.id());
                }
            }
        }
    }

    @Test
    void scopeByCountryKeepsThatCountrysActors() {
        Set<String> countries = new HashSet<>();
        DEMO.actors().forEach(a -> {
            if (a.country() != null) {
                countries.add(a.country());
            }
        });
        String country = new TreeSet<>(countries).first();
        long expected = DEMO.actors().stream().filter(a -> country.equals(a.country())).count();
        graphQl.document("query($c: [String!]) { network(scope: {countries: $c}) { summary { actors } } }")
                .variable("c", List.of(country)).execute()
                .path("network.summary.actors").entity(Long.class).isEqualTo(expected);
    }

    @Test
    void unknownClusterIsNotFoundNamingTheNearestKnownIds() {
        String known = DEMO.clusters().get(0).id();
        String misspelt = known + "X";
        graphQl.document("query($c: [ID!]) { network(scope: {clusterIds: $c}) { summary { actors } } }")
                .variable("c", List.of(misspelt)).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    var e = errors.get(0);
                    assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")
                            .containsEntry("field", "scope.clusterIds").containsEntry("value", misspelt);
                    assertThat((List<?>) e.getExtensions().get("nearest")).first().isEqualTo(known);
                    assertThat(e.getMessage()).contains("'" + misspelt + "'", known);
                });
    }

    @Test
    void unknownRegionOrCountryIsABadArgumentNamingTheNearestKnownValues() {
        String region = DEMO.actors().stream().map(Actor::region).filter(r -> r != null).findFirst().orElseThrow();
        graphQl.document("query($r: [String!]) { network(scope: {regions: $r}) { summary { actors } } }")
                .variable("r", List.of(region.toUpperCase() + "Z")).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                            .containsEntry("field", "scope.regions");
                    assertThat((List<Object>) errors.get(0).getExtensions().get("nearest")).contains(region);
                });
        graphQl.document("{ network(scope: {countries: [\"XX\"]}) { summary { actors } } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                            .containsEntry("field", "scope.countries").containsEntry("value", "XX");
                    assertThat((List<?>) errors.get(0).getExtensions().get("nearest")).isNotEmpty();
                });
    }

    /** The first field of a CSV line (demo ids hold no comma or quote, but may be quoted). */
    private static String firstField(String line) {
        String field = line.split(",", 2)[0];
        return field.startsWith("\"") ? field.substring(1, field.length() - 1) : field;
    }
}
