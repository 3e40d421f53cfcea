package io.kaonet.bench;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The edge-list file every tool reads: a header line {@code # nodes N edges M seed S}, then one
 * line {@code u v} per edge (0-based node numbers, {@code u < v}, ascending). Nodes without edges
 * exist all the same (the header gives their number).
 */
final class EdgeListFile {

    private EdgeListFile() {
    }

    static void write(Path file, int n, long[] edges, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            out.write(("# nodes " + n + " edges " + edges.length + " seed " + seed + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] line = new byte[32];
            for (long e : edges) {
                int at = 0;
                at = digits(line, at, (int) (e >>> 32));
                line[at++] = ' ';
                at = digits(line, at, (int) e);
                line[at++] = '\n';
                out.write(line, 0, at);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The header's node count. */
    static int nodeCount(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String[] header = r.readLine().split(" ");
            return Integer.parseInt(header[2]);
        }
    }

    /** Reads the file into edges {@code (u << 32) | v}. */
    static long[] readEdges(Path file) throws IOException {
        try (InputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            String header = readLine(in);
            String[] parts = header.split(" ");
            int m = Integer.parseInt(parts[4]);
            long[] edges = new long[m];
            for (int i = 0; i < m; i++) {
                long u = number(in);
                long v = number(in);
                edges[i] = (u << 32) | v;
            }
            return edges;
        }
    }

    /** A graph of the file's nodes (ids "0".."n-1", all companies) and its unweighted ties. */
    static CollaborationGraph graph(int n, long[] edges) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode(Integer.toString(u), null, ActorKind.COMPANY);
        }
        for (long e : edges) {
            b.addEdge((int) (e >>> 32), (int) e);
        }
        return b.build();
    }

    private static int digits(byte[] buf, int at, int value) {
        String s = Integer.toString(value);
        for (int i = 0; i < s.length(); i++) {
            buf[at++] = (byte) s.charAt(i);
        }
        return at;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
            s.append((char) c);
        }
        return s.toString();
    }

    private static long number(InputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') {
            c = in.read();
        }
        if (c < '0' || c > '9') {
            throw new IOException("malformed edge list: expected a digit, read " + c);
        }
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return value;
    }
}
