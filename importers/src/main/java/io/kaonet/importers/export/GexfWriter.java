package io.kaonet.importers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * GEXF 1.2 (the format of Gephi): node and edge attributes declared with their types, edge
 * weights, and tie dates as spells ({@code timeformat="date"}, mode {@code dynamic}) so that
 * Gephi's timeline shows when ties hold.
 *
 * <p>Direction: a graph without directed edges is declared {@code undirected}. A graph with any
 * directed edge is declared {@code directed}, and its undirected edges are typed {@code mutual}
 * (GEXF 1.2's reciprocated edge): Gephi and NetworkX read such a file, NetworkX as a directed graph
 * with an arc each way for a mutual edge. (A directed edge in an undirected graph, which GEXF also
 * allows, is refused by NetworkX's reader.)
 */
final class GexfWriter {

    static final String NAMESPACE = "http://www.gexf.net/1.2draft";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GexfWriter() {
    }

    static void write(ExportView v, OutputStream out) throws IOException {
        XmlOut x = new XmlOut(out);
        x.start("gexf").namespace(NAMESPACE).namespace("xsi", XSI)
                .attribute("xsi:schemaLocation", NAMESPACE + " http://www.gexf.net/1.2draft/gexf.xsd")
                .attribute("version", "1.2");
        x.start("meta").textElement("creator", "Kaonet").textElement("description", v.description).end();
        boolean dated = v.dated();
        boolean directedGraph = v.anyDirected();
        x.start("graph").attribute("defaultedgetype", directedGraph ? "directed" : "undirected").attribute("mode", dated ? "dynamic" : "static");
        if (dated) {
            x.attribute("timeformat", "date");
        }
        declare(x, "node", v.nodeColumns);
        declare(x, "edge", v.edgeColumns);
        x.start("nodes");
        for (int u = 0; u < v.nodeCount(); u++) {
            x.start("node").attribute("id", v.ids[u]).attribute("label", v.labels[u]);
            values(x, v.nodeColumns, v.nodeValues[u]);
            x.end();
        }
        x.end();
        x.start("edges");
        for (int e = 0; e < v.edgeCount(); e++) {
            x.start("edge").attribute("id", "e" + e).attribute("source", v.ids[v.sources[e]])
                    .attribute("target", v.ids[v.targets[e]]).attribute("weight", Double.toString(v.weights[e]));
            if (directedGraph && !v.directed[e]) {
                x.attribute("type", "mutual");
            }
            values(x, v.edgeColumns, v.edgeValues[e]);
            if (v.starts[e] != null || v.ends[e] != null) {
                x.start("spells").empty("spell");
                if (v.starts[e] != null) {
                    x.attribute("start", v.starts[e].toString());
                }
                if (v.ends[e] != null) {
                    x.attribute("end", v.ends[e].toString());
                }
                x.end();
            }
            x.end();
        }
        x.end();
        x.end();
        x.end();
        x.finish();
    }

    private static void declare(XmlOut x, String kind, List<ExportView.Column> columns) throws IOException {
        x.start("attributes").attribute("class", kind).attribute("mode", "static");
        for (ExportView.Column c : columns) {
            x.empty("attribute").attribute("id", c.name()).attribute("title", c.name()).attribute("type", switch (c.type()) {
                case STRING -> "string";
                case BOOLEAN -> "boolean";
                case INTEGER -> "integer";
                case DOUBLE -> "double";
            });
        }
        x.end();
    }

    private static void values(XmlOut x, List<ExportView.Column> columns, Object[] values) throws IOException {
        boolean any = false;
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] == null) {
                continue;
            }
            if (!any) {
                x.start("attvalues");
                any = true;
            }
            x.empty("attvalue").attribute("for", columns.get(i).name()).attribute("value", String.valueOf(values[i]));
        }
        if (any) {
            x.end();
        }
    }
}
