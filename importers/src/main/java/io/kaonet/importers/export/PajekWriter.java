package io.kaonet.importers.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Pajek {@code .net}: {@code *Vertices n} with 1-based numbers and quoted labels, then the
 * undirected edges under {@code *Edges} and the directed ones under {@code *Arcs}, each with its
 * weight. Lines end in CRLF as Pajek writes them. Pajek cannot escape a quote inside a label, so
 * {@code "} becomes {@code '}, and line breaks become spaces.
 */
final class PajekWriter {

    private PajekWriter() {
    }

    static void write(ExportView v, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("*Vertices " + v.nodeCount() + "\r\n");
        for (int u = 0; u < v.nodeCount(); u++) {
            w.write((u + 1) + " \"" + label(v.labels[u]) + "\"\r\n");
        }
        w.write("*Edges\r\n");
        lines(v, w, false);
        if (v.anyDirected()) {
            w.write("*Arcs\r\n");
            lines(v, w, true);
        }
        w.flush();
    }

    private static void lines(ExportView v, Writer w, boolean directed) throws IOException {
        for (int e = 0; e < v.edgeCount(); e++) {
            if (v.directed[e] == directed) {
                w.write((v.sources[e] + 1) + " " + (v.targets[e] + 1) + " " + number(v.weights[e]) + "\r\n");
            }
        }
    }

    static String label(String text) {
        return XmlOut.clean(text).replace('"', '\'').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
