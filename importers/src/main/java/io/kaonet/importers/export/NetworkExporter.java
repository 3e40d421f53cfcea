package io.kaonet.importers.export;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.NetworkBatch;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a network for the tools analysts already use: Gephi (GEXF), yEd, Cytoscape, NetworkX and
 * igraph (GraphML), Pajek ({@code .net}) and spreadsheets (CSV).
 *
 * <p>Two sources: a projected {@link CollaborationGraph} with per-node {@link MetricColumn}s (the
 * result of analyses: attributes kind, sector, industry, region, country, sme, clusters, then the
 * metrics; edges merged per pair with their tie kinds, summed weight and earliest start), or a
 * {@link NetworkBatch} (actors with every attribute and their clusters, one edge per tie with its
 * kind and since..until). Directed edges (a graph edge whose ties all point one way; a tie of a
 * directed kind) are marked directed in an undirected graph.
 *
 * <p>Files: {@code network.gexf}, {@code network.graphml}, {@code network.net}; CSV gives
 * {@code nodes.csv} and {@code edges.csv} for a graph, and Kaonet CSV files ({@code actors.csv},
 * {@code ties.csv}, …) for a batch, which {@link io.kaonet.importers.csv.KaonetCsvImporter} reads back.
 * Multi-valued attributes (clusters, keyword lists, tie kinds) are joined with {@code |}.
 *
 * <p>Complexity: O(nodes + edges) time; files are streamed, memory holds one row at a time
 * beyond the source. Instances are immutable and thread-safe.
 *
 * <p>References: GEXF 1.2 (gexf.net, Gephi Consortium); U. Brandes et al., <i>GraphML Progress
 * Report</i>, Graph Drawing 2001; V. Batagelj and A. Mrvar, <i>Pajek — Program for Large Network
 * Analysis</i>, Connections 21(2), 1998.
 */
public final class NetworkExporter {

    /** Where exported files go: opens one output per file name; the exporter closes it. */
    @FunctionalInterface
    public interface FileTarget {
        /** An output for the named file. */
        OutputStream open(String fileName) throws IOException;
    }

    private final ExportView view;
    private final NetworkBatch batch;

    private NetworkExporter(ExportView view, NetworkBatch batch) {
        this.view = view;
        this.batch = batch;
    }

    /**
     * An exporter of a projected graph with metric columns.
     *
     * @throws IllegalArgumentException if a metric has not one value per node, or two attributes share a name
     */
    public static NetworkExporter of(CollaborationGraph graph, List<MetricColumn> metrics) {
        return new NetworkExporter(ExportView.of(Objects.requireNonNull(graph, "graph"), List.copyOf(metrics)), null);
    }

    /**
     * An exporter of a batch's actors and ties (and, in CSV, all of its records).
     *
     * @throws IllegalArgumentException if a tie refers to an actor the batch does not hold, or an actor occurs twice
     */
    public static NetworkExporter of(NetworkBatch batch) {
        return new NetworkExporter(ExportView.of(Objects.requireNonNull(batch, "batch")), batch);
    }

    /** The names of the files a format gives, in the order they are written. */
    public List<String> fileNames(ExportFormat format) {
        return switch (format) {
            case GEXF, GRAPHML, PAJEK -> List.of("network." + format.extension());
            case CSV -> batch != null ? KaonetCsvWriter.files(batch) : List.of(CsvTablesWriter.NODES, CsvTablesWriter.EDGES);
        };
    }

    /**
     * Writes the files of a format, UTF-8.
     *
     * @throws UncheckedIOException when the target fails
     */
    public void write(ExportFormat format, FileTarget target) {
        for (String name : fileNames(format)) {
            try (OutputStream out = new BufferedOutputStream(target.open(name), 1 << 16)) {
                switch (format) {
                    case GEXF -> GexfWriter.write(view, out);
                    case GRAPHML -> GraphmlWriter.write(view, out);
                    case PAJEK -> PajekWriter.write(view, out);
                    case CSV -> {
                        if (batch != null) {
                            KaonetCsvWriter.write(batch, name, out);
                        } else if (name.equals(CsvTablesWriter.NODES)) {
                            CsvTablesWriter.writeNodes(view, out);
                        } else {
                            CsvTablesWriter.writeEdges(view, out);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + name, e);
            }
        }
    }

    /**
     * Writes the files of a format into a folder, replacing files of the same names.
     *
     * @return the files written
     * @throws UncheckedIOException when the folder cannot be written
     */
    public List<Path> writeTo(ExportFormat format, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(format, name -> {
            Path file = folder.resolve(name);
            written.add(file);
            return Files.newOutputStream(file);
        });
        return List.copyOf(written);
    }

    /** The files of a format as text in memory (for small networks, e.g. an API response). */
    public List<ExportedFile> render(ExportFormat format) {
        List<String> names = new ArrayList<>();
        List<ByteArrayOutputStream> outputs = new ArrayList<>();
        write(format, name -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            names.add(name);
            outputs.add(out);
            return out;
        });
        List<ExportedFile> files = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            files.add(new ExportedFile(names.get(i), format.mediaType(), outputs.get(i).toString(StandardCharsets.UTF_8)));
        }
        return List.copyOf(files);
    }
}
