package io.kaonet.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.KaonetCommandLine;
import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.DataVersion;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import log ({@code Query.imports}) against the shared store: an import through the API and one
 * through the command line (run in-process on the same database) each appear with their format,
 * files, who ran them and the counts their own summaries gave; the demo network's load is logged;
 * the log pages with cursors; a refused import logs nothing.
 */
class ImportLogGraphQlIT extends ApiIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RUN_FIELDS = "id startedAt finishedAt format files by batches records dataVersion"
            + " written { actors ties clusters memberships activities participations changed }";
    static final String IMPORT = """
            mutation($files: [FileInput!]!) { importFiles(files: $files) { ok problems { message }
              summary { actors ties clusters memberships activities participations offered changed dataVersion } } }""";

    @Autowired
    Neo4jConnection connection;

    @Autowired
    NetworkWriter writer;

    @TempDir
    Path temp;

    /** The shared store keeps only the demo network: the tests' actors and cluster go (their log entries stay, as a log's do). */
    @AfterEach
    void removeTestRecords() {
        writer.deleteActors(List.of("log-api-a1", "log-api-a2", "log-api-a3", "log-cli-a1", "log-cli-a2", "log-cli-a3",
                "log-cli-a4"));
        DataVersion.deleteNodes(connection, "Cluster", "id", List.of("log-cli-C"));
    }

    List<JsonNode> log() {
        Map<?, ?> answer = graphQl.document("{ imports(first: 500) { totalCount edges { node { " + RUN_FIELDS + " } } } }")
                .execute().path("imports").entity(Map.class).get();
        JsonNode imports = JSON.valueToTree(answer);
        List<JsonNode> runs = new ArrayList<>();
        imports.path("edges").forEach(e -> runs.add(e.path("node")));
        assertThat(imports.path("totalCount").asInt()).isEqualTo(runs.size());
        return runs;
    }

    static List<Map<String, String>> files(String prefix) {
        return List.of(
                Map.of("name", "actors.csv", "content", "id,name,kind\n" + prefix + "a1,Alpha,COMPANY\n" + prefix
                        + "a2,Beta,UNIVERSITY\n" + prefix + "a3,Gamma,COMPANY\n"),
                Map.of("name", "ties.csv", "content", "source,target,kind,since\n" + prefix + "a1," + prefix
                        + "a2,JOINT_RESEARCH,2003-04-01\n" + prefix + "a3," + prefix + "a1,SUPPLY,2004-01-01\n"));
    }

    @Test
    void anImportThroughTheApiIsLoggedFirstWithItsFilesCallerAndCounts() {
        int before = log().size();
        Map<?, ?> result = as(Role.ADMIN).document(IMPORT).variable("files", files("log-api-")).execute()
                .path("importFiles").entity(Map.class).get();
        JsonNode summary = JSON.valueToTree(result).path("summary");
        assertThat(JSON.valueToTree(result).path("ok").asBoolean()).as("import %s", result).isTrue();

        List<JsonNode> runs = log();
        assertThat(runs).hasSize(before + 1);
        JsonNode run = runs.get(0);
        assertThat(run.path("id").asText()).startsWith("api:");
        assertThat(run.path("format").asText()).isEqualTo("KAONET_CSV");
        assertThat(run.path("files")).extracting(JsonNode::asText).containsExactly("actors.csv", "ties.csv");
        assertThat(run.path("by").asText()).isEqualTo("test-admin");
        assertThat(run.path("batches").asInt()).isEqualTo(1);
        assertThat(run.path("records").asLong()).isEqualTo(summary.path("offered").asLong()).isEqualTo(5);
        assertThat(run.path("dataVersion").asLong()).isEqualTo(summary.path("dataVersion").asLong());
        assertThat(run.path("startedAt").asText()).isEqualTo(run.path("finishedAt").asText());
        JsonNode written = run.path("written");
        for (String kind : List.of("actors", "ties", "clusters", "memberships", "activities", "participations", "changed")) {
            assertThat(written.path(kind).asLong()).as(kind).isEqualTo(summary.path(kind).asLong());
        }
        assertThat(written.path("actors").asInt()).isEqualTo(3);
        assertThat(written.path("ties").asInt()).isEqualTo(2);

        // The same files again change nothing, and the run says so.
        as(Role.ADMIN).document(IMPORT).variable("files", files("log-api-")).execute().path("importFiles.ok").entity(Boolean.class)
                .isEqualTo(true);
        JsonNode again = log().get(0);
        assertThat(again.path("id").asText()).isNotEqualTo(run.path("id").asText());
        assertThat(again.path("written").path("changed").asInt()).isZero();
        assertThat(again.path("records").asInt()).isEqualTo(5);
    }

    @Test
    void aRefusedImportLogsNothing() {
        int before = log().size();
        as(Role.ADMIN).document(IMPORT).variable("files", List.of(Map.of("name", "actors.csv", "content",
                "id,name,kind\nlog-bad-a1,Alpha,NOT_A_KIND\n"))).execute().path("importFiles.ok").entity(Boolean.class).isEqualTo(false);
        assertThat(log()).hasSize(before);
    }

    @Test
    void anImportThroughTheCommandLineIsLoggedWithItsFolderFilesUserAndCounts() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("members-2024"));
        Files.writeString(folder.resolve("clusters.csv"), "id,name\nlog-cli-C,CLI test cluster\n");
        Files.writeString(folder.resolve("actors.csv"), "id,name,kind\nlog-cli-a1,Alpha,COMPANY\nlog-cli-a2,Beta,FINANCIER\n"
                + "log-cli-a3,Gamma,COMPANY\nlog-cli-a4,Delta,UNIVERSITY\n");
        Files.writeString(folder.resolve("ties.csv"), "source,target,kind,since\nlog-cli-a2,log-cli-a1,FINANCING,2004-10-01\n"
                + "log-cli-a1,log-cli-a4,JOINT_RESEARCH,2005-01-01\nlog-cli-a3,log-cli-a1,SUPPLY,\n");
        Files.writeString(folder.resolve("memberships.csv"), "actor,cluster\nlog-cli-a1,log-cli-C\nlog-cli-a3,log-cli-C\n");
        int before = log().size();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KaonetCommandLine.run(new String[] {"import", "--format=kaonet-csv", "--batch=4", "--dir=" + folder},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), connection);
        assertThat(exit).as("exit; output %s %s", out, err).isZero();

        List<JsonNode> runs = log();
        assertThat(runs).hasSize(before + 1);
        JsonNode run = runs.get(0);
        assertThat(run.path("id").asText()).startsWith("KAONET_CSV:").endsWith(":4");
        assertThat(run.path("format").asText()).isEqualTo("KAONET_CSV");
        assertThat(run.path("files")).extracting(JsonNode::asText).containsExactly("members-2024/actors.csv",
                "members-2024/clusters.csv", "members-2024/memberships.csv", "members-2024/ties.csv");
        assertThat(run.path("by").asText()).isEqualTo("command line (" + System.getProperty("user.name") + ")");
        // 1 cluster + 4 actors + 3 ties + 2 memberships, in batches of 4.
        assertThat(run.path("records").asInt()).isEqualTo(10);
        assertThat(run.path("batches").asInt()).isEqualTo(3);
        JsonNode written = run.path("written");
        assertThat(written.path("clusters").asInt()).isEqualTo(1);
        assertThat(written.path("actors").asInt()).isEqualTo(4);
        assertThat(written.path("ties").asInt()).isEqualTo(3);
        assertThat(written.path("memberships").asInt()).isEqualTo(2);
        assertThat(written.path("changed").asInt()).isEqualTo(10);
        assertThat(run.path("dataVersion").asLong()).isEqualTo(new StoreQueries(connection).dataVersion());
    }

    @Test
    void theDemoNetworksLoadIsLoggedAndTheLogPagesWithCursors() {
        List<JsonNode> runs = log();
        assertThat(runs).anySatisfy(run -> {
            assertThat(run.path("by").asText()).startsWith("demo network (seed ");
            assertThat(run.path("format").asText()).isEqualTo("KAONET_CSV");
            assertThat(run.path("files")).extracting(JsonNode::asText).anyMatch(f -> f.endsWith("/actors.csv"));
            assertThat(run.path("written").path("actors").asInt()).isPositive();
        });
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Map<?, ?> page = graphQl.document("query($after: String) { imports(first: 1, after: $after) {"
                    + " pageInfo { hasNextPage endCursor } edges { node { id } } } }").variable("after", after)
                    .execute().path("imports").entity(Map.class).get();
            JsonNode p = JSON.valueToTree(page);
            p.path("edges").forEach(e -> ids.add(e.path("node").path("id").asText()));
            after = p.at("/pageInfo/hasNextPage").asBoolean() ? p.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        assertThat(ids).containsExactlyElementsOf(runs.stream().map(r -> r.path("id").asText()).toList());
    }
}
