package io.kaonet.api.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.KaonetApplication;
import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.queries.connection.Neo4jConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application on a Neo4j it reaches only by URI, end to end. For the class, a second Kaonet
 * application (the same {@link KaonetApplication}, profile {@code test}) runs on the external
 * database, configured as an operator would with {@code kaonet.neo4j.uri}: it installs its schema,
 * loads the demo network through the import over the driver, and its analyses read their projections
 * through the driver. Its GraphQL answers to a set of questions must be those of the shared context
 * (embedded database, projections through the Java API) on the same demo network; then an import and
 * a recorded introduction over GraphQL are written to the server and the analyses see them.
 *
 * <p>Why a second application and not the services without Spring: what is claimed is that the
 * application runs on a server or cluster by URI, and only the application shows it (the
 * configuration that picks the driver path, the schema and demo load at start, the GraphQL layer on
 * top); below it, the queries module's {@code External*IT} test the services on the same kind of
 * server. It lives for this class only and is closed after it. Measured cost: see
 * {@code docs/operations.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ExternalDatabaseContract extends ApiIntegrationTest {

    /** Questions asked of both applications; their answers must agree (numbers to 1e-9 relative). */
    private static final List<String> QUESTIONS = List.of("""
            { network { summary { actors ties density meanDegree components giantComponentShare
              averageClustering averageClusteringExcludingLowDegree transitivity } } }""", """
            { tama2005: network(scope: {clusterIds: ["TAMA"], asOf: "2005-01-01"}) {
                summary { actors ties density components giantComponentShare } }
              hokkaido: network(scope: {clusterIds: ["HOKKAIDO"], includeActivities: true, weighting: NEWMAN}) {
                summary { actors ties meanDegree averageClustering transitivity } } }""", """
            { network { brokers(first: 10, orderBy: BETWEENNESS, groupBy: KIND) { totalCount
                edges { node { rank actor { id } betweenness constraint effectiveSize hierarchy
                  brokerage { coordinator itinerant representative gatekeeper liaison total } } } } } }""", """
            { network(scope: {clusterIds: ["TAMA"], asOf: "2010-12-31"}) { cohesion { actors ties density
              meanDegree giantComponentShare transitivity meanDistance diameter mainCore meanTwoStepReach isolates } } }""", """
            { network { isolatedFirms(first: 5) { totalCount firmsInScope mainComponentSize
                edges { node { actor { id } reasons partners coreNumber componentSize } } } } }""", """
            { network { communities(algorithm: LOUVAIN, seed: 42) { modularity count
                communities(first: 5) { edges { node { size mainCluster { id } } } } } } }""", """
            { network { candidates(actorId: "tama-co-010", first: 5) { totalCount
                edges { node { target { id } score } } } } }""");

    /** Where the second application's database is. */
    record Target(String uri, String username, String password) {
    }

    @Autowired
    WebTestClient http;

    private ConfigurableApplicationContext application;
    private RawGraphQl external;

    /** The external database of this target. */
    abstract Target target();

    @BeforeAll
    void startApplicationOnTheExternalDatabase() {
        Target target = target();
        long started = System.nanoTime();
        application = new SpringApplicationBuilder(KaonetApplication.class).main(KaonetApplication.class).profiles("test")
                .run("--server.port=0", "--kaonet.neo4j.uri=" + target.uri(),
                        "--kaonet.neo4j.username=" + target.username(), "--kaonet.neo4j.password=" + target.password());
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        external = new RawGraphQl(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofMinutes(2)).build());
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Application on {} started with the demo network in {} ms",
                target.uri(), (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    void stopApplication() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    @Order(1)
    void theApplicationReachesItsDatabaseOnlyThroughTheDriver() {
        Neo4jConnection connection = application.getBean(Neo4jConnection.class);

        assertThat(connection.embedded()).isFalse();
        assertThat(connection.embeddedDatabase()).isEmpty();
        assertThat(connection.uri()).isEqualTo(target().uri());
    }

    @Test
    @Order(2)
    void theExternalDatabaseAnswersEveryQuestionAsTheEmbeddedOneOnTheSameNetwork() {
        RawGraphQl embedded = new RawGraphQl(http);
        for (String question : QUESTIONS) {
            RawGraphQl.Answer expected = embedded.post(null, question);
            RawGraphQl.Answer actual = external.post(null, question);
            assertThat(expected.errors()).as("embedded: %s", question).isEmpty();
            assertThat(actual.errors()).as("external: %s", question).isEmpty();
            assertSame("", expected.data(), actual.data(), question);
        }
    }

    @Test
    @Order(3)
    void anImportOverGraphQlIsWrittenToTheServerAndTheAnalysesSeeIt() {
        Map<String, Object> before = summary();
        RawGraphQl.Answer imported = external.post("Bearer " + token(Role.ADMIN), """
                mutation($files: [FileInput!]!) {
                  importFiles(files: $files) { ok summary { actors ties changed } problems { file line message } } }""",
                Map.of("files", List.of(
                        Map.of("name", "actors.csv", "content",
                                "id,name,kind,industry\next-firm-1,Ext Works,COMPANY,machinery\next-uni,Ext University,UNIVERSITY,\n"),
                        Map.of("name", "ties.csv", "content",
                                "source,target,kind\next-firm-1,ext-uni,JOINT_RESEARCH\next-firm-1,tama-co-010,SUPPLY\n"))));

        assertThat(imported.errors()).isEmpty();
        assertThat(at(imported.data(), "importFiles.ok")).isEqualTo(true);
        assertThat(at(imported.data(), "importFiles.summary.changed")).isEqualTo(4);
        Map<String, Object> after = summary();
        assertThat(after.get("actors")).isEqualTo((Integer) before.get("actors") + 2);
        assertThat(after.get("ties")).isEqualTo((Integer) before.get("ties") + 2);
    }

    @Test
    @Order(4)
    void aRecordedIntroductionTiesThePairInTheServersProjection() {
        String firm = "tama-co-010";
        Object introductionsBefore = at(external.post(null, "{ introductions(actorId: \"tama-co-010\") { totalCount } }")
                .data(), "introductions.totalCount");
        String candidate = (String) at(external.post(null, """
                { network { candidates(actorId: "tama-co-010", first: 1) { edges { node { target { id } } } } } }""")
                .data(), "network.candidates.edges.0.node.target.id");

        RawGraphQl.Answer recorded = external.post("Bearer " + token(Role.COORDINATOR), """
                mutation($a: [ID!]!) { recordIntroduction(input: {coordinatorId: "hama-crd-02", actorIds: $a,
                  date: "2026-04-01"}) { ok error { code message } introduction { id status } } }""",
                Map.of("a", List.of(firm, candidate)));

        assertThat(recorded.errors()).isEmpty();
        assertThat(at(recorded.data(), "recordIntroduction.ok")).as("%s", recorded.body()).isEqualTo(true);
        assertThat(at(recorded.data(), "recordIntroduction.introduction.status")).isEqualTo("OPEN");
        assertThat(at(external.post(null, "{ introductions(actorId: \"tama-co-010\") { totalCount } }").data(),
                "introductions.totalCount")).isEqualTo((Integer) introductionsBefore + 1);
        // Introduced, the two are tied: the projection, brought up to date through the driver, no
        // longer offers one to the other.
        List<Object> candidates = new ArrayList<>();
        Object edges = at(external.post(null, """
                { network { candidates(actorId: "tama-co-010", first: 50) { edges { node { target { id } } } } } }""")
                .data(), "network.candidates.edges");
        for (Object edge : (List<?>) edges) {
            candidates.add(at(edge, "node.target.id"));
        }
        assertThat(candidates).isNotEmpty().doesNotContain(candidate);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> summary() {
        RawGraphQl.Answer answer = external.post(null, "{ network { summary { actors ties } } }");
        assertThat(answer.errors()).isEmpty();
        return (Map<String, Object>) at(answer.data(), "network.summary");
    }

    /** The value at a dotted path of maps and lists (list positions as numbers). */
    private static Object at(Object tree, String path) {
        Object node = tree;
        for (String step : path.split("\\.")) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<?, ?>) node).get(step);
        }
        return node;
    }

    /** Same shape and values; numbers equal to 1e-9 relative (sums in another order differ in the last bits). */
    private static void assertSame(String path, Object expected, Object actual, String question) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            assertThat(a.keySet()).as("%s keys in %s", path, question).isEqualTo(e.keySet());
            e.forEach((k, v) -> assertSame(path + "." + k, v, a.get(k), question));
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            assertThat(a).as("%s length in %s", path, question).hasSameSizeAs(e);
            Iterator<?> ai = a.iterator();
            int i = 0;
            for (Object v : e) {
                assertSame(path + "." + i++, v, ai.next(), question);
            }
        } else if (expected instanceof Number e && actual instanceof Number a) {
            double x = e.doubleValue();
            assertThat(a.doubleValue()).as("%s in %s", path, question)
                    .isCloseTo(x, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(x))));
        } else {
            assertThat(actual).as("%s in %s", path, question).isEqualTo(expected);
        }
    }
}
