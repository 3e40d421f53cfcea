package io.kaonet.importers.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Pajek {@code .net}: {@code *Vertices n} with 1-based numbers and quoted labels, then the edges,
 * each with its weight. Lines end in CRLF as Pajek writes them.
 *
 * <p>The label of a vertex is the actor's id, not its name: NetworkX and igraph identify a Pajek
 * vertex by its label, so two actors of the same name would become one node. Pajek cannot escape
 * a quote inside a label (igraph reads no escape), so {@code "} becomes {@code '}, and line breaks
 * become spaces; the other formats keep every character.
 *
 * <p>Direction: a graph without directed edges has only {@code *Edges}. A graph with any directed
 * edge has only {@code *Arcs}, an undirected edge written as two arcs, one each way: NetworkX reads
 * every line after the first section header into that section's kind (a file with both sections
 * comes back wholly undirected or wholly directed), and igraph reads an {@code *Edges} line of a
 * directed file as one arc.
 */
final class PajekWriter {

    private PajekWriter() {
    }

    static void write(ExportView v, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("*Vertices " + v.nodeCount() + "\r\n");
        for (int u = 0; u < v.nodeCount(); u++) {
            w.write((u + 1) + " \"" + label(v.ids[u]) + "\"\r\n");
        }
        boolean directedGraph = v.anyDirected();
        w.write(directedGraph ? "*Arcs\r\n" : "*Edges\r\n");
        for (int e = 0; e < v.edgeCount(); e++) {
            String weight = number(v.weights[e]);
            w.write((v.sources[e] + 1) + " " + (v.targets[e] + 1) + " " + weight + "\r\n");
            if (directedGraph && !v.directed[e]) {
                w.write((v.targets[e] + 1) + " " + (v.sources[e] + 1) + " " + weight + "\r\n");
            }
        }
        w.flush();
    }

    static String label(String text) {
        return XmlOut.clean(text).replace('"', '\'').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
