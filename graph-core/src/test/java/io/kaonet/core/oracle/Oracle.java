package io.kaonet.core.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reference network from {@code ../shared/oracles}: the graph rebuilt exactly as the reference
 * tools saw it, and the metrics they computed.
 *
 * <p>Nodes keep the file's order, so node {@code i} of {@link #graph()} is the file's i-th node.
 * Edge weights are kept when the file has them. For directed files every arc becomes a directed
 * tie, so mutual arcs merge into one edge with both arc bits.
 */
public final class Oracle {

    /** The oracle files that hold one undirected network with {@code metrics}. */
    public static final List<String> UNDIRECTED = List.of(
            "karate", "florentine_marriage", "florentine_business", "krackhardt_kite");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final CollaborationGraph graph;
    private final JsonNode metrics;
    private final JsonNode root;

    private Oracle(String name, CollaborationGraph graph, JsonNode metrics, JsonNode root) {
        this.name = name;
        this.graph = graph;
        this.metrics = metrics;
        this.root = root;
    }

    /** The folder of the oracle files: {@code kaonet.shared.dir}/oracles, set by the build. */
    public static Path folder() {
        String shared = System.getProperty("kaonet.shared.dir");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
        return base.resolve("oracles");
    }

    /** Loads an undirected oracle file by its base name, e.g. {@code "karate"}. */
    public static Oracle load(String name) {
        JsonNode root = read(name);
        return new Oracle(name, build(root.get("nodes"), root.get("edges"), false), root.get("metrics"), root);
    }

    /**
     * Loads one of the Davis Southern Women graphs: {@code "bipartite"}, {@code "women"} or
     * {@code "event"} (the one-mode projections, weighted by shared events or attendees).
     */
    public static Oracle davis(String which) {
        JsonNode root = read("davis_southern_women");
        return switch (which) {
            case "bipartite" -> new Oracle("davis_bipartite", build(root.get("nodes"), root.get("edges"), false),
                    root.get("metrics_bipartite"), root);
            case "women" -> projection(root, "woman", "women_projection_edges", "metrics_women_projection");
            case "event" -> projection(root, "event", "event_projection_edges", "metrics_event_projection");
            default -> throw new IllegalArgumentException("no Davis graph called " + which);
        };
    }

    /** Loads the directed EMON Cheyenne network with its brokerage reference values. */
    public static Oracle emonCheyenne() {
        JsonNode root = read("emon_cheyenne_brokerage");
        JsonNode net = root.get("networks").get("Cheyenne");
        return new Oracle("emon_cheyenne", build(net.get("nodes"), net.get("edges"), true), net.get("metrics"), root);
    }

    private static Oracle projection(JsonNode root, String mode, String edgesKey, String metricsKey) {
        List<JsonNode> nodes = new ArrayList<>();
        for (JsonNode n : root.get("nodes")) {
            if (mode.equals(n.path("mode").asText())) {
                nodes.add(n);
            }
        }
        return new Oracle("davis_" + mode, build(JSON.valueToTree(nodes), root.get(edgesKey), false),
                root.get(metricsKey), root);
    }

    private static JsonNode read(String name) {
        Path file = folder().resolve(name + ".json");
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read oracle file " + file, e);
        }
    }

    private static CollaborationGraph build(JsonNode nodes, JsonNode edges, boolean directed) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (JsonNode n : nodes) {
            String id = n.get("id").asText();
            b.addNode(id, id, ActorKind.COMPANY);
        }
        for (JsonNode e : edges) {
            int u = b.indexOf(e.get("source").asText()).orElseThrow();
            int v = b.indexOf(e.get("target").asText()).orElseThrow();
            double w = e.has("weight") ? e.get("weight").asDouble() : 1.0;
            b.addTie(u, v, directed ? TieKind.SUPPLY : TieKind.ALLIANCE, w, null);
        }
        return b.build();
    }

    /** The file's base name. */
    public String name() {
        return name;
    }

    /** The network, nodes in the file's order. */
    public CollaborationGraph graph() {
        return graph;
    }

    /** The {@code metrics} object. */
    public JsonNode metrics() {
        return metrics;
    }

    /** The whole file. */
    public JsonNode root() {
        return root;
    }

    /** Node index of a file id. */
    public int index(String id) {
        return graph.indexOf(id).orElseThrow(() -> new IllegalArgumentException(name + " has no node " + id));
    }

    /**
     * A per-node metric as a map from node index to value; JSON null (NaN in the tools) becomes
     * {@link Double#NaN}.
     */
    public Map<Integer, Double> perNode(String metric) {
        JsonNode m = metrics.get(metric);
        if (m == null) {
            throw new IllegalArgumentException(name + " has no metric " + metric);
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = m.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(index(e.getKey()), e.getValue().isNull() ? Double.NaN : e.getValue().asDouble());
        }
        return out;
    }

    /** A scalar metric; JSON null becomes NaN. */
    public double scalar(String metric) {
        JsonNode m = metrics.get(metric);
        if (m == null) {
            throw new IllegalArgumentException(name + " has no metric " + metric);
        }
        return m.isNull() ? Double.NaN : m.asDouble();
    }

    @Override
    public String toString() {
        return name;
    }
}
