package io.kaonet.importers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * GraphML 1.0: one {@code key} per attribute (ids {@code n_NAME} for nodes, {@code e_NAME} for
 * edges, {@code attr.name} the attribute's name), node {@code name}, edge {@code weight},
 * {@code since} and {@code until} as ISO dates. Kaonet's GraphML importer reads it back.
 *
 * <p>A node's id is also written as its {@code actorId} data: igraph 0.10 reads an {@code &} inside
 * an XML attribute (the node's {@code id}) as the text {@code &#38;}, but element text correctly.
 *
 * <p>Direction: a graph without directed edges is {@code edgedefault="undirected"}. A graph with
 * any directed edge is {@code edgedefault="directed"}, and each undirected edge is written as two
 * arcs, one each way, both with {@code mutual=true}, the second also with {@code mirror=true}
 * (drop the mirrors to get one edge per tie; Kaonet's importer does). NetworkX refuses an edge whose
 * {@code directed} attribute contradicts the graph's default, and igraph ignores the attribute, so
 * GraphML's per-edge mixed mode is not used.
 */
final class GraphmlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphmlWriter() {
    }

    static void write(ExportView v, OutputStream out) throws IOException {
        XmlOut x = new XmlOut(out);
        x.start("graphml").namespace(NAMESPACE).namespace("xsi", XSI)
                .attribute("xsi:schemaLocation", NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key(x, "n_name", "node", "name", "string");
        key(x, "n_actorId", "node", "actorId", "string");
        for (ExportView.Column c : v.nodeColumns) {
            key(x, "n_" + c.name(), "node", c.name(), type(c.type()));
        }
        key(x, "e_weight", "edge", "weight", "double");
        key(x, "e_since", "edge", "since", "string");
        key(x, "e_until", "edge", "until", "string");
        boolean directedGraph = v.anyDirected();
        if (directedGraph) {
            key(x, "e_mutual", "edge", "mutual", "boolean");
            key(x, "e_mirror", "edge", "mirror", "boolean");
        }
        for (ExportView.Column c : v.edgeColumns) {
            key(x, "e_" + c.name(), "edge", c.name(), type(c.type()));
        }
        x.start("graph").attribute("id", "kaonet").attribute("edgedefault", directedGraph ? "directed" : "undirected");
        for (int u = 0; u < v.nodeCount(); u++) {
            x.start("node").attribute("id", v.ids[u]);
            x.textElement("data", v.labels[u], "key", "n_name");
            x.textElement("data", v.ids[u], "key", "n_actorId");
            data(x, "n_", v.nodeColumns, v.nodeValues[u]);
            x.end();
        }
        for (int e = 0; e < v.edgeCount(); e++) {
            boolean mutual = directedGraph && !v.directed[e];
            edge(x, v, e, "e" + e, v.sources[e], v.targets[e], mutual, false);
            if (mutual) {
                edge(x, v, e, "e" + e + "m", v.targets[e], v.sources[e], true, true);
            }
        }
        x.end();
        x.end();
        x.finish();
    }

    private static void edge(XmlOut x, ExportView v, int e, String id, int source, int target, boolean mutual,
                             boolean mirror) throws IOException {
        x.start("edge").attribute("id", id).attribute("source", v.ids[source]).attribute("target", v.ids[target]);
        x.textElement("data", Double.toString(v.weights[e]), "key", "e_weight");
        if (v.starts[e] != null) {
            x.textElement("data", v.starts[e].toString(), "key", "e_since");
        }
        if (v.ends[e] != null) {
            x.textElement("data", v.ends[e].toString(), "key", "e_until");
        }
        if (mutual) {
            x.textElement("data", "true", "key", "e_mutual");
        }
        if (mirror) {
            x.textElement("data", "true", "key", "e_mirror");
        }
        data(x, "e_", v.edgeColumns, v.edgeValues[e]);
        x.end();
    }

    private static void key(XmlOut x, String id, String kind, String name, String type) throws IOException {
        x.empty("key").attribute("id", id).attribute("for", kind).attribute("attr.name", name).attribute("attr.type", type);
    }

    private static String type(ExportView.Type type) {
        return switch (type) {
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case INTEGER -> "int";
            case DOUBLE -> "double";
        };
    }

    private static void data(XmlOut x, String prefix, List<ExportView.Column> columns, Object[] values) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                x.textElement("data", String.valueOf(values[i]), "key", prefix + columns.get(i).name());
            }
        }
    }
}
