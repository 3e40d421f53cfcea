package io.kaonet.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.api.support.RawGraphQl.Answer;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Strings full of Cypher and GraphQL metacharacters, sent in every string argument, are stored and
 * returned verbatim and never executed: actors whose id, name, industry, region and city are such
 * strings are imported through a CSV file, then read back by id lookup, by every filter and by scope,
 * both through variables and inlined into the document as GraphQL string literals. The demo network
 * is intact afterwards (a {@code DETACH DELETE} that ran would have emptied it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileStringsIT extends ApiIntegrationTest {

    static final List<String> HOSTILE = List.of(
            "O'Brien's 'quoted' works",
            "say \"hello\" \"\"twice\"\"",
            "back\\slash \\\\ and \\\" and \\n",
            "}",
            "{",
            "MATCH (n) DETACH DELETE n",
            "x' }) MATCH (n) DETACH DELETE n //",
            "\"}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
            "$x",
            "${id} $id {id} {{id}}",
            "{ actor(id: \"x\") { id } } # comment",
            "mutation { importNetwork(directory: \"/\") { ok } }",
            "1; DROP TABLE actors; --",
            "a,b;c|d\te",
            "line one\nline two",
            "名古屋精密工業 ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301 \u202eRTL\u202c \u200b zero width",
            "<script>alert(1)</script> & &amp; %s %n %x");

    private static final String PREFIX = "it-hostile-";

    @Autowired
    StoreQueries store;
    @Autowired
    NetworkWriter writer;
    @Autowired
    WebTestClient http;

    private Map<String, Long> countsBefore;

    static Stream<Integer> indexes() {
        return IntStream.range(0, HOSTILE.size()).boxed();
    }

    private static String id(int i) {
        return PREFIX + i + " " + HOSTILE.get(i);
    }

    /** A CSV field: always quoted, quotes doubled (RFC 4180). */
    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** A GraphQL string literal for a value. */
    private static String literal(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        for (char ch : Character.toChars(c)) {
                            out.append(String.format("\\u%04x", (int) ch));
                        }
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    @BeforeAll
    void importHostileActors() {
        countsBefore = store.counts();
        StringBuilder actors = new StringBuilder("id,name,kind,industry,region,city,technologies\n");
        for (int i = 0; i < HOSTILE.size(); i++) {
            String s = HOSTILE.get(i);
            actors.append(csv(id(i))).append(',').append(csv(s)).append(",COMPANY,").append(csv(s)).append(',')
                    .append(csv(s)).append(',').append(csv(s)).append(',').append(csv(s.replace("|", "/"))).append('\n');
        }
        as(Role.ADMIN).document("mutation($f: [FileInput!]!) { importFiles(files: $f) { ok problems { message } summary { actors } } }")
                .variable("f", List.of(Map.of("name", "actors.csv", "content", actors.toString()))).execute()
                .path("importFiles.problems").entityList(Object.class).hasSize(0)
                .path("importFiles.ok").entity(Boolean.class).isEqualTo(true)
                .path("importFiles.summary.actors").entity(Integer.class).isEqualTo(HOSTILE.size());
    }

    @AfterAll
    void removeHostileActors() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            ids.add(id(i));
        }
        writer.deleteActors(ids);
        assertThat(store.counts()).isEqualTo(countsBefore);
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void actorIsReturnedVerbatimByIdLookup(int i) {
        String s = HOSTILE.get(i);
        graphQl.document("query($id: ID!) { actor(id: $id) { id name industry region city technologies } }")
                .variable("id", id(i)).execute()
                .path("actor.id").entity(String.class).isEqualTo(id(i))
                .path("actor.name").entity(String.class).isEqualTo(s)
                .path("actor.industry").entity(String.class).isEqualTo(s)
                .path("actor.region").entity(String.class).isEqualTo(s)
                .path("actor.city").entity(String.class).isEqualTo(s);
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void idInlinedAsAGraphQlLiteralFindsTheSameActor(int i) {
        graphQl.document("{ actor(id: " + literal(id(i)) + ") { name } }").execute()
                .path("actor.name").entity(String.class).isEqualTo(HOSTILE.get(i));
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void everyFilterMatchesTheStringLiterally(int i) {
        String s = HOSTILE.get(i);
        HttpGraphQlTester.Response response = graphQl.document("""
                        query($s: String!, $id: ID!) {
                          byName: actors(filter: {nameContains: $s}) { edges { node { id } } }
                          byIndustry: actors(filter: {industries: [$s]}) { totalCount edges { node { id } } }
                          byRegion: actors(filter: {regions: [$s]}) { totalCount edges { node { id } } }
                          byCluster: actors(filter: {clusterIds: [$id]}) { totalCount }
                          byCountry: actors(filter: {countries: [$s]}) { totalCount }
                          inRegion: network(scope: {regions: [$s]}) { summary { actors ties } }
                        }""")
                .variable("s", s).variable("id", id(i)).execute();

        response.path("byName.edges[*].node.id").entityList(String.class).contains(id(i));
        response.path("byIndustry.edges[*].node.id").entityList(String.class).containsExactly(id(i));
        response.path("byRegion.edges[*].node.id").entityList(String.class).containsExactly(id(i));
        response.path("byCluster.totalCount").entity(Integer.class).isEqualTo(0);
        response.path("byCountry.totalCount").entity(Integer.class).isEqualTo(0);
        response.path("inRegion.summary.actors").entity(Integer.class).isEqualTo(1);
        response.path("inRegion.summary.ties").entity(Integer.class).isEqualTo(0);

        // A scope naming a cluster that is not stored is refused, and the refusal quotes the value
        // exactly as it was sent.
        graphQl.document("""
                        query($s: String!, $id: ID!) {
                          network(scope: {regions: [$s], clusterIds: [$id]}) { summary { actors } }
                        }""")
                .variable("s", s).variable("id", id(i)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
                            .containsEntry("field", "scope.clusterIds")
                            .containsEntry("value", id(i));
                }));
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void unknownIdThatIsSuchAStringIsNull(int i) {
        graphQl.document("query($id: ID!) { actor(id: $id) { id } }").variable("id", HOSTILE.get(i)).execute()
                .path("actor").valueIsNull();
        graphQl.document("{ actor(id: " + literal(HOSTILE.get(i)) + ") { id } }").execute().path("actor").valueIsNull();
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void hostileServerFolderOrCursorIsEchoedVerbatimInTheError(int i) {
        String s = HOSTILE.get(i);
        RawGraphQl raw = new RawGraphQl(http);

        Answer folder = raw.post("Bearer " + ADMIN_TOKEN, "mutation($d: String!) { importNetwork(directory: $d) { ok } }",
                Map.of("d", s));
        Answer cursor = raw.post(null, "query($a: String) { actors(after: $a) { totalCount } }", Map.of("a", s));

        assertThat(folder.extensions(0)).containsEntry("code", "BAD_ARGUMENT").containsEntry("value", s);
        assertThat(cursor.extensions(0)).containsEntry("code", "BAD_ARGUMENT").containsEntry("value", s);
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void hostileFileNameIsRefusedAndNamedInTheProblem(int i) {
        String name = HOSTILE.get(i);
        // the importer ignores a folder part before the last / or \ of an uploaded name
        String expected = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

        as(Role.ADMIN).document("mutation($f: [FileInput!]!) { importFiles(files: $f) { ok problems { file } } }")
                .variable("f", List.of(Map.of("name", name, "content", "id,name,kind\nx,y,COMPANY\n"))).execute()
                .path("importFiles.ok").entity(Boolean.class).isEqualTo(false)
                .path("importFiles.problems[0].file").entity(String.class).isEqualTo(expected);
    }

    @Test
    void demoNetworkIsIntactAfterEveryHostileString() {
        assertThat(store.counts().get("actors")).isEqualTo(countsBefore.get("actors") + HOSTILE.size());
        assertThat(store.counts().get("ties")).isEqualTo(countsBefore.get("ties"));
    }
}
