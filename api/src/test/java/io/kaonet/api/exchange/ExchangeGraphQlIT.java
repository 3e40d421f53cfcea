package io.kaonet.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.ImportAnswer;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The real CORDIS sample imported over GraphQL into the running system, analysed with activities
 * projected, and exported; bad input refused with nothing changed. The test removes the CORDIS
 * records it wrote afterwards.
 */
class ExchangeGraphQlIT extends ApiIntegrationTest {

    @Autowired
    StoreQueries store;
    @Autowired
    NetworkWriter writer;
    @Autowired
    Neo4jConnection connection;

    /** The shared tester with room for whole exported files (the client's default buffer is 256 KiB). */
    HttpGraphQlTester large() {
        return graphQl.mutate().webTestClient(b -> b.codecs(c -> c.defaultCodecs().maxInMemorySize(64 << 20))).build();
    }

    static Path sample() {
        String shared = System.getProperty("kaonet.shared.dir");
        return (shared != null ? Path.of(shared) : Path.of("..", "..", "shared")).resolve("data").resolve("cordis-sample");
    }

    static NetworkBatch sampleBatch() {
        return new CordisImporter().read(sample(), KnownIds.NONE);
    }

    @AfterEach
    void removeCordisRecords() {
        NetworkBatch batch = sampleBatch();
        writer.deleteActors(batch.actors().stream().map(Actor::id).toList());
        try (var session = connection.driver().session(connection.sessionConfig())) {
            session.run("UNWIND $ids AS id MATCH (x:Activity {id: id}) DETACH DELETE x",
                    Map.of("ids", batch.activities().stream().map(a -> a.id()).toList())).consume();
        }
    }

    @Test
    void cordisSampleImportsAndItsCoParticipationTiesAppearInTheExport() {
        NetworkBatch batch = sampleBatch();
        Set<String> cordisActors = batch.actors().stream().map(Actor::id).collect(Collectors.toSet());

        ImportAnswer imported = as(Role.ADMIN).document("""
                        mutation($p: String!) { importNetwork(format: CORDIS, directory: $p) {
                          ok summary { actors activities participations } } }""")
                .variable("p", sample().toString()).execute()
                .path("importNetwork").entity(ImportAnswer.class).get();
        assertThat(imported.ok()).isTrue();
        assertThat(imported.summary().actors()).isEqualTo(batch.actors().size());
        assertThat(imported.summary().activities()).isEqualTo(batch.activities().size());
        assertThat(imported.summary().participations()).isEqualTo(batch.participations().size());

        String edges = large().document("""
                        { network(scope: {includeActivities: true}) { export(format: CSV, metrics: [DEGREE]) { name content } } }""")
                .execute().path("network.export[1].content").entity(String.class).get();
        Set<String> exported = new HashSet<>();
        for (String line : edges.split("\n")) {
            String[] f = line.split(",");
            if (cordisActors.contains(f[0]) && cordisActors.contains(f[1])) {
                exported.add(f[0].compareTo(f[1]) < 0 ? f[0] + "-" + f[1] : f[1] + "-" + f[0]);
            }
        }
        assertThat(exported).isEqualTo(coParticipationPairs(batch));
    }

    @Test
    void gexfExportOfTheDemoNetworkDeclaresItsMetrics() {
        large().document("{ network { export(format: GEXF, metrics: [DEGREE, CORE_NUMBER]) { name mediaType content } } }")
                .execute()
                .path("network.export[0].name").entity(String.class).isEqualTo("network.gexf")
                .path("network.export[0].mediaType").entity(String.class).isEqualTo("application/gexf+xml")
                .path("network.export[0].content").entity(String.class)
                .satisfies(gexf -> assertThat(gexf).contains("title=\"degree\"", "title=\"coreNumber\"", "title=\"clusters\""));
    }

    @Test
    void badCordisFilesAreRefusedWithFileLineAndFieldAndChangeNothing() {
        var before = store.counts();
        long version = store.dataVersion();

        ImportAnswer refused = as(Role.ADMIN).document("""
                        mutation($files: [FileInput!]!) { importFiles(format: CORDIS, files: $files) {
                          ok problems { file line field value } } }""")
                .variable("files", BAD_CORDIS_FILES)
                .execute().path("importFiles").entity(ImportAnswer.class).get();
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems().get(0)).isEqualTo(
                new ImportAnswer.Problem("organization.csv", 2, "activityType", "BAKERY", null));
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.dataVersion()).isEqualTo(version);
    }

    @Test
    void aNameTooLargeForTheDatabaseIndexIsATypedImportProblemAndChangesNothing() {
        var before = store.counts();
        long version = store.dataVersion();

        ImportAnswer refused = as(Role.ADMIN).document("""
                        mutation($files: [FileInput!]!) { importFiles(format: CORDIS, files: $files) {
                          ok problems { file line field message } } }""")
                .variable("files", List.of(Map.of("name", "organization.csv", "content",
                        "projectID,organisationID,name,activityType\n101,gql-big-1,Alpha,PRC\n101,gql-big-2,"
                                + "n".repeat(9_000) + ",PRC\n")))
                .execute().path("importFiles").entity(ImportAnswer.class).get();
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems().get(0)).isEqualTo(new ImportAnswer.Problem("organization.csv", 3, "name", null,
                "is 9,000 bytes in UTF-8; at most 8,164 fit the database's index of name"));
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.dataVersion()).isEqualTo(version);
    }

    @Test
    void graphmlUploadDeclaredInAnotherEncodingKeepsItsNames() {
        String id = "exchange-it-enc-1";
        String graphml = oneNodeGraphml("ISO-8859-1", id, "M\u00fcller Feinmechanik");
        try {
            as(Role.ADMIN).document("""
                            mutation($files: [FileInput!]!) { importFiles(format: GRAPHML, files: $files) { ok } }""")
                    .variable("files", List.of(Map.of("name", "network.graphml", "content", graphml))).execute()
                    .path("importFiles.ok").entity(Boolean.class).isEqualTo(true);
            graphQl.document("query($id: ID!) { actor(id: $id) { name } }").variable("id", id).execute()
                    .path("actor.name").entity(String.class).isEqualTo("M\u00fcller Feinmechanik");
        } finally {
            writer.deleteActors(List.of(id));
        }
    }

    @Test
    void aGraphmlFileOnTheServerImportsThroughImportNetwork(@TempDir Path folder) throws IOException {
        String id = "exchange-it-file-1";
        Path file = folder.resolve("network.graphml");
        Files.writeString(file, oneNodeGraphml("UTF-8", id, "File Works"), StandardCharsets.UTF_8);
        try {
            ImportAnswer imported = as(Role.ADMIN).document("""
                            mutation($d: String!) { importNetwork(format: GRAPHML, directory: $d) { ok summary { actors } } }""")
                    .variable("d", file.toString()).execute().path("importNetwork").entity(ImportAnswer.class).get();
            assertThat(imported.ok()).isTrue();
            assertThat(imported.summary().actors()).isEqualTo(1);
            graphQl.document("query($id: ID!) { actor(id: $id) { name } }").variable("id", id).execute()
                    .path("actor.name").entity(String.class).isEqualTo("File Works");
        } finally {
            writer.deleteActors(List.of(id));
        }
    }

    @Test
    void aFileIsNotAFolderForTheCsvFormats(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("organization.csv"), "projectID,organisationID,name\n");
        as(Role.ADMIN).document("""
                        mutation($d: String!) { importNetwork(format: CORDIS, directory: $d) { ok } }""")
                .variable("d", file.toString()).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                            .containsEntry("field", "directory").containsEntry("value", file.toString());
                    assertThat(errors.get(0).getMessage()).isEqualTo(
                            "directory '" + file + "' is not a folder on the server");
                });
    }

    @Test
    void theDeprecatedImportFormatFieldsAnswerAsTheirReplacements() {
        NetworkBatch batch = sampleBatch();
        String deprecated = """
                mutation($p: String!, $files: [FileInput!]!) {
                  folder: importFormat(format: CORDIS, path: $p) { ok summary { actors activities participations } }
                  files: importFormatFiles(format: CORDIS, files: $files) { ok problems { file line field value } }
                }""";
        var response = as(Role.ADMIN).document(deprecated).variable("p", sample().toString())
                .variable("files", BAD_CORDIS_FILES).execute();
        ImportAnswer folder = response.path("folder").entity(ImportAnswer.class).get();
        ImportAnswer files = response.path("files").entity(ImportAnswer.class).get();

        assertThat(folder.ok()).isTrue();
        assertThat(folder.summary().actors()).isEqualTo(batch.actors().size());
        assertThat(folder.summary().activities()).isEqualTo(batch.activities().size());
        assertThat(folder.summary().participations()).isEqualTo(batch.participations().size());
        ImportAnswer replacement = as(Role.ADMIN).document("""
                        mutation($files: [FileInput!]!) { importFiles(format: CORDIS, files: $files) {
                          ok problems { file line field value } } }""")
                .variable("files", BAD_CORDIS_FILES).execute().path("importFiles").entity(ImportAnswer.class).get();
        assertThat(files).isEqualTo(replacement);
        assertThat(files.ok()).isFalse();
    }

    @Test
    void aCoordinatorImportsKaonetCsvButNotOtherFormats() {
        var before = store.counts();
        long version = store.dataVersion();

        as(Role.COORDINATOR).document("""
                        mutation($files: [FileInput!]!) { importFiles(format: CORDIS, files: $files) { ok } }""")
                .variable("files", BAD_CORDIS_FILES).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
                });
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.dataVersion()).isEqualTo(version);
    }

    @Test
    void anExplicitNullFormatIsRefusedNamingTheArgumentAndChangesNothing() {
        var before = store.counts();
        long version = store.dataVersion();

        as(Role.ADMIN).document("""
                        mutation($files: [FileInput!]!) { importFiles(format: null, files: $files) { ok } }""")
                .variable("files", BAD_CORDIS_FILES).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT")
                            .containsEntry("field", "format");
                    assertThat(errors.get(0).getMessage()).isEqualTo("format must not be null (omit it for the default)");
                });
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.dataVersion()).isEqualTo(version);
    }

    /** A GraphML file of one named node whose declaration names the encoding. */
    private static String oneNodeGraphml(String encoding, String id, String name) {
        return """
                <?xml version="1.0" encoding="%s"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <graph edgedefault="undirected"><node id="%s"><data key="name">%s</data></node></graph>
                </graphml>
                """.formatted(encoding, id, name);
    }

    private static final List<Map<String, String>> BAD_CORDIS_FILES = List.of(Map.of("name", "organization.csv",
            "content", "projectID,organisationID,name,activityType\n101,900,Alpha,BAKERY\n"));

    /** Pairs of organisations that share a project, computed from the batch itself. */
    static Set<String> coParticipationPairs(NetworkBatch batch) {
        Map<String, List<String>> byProject = batch.participations().stream()
                .collect(Collectors.groupingBy(Participation::activityId, Collectors.mapping(Participation::actorId, Collectors.toList())));
        Set<String> pairs = new HashSet<>();
        for (List<String> members : byProject.values()) {
            List<String> m = new ArrayList<>(new HashSet<>(members));
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    String a = m.get(i);
                    String b = m.get(j);
                    pairs.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
                }
            }
        }
        return pairs;
    }
}
