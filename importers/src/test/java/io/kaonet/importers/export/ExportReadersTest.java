package io.kaonet.importers.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export read by the tools analysts use: Debian's NetworkX and python-igraph, run by
 * {@code /usr/bin/python3} on the files (script {@code read_exports.py} beside this class), and a
 * CSV reader. Node ids, names, attributes, edge counts and directedness must come back as written,
 * for ids and names holding line breaks, tabs, quotes, markup and characters outside the BMP, and
 * for a network mixing directed and undirected ties.
 *
 * <p>Skipped when the Python readers are missing, unless {@value #REQUIRE} is {@code true} (as
 * {@code .ci/run} sets it after installing them), which turns their absence into a failure.
 */
class ExportReadersTest {

    static final String REQUIRE = "KAONET_REQUIRE_PYTHON_READERS";
    static final Path PYTHON = Path.of(System.getProperty("kaonet.python", "/usr/bin/python3"));

    /** Ids and names that XML attributes, CSV and Pajek each find hard to hold. */
    static final String[] IDS = {"plain-1", "line\nbreak", "quote\"d", "<tag>&amp;", "tab\there", "cr\rlf\r\nend",
        "\uD835\uDD18nicode \uD83D\uDE00", " spaced "};

    /** Runs the reader script on a folder and answers its JSON, failing or skipping when the readers are missing. */
    static JsonNode readWithPython(Path folder) throws IOException, InterruptedException {
        requireReaders();
        Path script = folder.resolve("read_exports.py");
        try (InputStream in = ExportReadersTest.class.getResourceAsStream("read_exports.py")) {
            Files.copy(in, script);
        }
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), folder.toString())
                .redirectError(folder.resolve("python.err").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(folder.resolve("python.err"))).isZero();
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }

    static void requireReaders() throws IOException, InterruptedException {
        String missing = null;
        if (!Files.isExecutable(PYTHON)) {
            missing = PYTHON + " is missing";
        } else {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import networkx, igraph").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                missing = PYTHON + " has no networkx or igraph (Debian: python3-networkx python3-igraph)";
            }
        }
        if (missing != null) {
            if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
                throw new AssertionError(missing + ", and " + REQUIRE + " is set");
            }
            Assumptions.abort(missing);
        }
    }

    static CollaborationGraph awkwardGraph(boolean withDirected) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (String id : IDS) {
            int u = b.addNode(id, "Name of " + id + " & <Co>", ActorKind.COMPANY);
            b.attributes(u, "optics", "Tokyo", "JP", true);
        }
        b.member(1, "TAMA\nWEST");
        b.addTie(0, 1, TieKind.JOINT_RESEARCH, 2, LocalDate.of(2004, 1, 1));
        b.addTie(1, 2, TieKind.ALLIANCE, 1, null);
        b.addTie(2, 3, TieKind.JOINT_RESEARCH, 1.5, LocalDate.of(2010, 5, 1));
        b.addTie(4, 5, TieKind.ALLIANCE, 1, null);
        b.addTie(6, 7, TieKind.JOINT_RESEARCH, 1, null);
        b.addTie(5, 6, TieKind.ALLIANCE, 3, null);
        if (withDirected) {
            b.addTie(3, 0, TieKind.SUPPLY, 1, LocalDate.of(2012, 3, 1));
            b.addTie(7, 2, TieKind.FINANCING, 4, null);
            b.addTie(0, 5, TieKind.SUPPLY, 1, null);
        }
        return b.build();
    }

    static List<MetricColumn> metrics(CollaborationGraph g) {
        double[] degree = new double[g.nodeCount()];
        double[] partial = new double[g.nodeCount()];
        for (int u = 0; u < degree.length; u++) {
            degree[u] = g.degree(u);
            partial[u] = u % 3 == 0 ? Double.NaN : 0.125 * u;
        }
        return List.of(new MetricColumn("degree", degree), new MetricColumn("betweenness", partial));
    }

    static Path export(CollaborationGraph g, Path dir) {
        NetworkExporter exporter = NetworkExporter.of(g, metrics(g));
        for (ExportFormat f : ExportFormat.values()) {
            exporter.writeTo(f, dir);
        }
        return dir;
    }

    /** What a reader must find: arcs as (source, target, weight), an undirected tie each way in a directed reading. */
    static List<List<Object>> expectedArcs(CollaborationGraph g, boolean directedReading) {
        ExportView v = ExportView.of(g, List.of());
        List<List<Object>> arcs = new ArrayList<>();
        for (int e = 0; e < v.edgeCount(); e++) {
            arcs.add(List.of(v.ids[v.sources[e]], v.ids[v.targets[e]], v.weights[e]));
            if (directedReading && !v.directed[e]) {
                arcs.add(List.of(v.ids[v.targets[e]], v.ids[v.sources[e]], v.weights[e]));
            }
        }
        return arcs;
    }

    static List<List<Object>> arcs(JsonNode answer, Map<String, String> idOf) {
        List<List<Object>> arcs = new ArrayList<>();
        for (JsonNode e : answer.get("edges")) {
            arcs.add(List.of(idOf.getOrDefault(e.get(0).asText(), e.get(0).asText()),
                    idOf.getOrDefault(e.get(1).asText(), e.get(1).asText()), e.get(2).asDouble()));
        }
        return arcs;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void mixedNetworkWithAwkwardIdsReadsBackInNetworkxIgraphAndCsv(@TempDir Path dir) throws Exception {
        CollaborationGraph g = awkwardGraph(true);
        JsonNode answers = readWithPython(export(g, dir));
        List<String> ids = List.of(IDS);
        List<List<Object>> arcs = expectedArcs(g, true);

        for (String reader : List.of("networkx.gexf", "networkx.graphml", "igraph.graphml")) {
            JsonNode a = answers.get(reader);
            assertThat(a.has("error")).as(reader + ": " + a.path("error").asText()).isFalse();
            assertThat(a.get("directed").asBoolean()).as(reader).isTrue();
            assertThat(texts(a.get("nodes"))).as(reader).containsExactlyElementsOf(ids);
            assertThat(a.get("edgeCount").asInt()).as(reader).isEqualTo(arcs.size());
            assertThat(arcs(a, Map.of())).as(reader).containsExactlyInAnyOrderElementsOf(arcs);
        }
        JsonNode gexf = answers.get("networkx.gexf").get("nodeAttributes");
        JsonNode graphml = answers.get("networkx.graphml").get("nodeAttributes");
        JsonNode igraphml = answers.get("igraph.graphml").get("nodeAttributes");
        for (int u = 0; u < IDS.length; u++) {
            String name = "Name of " + IDS[u] + " & <Co>";
            assertThat(gexf.get(IDS[u]).get("label").asText()).isEqualTo(name);
            assertThat(graphml.get(IDS[u]).get("name").asText()).isEqualTo(name);
            assertThat(igraphml.get(IDS[u]).get("name").asText()).isEqualTo(name);
            assertThat(gexf.get(IDS[u]).get("degree").asDouble()).isEqualTo(g.degree(u));
            assertThat(graphml.get(IDS[u]).get("degree").asDouble()).isEqualTo(g.degree(u));
            assertThat(igraphml.get(IDS[u]).get("degree").asDouble()).isEqualTo(g.degree(u));
            if (u % 3 == 0) {
                assertThat(gexf.get(IDS[u]).has("betweenness")).isFalse();
                assertThat(graphml.get(IDS[u]).has("betweenness")).isFalse();
            } else {
                assertThat(gexf.get(IDS[u]).get("betweenness").asDouble()).isEqualTo(0.125 * u);
                assertThat(graphml.get(IDS[u]).get("betweenness").asDouble()).isEqualTo(0.125 * u);
            }
        }
        assertThat(gexf.get(IDS[1]).get("clusters").asText()).isEqualTo("TAMA\nWEST");
        assertThat(graphml.get(IDS[1]).get("clusters").asText()).isEqualTo("TAMA\nWEST");
        // A GraphML reading tells the reverse arcs of undirected ties apart: dropping them leaves one edge per tie.
        long mirrors = 0;
        for (JsonNode e : answers.get("networkx.graphml").get("edges")) {
            mirrors += e.get(4).asBoolean(false) ? 1 : 0;
        }
        assertThat(mirrors).isEqualTo(arcs.size() - g.edgeCount());

        // Pajek labels are ids, with the quote and line breaks the format cannot hold replaced.
        Map<String, String> pajekToId = new HashMap<>();
        for (String id : IDS) {
            pajekToId.put(PajekWriter.label(id), id);
        }
        for (String reader : List.of("networkx.pajek", "igraph.pajek")) {
            JsonNode a = answers.get(reader);
            assertThat(a.has("error")).as(reader + ": " + a.path("error").asText()).isFalse();
            assertThat(a.get("directed").asBoolean()).as(reader).isTrue();
            assertThat(texts(a.get("nodes"))).as(reader).containsExactlyElementsOf(ids.stream().map(PajekWriter::label).toList());
            assertThat(arcs(a, pajekToId)).as(reader).containsExactlyInAnyOrderElementsOf(arcs);
        }

        JsonNode csv = answers.get("csv");
        assertThat(texts(csv.get("nodes"))).containsExactlyElementsOf(ids);
        assertThat(csv.get("edgeCount").asInt()).isEqualTo(g.edgeCount());
        assertThat(arcs(csv, Map.of())).containsExactlyInAnyOrderElementsOf(expectedArcs(g, false));
        for (int u = 0; u < IDS.length; u++) {
            assertThat(csv.get("nodeAttributes").get(IDS[u]).get("label").asText()).isEqualTo("Name of " + IDS[u] + " & <Co>");
        }
    }

    @Test
    void networkWithoutDirectedTiesReadsAsUndirectedWithOneEdgePerTie(@TempDir Path dir) throws Exception {
        CollaborationGraph g = awkwardGraph(false);
        JsonNode answers = readWithPython(export(g, dir));

        for (String reader : List.of("networkx.gexf", "networkx.graphml", "igraph.graphml", "networkx.pajek", "igraph.pajek", "csv")) {
            JsonNode a = answers.get(reader);
            assertThat(a.has("error")).as(reader + ": " + a.path("error").asText()).isFalse();
            assertThat(a.get("directed").asBoolean()).as(reader).isFalse();
            assertThat(a.get("edgeCount").asInt()).as(reader).isEqualTo(g.edgeCount());
            assertThat(a.get("nodes")).as(reader).hasSize(IDS.length);
        }
    }
}
