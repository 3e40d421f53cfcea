package io.kaonet.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.ImportAnswer;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Loading files into the running system over GraphQL: bad input of every class is refused with
 * file, line, field and value, and leaves the database exactly as it was; good input is written
 * once and is idempotent. Imports need the ADMIN role (see WriteAccessIT for refusals).
 */
class ImportGraphQlIT extends ApiIntegrationTest {

    private static final String ACTORS_HEADER = "id,name,kind,industry\n";
    private static final String IMPORT = """
            mutation($files: [FileInput!]!) {
              importFiles(files: $files) {
                ok truncated
                summary { actors ties changed unchanged dataVersion }
                problems { file line field value message }
              }
            }""";

    @Autowired
    StoreQueries store;
    @Autowired
    NetworkWriter writer;

    private HttpGraphQlTester admin;
    private Map<String, Long> countsBefore;
    private long versionBefore;

    @BeforeEach
    void remember() {
        admin = as(Role.ADMIN);
        countsBefore = store.counts();
        versionBefore = store.dataVersion();
    }

    @AfterEach
    void removeTestActors() {
        writer.deleteActors(List.of("it-firm-1", "it-firm-2", "it-uni"));
    }

    @Test
    void aWorkbookThatIsNotBase64IsABadArgumentAndChangesNothing() {
        as(Role.COORDINATOR).document("""
                mutation { importWorkbook(workbook: {name: "members.xlsx", content: "not*base64!"}) { ok } }""")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                            .containsEntry("field", "workbook.content").containsEntry("value", "members.xlsx");
                    assertThat(e.getMessage()).isEqualTo("the content of workbook 'members.xlsx' is not base64");
                }));

        assertThat(store.dataVersion()).isEqualTo(versionBefore);
        assertThat(store.counts()).isEqualTo(countsBefore);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("missing id", Map.of("actors.csv", ACTORS_HEADER + ",Nameless Works,COMPANY,\n"),
                        "actors.csv", 2, "id", null),
                Arguments.of("duplicate id", Map.of("actors.csv", ACTORS_HEADER
                                + "it-firm-1,A Works,COMPANY,\nit-firm-1,B Works,COMPANY,\n"),
                        "actors.csv", 3, "id", "it-firm-1"),
                Arguments.of("unknown kind", Map.of("actors.csv", ACTORS_HEADER + "it-firm-1,A Works,BAKERY,\n"),
                        "actors.csv", 2, "kind", "BAKERY"),
                Arguments.of("tie to an unknown actor", Map.of(
                                "actors.csv", ACTORS_HEADER + "it-firm-1,A Works,COMPANY,\n",
                                "ties.csv", "source,target,kind\nit-firm-1,it-ghost,ALLIANCE\n"),
                        "ties.csv", 2, "target", "it-ghost"),
                Arguments.of("bad date", Map.of(
                                "actors.csv", ACTORS_HEADER + "it-firm-1,A Works,COMPANY,\nit-firm-2,B Works,COMPANY,\n",
                                "ties.csv", "source,target,kind,since\nit-firm-1,it-firm-2,ALLIANCE,2003-13-01\n"),
                        "ties.csv", 2, "since", "2003-13-01"),
                Arguments.of("bad number", Map.of(
                                "actors.csv", ACTORS_HEADER + "it-firm-1,A Works,COMPANY,\nit-firm-2,B Works,COMPANY,\n",
                                "ties.csv", "source,target,kind,weight\nit-firm-1,it-firm-2,ALLIANCE,heavy\n"),
                        "ties.csv", 2, "weight", "heavy"),
                Arguments.of("wrong header", Map.of("actors.csv", "id,name,kind,colour\nit-firm-1,A Works,COMPANY,red\n"),
                        "actors.csv", 1, "colour", null),
                Arguments.of("broken quote", Map.of("actors.csv", ACTORS_HEADER + "it-firm-1,\"A Works,COMPANY,\n"),
                        "actors.csv", 2, null, null),
                Arguments.of("empty file", Map.of("actors.csv", ""), "actors.csv", 0, null, null),
                Arguments.of("binary file", Map.of("actors.csv", "PK\u0003\u0004\u0000\u0000binary"),
                        "actors.csv", 0, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedWithFileLineFieldAndChangesNothing(String what, Map<String, String> files, String file,
                                                             int line, String field, String value) {
        ImportAnswer answer = admin.document(IMPORT).variable("files", asInputs(files)).execute()
                .path("importFiles").entity(ImportAnswer.class).get();

        assertThat(answer.ok()).isFalse();
        assertThat(answer.problems()).isNotEmpty();
        assertThat(answer.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            if (line > 0) {
                assertThat(p.line()).isEqualTo(line);
            }
            if (field != null) {
                assertThat(p.field()).isEqualTo(field);
            }
            if (value != null) {
                assertThat(p.value()).isEqualTo(value);
            }
        });
        assertThat(store.counts()).isEqualTo(countsBefore);
        assertThat(store.dataVersion()).isEqualTo(versionBefore);
    }

    @Test
    void fileThatIsNotUtf8IsRefusedFromAServerFolder(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("actors.csv"), (ACTORS_HEADER + "it-firm-1,M\u00fcnchen Werke,COMPANY,\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportAnswer answer = admin.document(
                        "mutation($d: String!) { importNetwork(directory: $d) { ok problems { file line message } } }")
                .variable("d", folder.toString()).execute().path("importNetwork").entity(ImportAnswer.class).get();
        assertThat(answer.ok()).isFalse();
        assertThat(answer.problems().get(0).file()).isEqualTo("actors.csv");
        assertThat(answer.problems().get(0).line()).isEqualTo(2);
        assertThat(store.counts()).isEqualTo(countsBefore);
    }

    @Test
    void everyProblemOfSeveralFilesIsListedAtOnce() {
        ImportAnswer answer = admin.document(IMPORT).variable("files", asInputs(Map.of(
                "actors.csv", ACTORS_HEADER + "it-firm-1,A Works,BAKERY,\n,B Works,COMPANY,\n",
                "ties.csv", "source,target,kind,since\nit-firm-1,it-ghost,ALLIANCE,yesterday\n"))).execute()
                .path("importFiles").entity(ImportAnswer.class).get();

        assertThat(answer.problems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(store.counts()).isEqualTo(countsBefore);
    }

    @Test
    void goodFilesAreWrittenOnceAndASecondImportChangesNothing() {
        Map<String, String> files = Map.of(
                "actors.csv", ACTORS_HEADER + "it-firm-1,A Works,COMPANY,machinery\nit-uni,Test University,UNIVERSITY,\n",
                "ties.csv", "source,target,kind,since,weight\nit-uni,it-firm-1,JOINT_RESEARCH,2010-04-01,2\n");

        ImportAnswer first = admin.document(IMPORT).variable("files", asInputs(files)).execute()
                .path("importFiles").entity(ImportAnswer.class).get();
        ImportAnswer second = admin.document(IMPORT).variable("files", asInputs(files)).execute()
                .path("importFiles").entity(ImportAnswer.class).get();

        assertThat(first.ok()).isTrue();
        assertThat(first.summary().actors()).isEqualTo(2);
        assertThat(first.summary().ties()).isEqualTo(1);
        assertThat(second.ok()).isTrue();
        assertThat(second.summary().changed()).isEqualTo(0);
        assertThat(second.summary().unchanged()).isEqualTo(3);
        assertThat(second.summary().dataVersion()).isEqualTo(versionBefore + 1);
        assertThat(store.counts().get("actors")).isEqualTo(countsBefore.get("actors") + 2);
        graphQl.document("{ actor(id: \"it-firm-1\") { industry } }").execute()
                .path("actor.industry").entity(String.class).isEqualTo("machinery");
    }

    @Test
    void tieToAnActorAlreadyStoredIsAccepted() {
        String demoActor = graphQl.document("{ actors(first: 1) { edges { node { id } } } }").execute()
                .path("actors.edges[0].node.id").entity(String.class).get();

        ImportAnswer answer = admin.document(IMPORT).variable("files", asInputs(Map.of(
                        "actors.csv", ACTORS_HEADER + "it-firm-2,B Works,COMPANY,\n",
                        "ties.csv", "source,target,kind\nit-firm-2," + demoActor + ",ALLIANCE\n"))).execute()
                .path("importFiles").entity(ImportAnswer.class).get();
        assertThat(answer.ok()).isTrue();
        assertThat(answer.summary().ties()).isEqualTo(1);
    }

    private static List<Map<String, String>> asInputs(Map<String, String> files) {
        return files.entrySet().stream().map(e -> Map.of("name", e.getKey(), "content", e.getValue())).toList();
    }
}
