package io.kaonet.importers.export;

import io.kaonet.importers.text.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A graph as two CSV tables that spreadsheets and Gephi's spreadsheet import read:
 * {@code nodes.csv} ({@code id,label,<attributes…>}) and {@code edges.csv}
 * ({@code source,target,type,weight,start,end,<attributes…>}, type {@code Directed} or
 * {@code Undirected}).
 */
final class CsvTablesWriter {

    static final String NODES = "nodes.csv";
    static final String EDGES = "edges.csv";

    private CsvTablesWriter() {
    }

    static void writeNodes(ExportView v, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(w);
        csv.field("id").field("label");
        for (ExportView.Column c : v.nodeColumns) {
            csv.field(c.name());
        }
        csv.end();
        for (int u = 0; u < v.nodeCount(); u++) {
            csv.field(v.ids[u]).field(v.labels[u]);
            for (Object value : v.nodeValues[u]) {
                csv.field(value);
            }
            csv.end();
        }
        w.flush();
    }

    static void writeEdges(ExportView v, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(w);
        csv.field("source").field("target").field("type").field("weight").field("start").field("end");
        for (ExportView.Column c : v.edgeColumns) {
            csv.field(c.name());
        }
        csv.end();
        for (int e = 0; e < v.edgeCount(); e++) {
            csv.field(v.ids[v.sources[e]]).field(v.ids[v.targets[e]]).field(v.directed[e] ? "Directed" : "Undirected")
                    .field(v.weights[e]).field(v.starts[e]).field(v.ends[e]);
            for (Object value : v.edgeValues[e]) {
                csv.field(value);
            }
            csv.end();
        }
        w.flush();
    }
}
