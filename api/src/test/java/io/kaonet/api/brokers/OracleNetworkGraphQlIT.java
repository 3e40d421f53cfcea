package io.kaonet.api.brokers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reference network from {@code ../shared/oracles} loaded through {@code importFiles} with ids of
 * its own (in a region of its own, which is its scope), queried over HTTP and compared with the
 * reference tools' values to 1e-9, then deleted.
 */
class OracleNetworkGraphQlIT extends ApiIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT = """
            mutation($files: [FileInput!]!) { importFiles(files: $files) { ok problems { message } } }""";

    @Autowired
    NetworkWriter writer;

    private static JsonNode oracle(String name) throws IOException {
        String shared = System.getProperty("kaonet.shared.dir");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
        return JSON.readTree(Files.readString(base.resolve("oracles").resolve(name + ".json")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"krackhardt_kite", "florentine_marriage", "karate"})
    void brokerMeasuresAndIsolatedFirmsMatchTheReferenceTools(String name) throws IOException {
        JsonNode root = oracle(name);
        JsonNode metrics = root.get("metrics");
        String region = "it-oracle-" + name;
        String prefix = "it-" + name + "-";
        StringBuilder actorsCsv = new StringBuilder("id,name,kind,region\n");
        List<String> ids = new ArrayList<>();
        for (JsonNode n : root.get("nodes")) {
            String id = prefix + n.get("id").asText().replaceAll("[^A-Za-z0-9]", "_");
            ids.add(id);
            actorsCsv.append(id).append(',').append(id).append(",COMPANY,").append(region).append('\n');
        }
        StringBuilder tiesCsv = new StringBuilder("source,target,kind\n");
        for (JsonNode e : root.get("edges")) {
            tiesCsv.append(prefix).append(e.get("source").asText().replaceAll("[^A-Za-z0-9]", "_")).append(',')
                    .append(prefix).append(e.get("target").asText().replaceAll("[^A-Za-z0-9]", "_"))
                    .append(",ALLIANCE\n");
        }
        try {
            as(Role.ADMIN).document(IMPORT).variable("files", List.of(
                            Map.of("name", "actors.csv", "content", actorsCsv.toString()),
                            Map.of("name", "ties.csv", "content", tiesCsv.toString())))
                    .execute().path("importFiles.ok").entity(Boolean.class).isEqualTo(true);

            var response = graphQl.document("""
                    query($r: String!) { network(scope: {regions: [$r]}) {
                      brokers(first: 500) { totalCount edges { node {
                        actor { id } betweenness normalizedBetweenness constraint effectiveSize efficiency } } }
                      isolatedFirms(first: 500) { edges { node { actor { id } reasons } } }
                    } }""").variable("r", region).execute();
            response.path("network.brokers.totalCount").entity(Integer.class).isEqualTo(metrics.get("n_nodes").asInt());
            List<BrokerFigures> brokers = response.path("network.brokers.edges[*].node")
                    .entityList(BrokerFigures.class).get();
            for (BrokerFigures b : brokers) {
                String id = b.actor().id();
                String key = oracleId(root, prefix, id);
                assertClose(b.betweenness(), metrics.get("betweenness_raw").get(key), id + " betweenness");
                assertClose(b.normalizedBetweenness(), metrics.get("betweenness_normalized").get(key),
                        id + " normalised betweenness");
                assertClose(b.constraint(), metrics.get("constraint").get(key), id + " constraint");
                assertClose(b.effectiveSize(), metrics.get("effective_size").get(key), id + " effective size");
                assertClose(b.efficiency(), metrics.get("efficiency").get(key), id + " efficiency");
            }

            Set<String> isolates = new HashSet<>();
            metrics.get("isolates").forEach(n -> isolates.add(prefix + n.asText().replaceAll("[^A-Za-z0-9]", "_")));
            Set<String> withNoTies = new HashSet<>();
            for (Firm f : response.path("network.isolatedFirms.edges[*].node").entityList(Firm.class).get()) {
                if (f.reasons().contains("NO_TIES")) {
                    withNoTies.add(f.actor().id());
                }
            }
            assertThat(withNoTies).isEqualTo(isolates);
        } finally {
            writer.deleteActors(ids);
        }
    }

    /** An actor by id. */
    record ActorRef(String id) {
    }

    /** A broker's figures, null where undefined. */
    record BrokerFigures(ActorRef actor, Double betweenness, Double normalizedBetweenness, Double constraint,
                         Double effectiveSize, Double efficiency) {
    }

    /** An isolated firm with its reasons. */
    record Firm(ActorRef actor, List<String> reasons) {
    }

    private static String oracleId(JsonNode root, String prefix, String id) {
        Map<String, String> byCsvId = new HashMap<>();
        root.get("nodes").forEach(n -> byCsvId.put(prefix + n.get("id").asText().replaceAll("[^A-Za-z0-9]", "_"),
                n.get("id").asText()));
        return byCsvId.get(id);
    }

    private static void assertClose(Double actual, JsonNode expected, String what) {
        assertThat(expected).as(what + " in the oracle").isNotNull();
        if (expected.isNull()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isCloseTo(expected.asDouble(), within(1e-9));
        }
    }
}
