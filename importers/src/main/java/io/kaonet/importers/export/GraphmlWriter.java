package io.kaonet.importers.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * GraphML 1.0: one {@code key} per attribute (ids {@code n_NAME} for nodes, {@code e_NAME} for
 * edges, {@code attr.name} the attribute's name), node {@code name}, edge {@code weight},
 * {@code since} and {@code until} as ISO dates, {@code directed="true"} on directed edges of the
 * undirected graph. Kaonet's GraphML importer reads it back.
 */
final class GraphmlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphmlWriter() {
    }

    static void write(ExportView v, OutputStream out) throws XMLStreamException {
        XmlOut x = new XmlOut(out);
        x.start("graphml").namespace(NAMESPACE).namespace("xsi", XSI)
                .attribute("xsi:schemaLocation", NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key(x, "n_name", "node", "name", "string");
        for (ExportView.Column c : v.nodeColumns) {
            key(x, "n_" + c.name(), "node", c.name(), type(c.type()));
        }
        key(x, "e_weight", "edge", "weight", "double");
        key(x, "e_since", "edge", "since", "string");
        key(x, "e_until", "edge", "until", "string");
        for (ExportView.Column c : v.edgeColumns) {
            key(x, "e_" + c.name(), "edge", c.name(), type(c.type()));
        }
        x.start("graph").attribute("id", "kaonet").attribute("edgedefault", "undirected");
        for (int u = 0; u < v.nodeCount(); u++) {
            x.start("node").attribute("id", v.ids[u]);
            x.textElement("data", v.labels[u], "key", "n_name");
            data(x, "n_", v.nodeColumns, v.nodeValues[u]);
            x.end();
        }
        for (int e = 0; e < v.edgeCount(); e++) {
            x.start("edge").attribute("id", "e" + e).attribute("source", v.ids[v.sources[e]])
                    .attribute("target", v.ids[v.targets[e]]);
            if (v.directed[e]) {
                x.attribute("directed", "true");
            }
            x.textElement("data", Double.toString(v.weights[e]), "key", "e_weight");
            if (v.starts[e] != null) {
                x.textElement("data", v.starts[e].toString(), "key", "e_since");
            }
            if (v.ends[e] != null) {
                x.textElement("data", v.ends[e].toString(), "key", "e_until");
            }
            data(x, "e_", v.edgeColumns, v.edgeValues[e]);
            x.end();
        }
        x.end();
        x.end();
        x.finish();
    }

    private static void key(XmlOut x, String id, String kind, String name, String type) throws XMLStreamException {
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

    private static void data(XmlOut x, String prefix, List<ExportView.Column> columns, Object[] values) throws XMLStreamException {
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                x.textElement("data", String.valueOf(values[i]), "key", prefix + columns.get(i).name());
            }
        }
    }
}
