package io.kaonet.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.importers.CitySpellingFiles;
import io.kaonet.importers.CitySpellingFiles.Format;
import io.kaonet.importers.CitySpellingFiles.Order;
import io.kaonet.importers.CitySpellingFiles.Stored;
import io.kaonet.api.support.ImportAnswer;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * City spellings over GraphQL, in every upload format: the files' spellings of one city are stored
 * as its chosen spelling, and the replaced ones are read back as {@code Actor.citySpellings}; the
 * same files again, their rows in the opposite order, change nothing (no record written, the same
 * content hashes, the same data version). The test removes the records it wrote.
 */
class CitySpellingsGraphQlIT extends ApiIntegrationTest {

    private static final String ACTORS = """
            query($name: String!) { actors(first: 50, filter: {nameContains: $name}) {
              totalCount edges { node { id city citySpellings } } } }""";

    /** An actor as the query reads it. */
    record CityAnswer(String id, String city, List<String> citySpellings) {
    }

    @Autowired
    NetworkWriter writer;
    @Autowired
    StoreQueries store;
    @Autowired
    Neo4jConnection connection;

    @AfterEach
    void removeTheRecordsWritten() {
        for (Format f : Format.values()) {
            writer.deleteActors(CitySpellingFiles.expected(f).keySet());
            try (var session = connection.driver().session(connection.sessionConfig())) {
                session.run("MATCH (x:Activity {id: $id}) DETACH DELETE x", Map.of("id", f.project())).consume();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void spellingsOfOneCityAreStoredAsOneWithTheOriginalsReadableAndAReimportInAnotherOrderChangesNothing(Format f) {
        ImportAnswer first = upload(f, Order.AS_LISTED);
        assertThat(first.ok()).as("%s", first.problems()).isTrue();
        assertThat(first.summary().actors()).isEqualTo(CitySpellingFiles.expected(f).size());
        assertThat(read(f)).isEqualTo(CitySpellingFiles.expected(f));
        Map<String, Long> hashes = hashes(f);
        long version = store.dataVersion();

        ImportAnswer again = upload(f, Order.REVERSED);

        assertThat(again.ok()).as("%s", again.problems()).isTrue();
        assertThat(again.summary().changed()).as("records written by the re-import").isZero();
        assertThat(again.summary().dataVersion()).isEqualTo(version);
        assertThat(store.dataVersion()).isEqualTo(version);
        assertThat(hashes(f)).isEqualTo(hashes).hasSize(CitySpellingFiles.expected(f).size());
        assertThat(read(f)).isEqualTo(CitySpellingFiles.expected(f));
    }

    private ImportAnswer upload(Format f, Order order) {
        Map<String, byte[]> files = CitySpellingFiles.files(f, order);
        if (f == Format.WORKBOOK) {
            return as(Role.COORDINATOR).document("""
                            mutation($w: WorkbookInput!) { importWorkbook(workbook: $w) {
                              ok summary { actors changed dataVersion } problems { file line field value message } } }""")
                    .variable("w", Map.of("name", "members.xlsx",
                            "content", Base64.getEncoder().encodeToString(files.get("members.xlsx"))))
                    .execute().path("importWorkbook").entity(ImportAnswer.class).get();
        }
        List<Map<String, String>> inputs = files.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "content", new String(e.getValue(), StandardCharsets.UTF_8))).toList();
        // Kaonet CSV may be uploaded by a coordinator; the exchange formats need an administrator.
        return as(f == Format.KAONET_CSV ? Role.COORDINATOR : Role.ADMIN).document("""
                        mutation($format: ImportFormat!, $files: [FileInput!]!) { importFiles(format: $format, files: $files) {
                          ok summary { actors changed dataVersion } problems { file line field value message } } }""")
                .variable("format", f.name()).variable("files", inputs)
                .execute().path("importFiles").entity(ImportAnswer.class).get();
    }

    private Map<String, Stored> read(Format f) {
        List<CityAnswer> actors = graphQl.document(ACTORS).variable("name", f.nameTag()).execute()
                .path("actors.edges[*].node").entityList(CityAnswer.class).get();
        Map<String, Stored> stored = new TreeMap<>();
        actors.forEach(a -> stored.put(a.id(), new Stored(a.city(), a.citySpellings())));
        return stored;
    }

    private Map<String, Long> hashes(Format f) {
        try (var session = connection.driver().session(connection.sessionConfig())) {
            Map<String, Long> hashes = new TreeMap<>();
            session.run("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.hash AS hash",
                    Map.of("ids", List.copyOf(CitySpellingFiles.expected(f).keySet())))
                    .forEachRemaining(r -> hashes.put(r.get("id").asString(), r.get("hash").asLong()));
            return hashes;
        }
    }
}
