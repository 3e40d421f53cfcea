package io.kaonet.importers.graphml;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.CitySpellings;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.TwoPassImporter;
import io.kaonet.importers.properties.PropertyNetwork;
import io.kaonet.importers.text.KeyHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Reads a network from GraphML 1.0, as yEd, Gephi, Cytoscape, NetworkX, igraph and Kaonet's own
 * export write it: nodes become actors, edges become ties.
 *
 * <p>Attributes are matched by their key's {@code attr.name} (the key's id when it has none), and
 * a key's {@code default} applies to elements without the value. Nodes: {@code name} (or
 * {@code label}; the node id when neither), {@code kind} (an {@link ActorKind} name; the
 * {@linkplain #GraphmlImporter(ActorKind, TieKind) default kind} when absent), {@code industry},
 * {@code region}, {@code city}, {@code country}, {@code latitude}, {@code longitude},
 * {@code founded}, {@code employees}, {@code sme}, {@code technologies}, {@code offers},
 * {@code seeks} (lists joined by {@code |}) and {@code clusters} (cluster ids joined by {@code |},
 * which become memberships of clusters that must already be stored). Edges: {@code kind} (or
 * {@code kinds}: the first storable kind listed; the default tie kind when absent), {@code weight},
 * {@code since}, {@code until}, {@code tieId}. Other attributes (layout, colours, metrics) are
 * ignored. An edge's {@code source} and {@code target} must be nodes of the file or stored actors.
 * An edge whose {@code mirror} attribute is {@code true} is skipped: Kaonet's export writes an
 * undirected tie of a directed graph as the tie's edge plus such a reverse arc.
 *
 * <p>Refused, with file, line (of the element), field (attribute) and value: XML that is not
 * well-formed (truncated files, binary junk, bytes that do not match the declared encoding), a
 * root other than {@code graphml}, nested graphs, unknown kinds, values of the wrong type, dates
 * out of order, duplicate node ids and ties, and references to unknown nodes or clusters. DTDs
 * and external entities are not read.
 *
 * <p>Each tie's provenance is {@code FILE:LINE}.
 *
 * <p>Large files: {@link #validate(Path, KnownIds)} and {@link #emit(Path, int, Consumer)} read the
 * file twice each (nodes, then edges), streaming, with memory for the 64-bit
 * {@linkplain KeyHash hashes} of node ids and tie and membership keys (about 16 bytes each in hash
 * tables, plus free slots) and the distinct ids referred to but not defined in the file; emitting
 * holds one chunk. A hash met twice is confirmed by validating the file again keeping the exact
 * ids and keys of the suspected hashes only, so that a collision never reports a false duplicate
 * and a true duplicate is reported as {@code read} reports it. References are resolved by hash:
 * one to a node id missing from the file whose hash equals a node's (about {@code nodes / 2⁶⁴} per
 * such reference) passes validation, and the database writer then refuses the chunk that holds it
 * as a dangling reference.
 *
 * <p>Complexity: O(input size) time per reading (validation reads a file with a duplicate four
 * times); the file is streamed (StAX); {@code read} holds the nodes and edges read. Thread-safe.
 *
 * <p>Reference: U. Brandes, M. Eiglsperger, J. Lerner, C. Pich, <i>Graph Markup Language
 * (GraphML)</i>, in R. Tamassia (ed.), Handbook of Graph Drawing and Visualization, CRC 2013.
 */
public final class GraphmlImporter implements TwoPassImporter {

    /** The kind of actors whose node has no {@code kind}. */
    public static final ActorKind DEFAULT_ACTOR_KIND = ActorKind.COMPANY;
    /** The kind of ties whose edge has no {@code kind}. */
    public static final TieKind DEFAULT_TIE_KIND = TieKind.ALLIANCE;

    private final ActorKind defaultActorKind;
    private final TieKind defaultTieKind;
    private final ToLongFunction<String> keyHash;

    /** An importer with {@link #DEFAULT_ACTOR_KIND} and {@link #DEFAULT_TIE_KIND}. */
    public GraphmlImporter() {
        this(DEFAULT_ACTOR_KIND, DEFAULT_TIE_KIND);
    }

    /**
     * @param defaultActorKind kind of nodes without a {@code kind}
     * @param defaultTieKind   kind of edges without a {@code kind}
     * @throws IllegalArgumentException if the tie kind is not storable
     */
    public GraphmlImporter(ActorKind defaultActorKind, TieKind defaultTieKind) {
        this(defaultActorKind, defaultTieKind, KeyHash::of);
    }

    /** An importer remembering ids and keys by the given hash in large imports: tests force collisions with a poor one. */
    GraphmlImporter(ActorKind defaultActorKind, TieKind defaultTieKind, ToLongFunction<String> keyHash) {
        this.defaultActorKind = Objects.requireNonNull(defaultActorKind, "defaultActorKind");
        this.defaultTieKind = Objects.requireNonNull(defaultTieKind, "defaultTieKind");
        if (!defaultTieKind.storable()) {
            throw new IllegalArgumentException("default tie kind must be storable, was " + defaultTieKind);
        }
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
    }

    /**
     * The GraphML file a path names: the path itself when it is a file, or the one {@code .graphml}
     * file (any case) of a folder.
     *
     * @throws ImportException      if the path does not exist, or is a folder holding no or several {@code .graphml} files
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static Path graphmlFile(Path path) {
        String name = String.valueOf(path.getFileName());
        if (Files.isRegularFile(path)) {
            return path;
        }
        if (!Files.isDirectory(path)) {
            throw new ImportException(ImportProblem.ofFile(name, "is neither a file nor a folder"));
        }
        try (Stream<Path> entries = Files.list(path)) {
            List<Path> found = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".graphml")).sorted().toList();
            if (found.size() != 1) {
                throw new ImportException(ImportProblem.ofFile(name, "must hold exactly one .graphml file, holds " + found.size()));
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a GraphML file, or the one {@code .graphml} file of a folder (see {@link #graphmlFile}).
     *
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if the file cannot be read for reasons other than its content
     */
    public NetworkBatch read(Path path, KnownIds known) {
        Path file = graphmlFile(path);
        try (InputStream in = Files.newInputStream(file)) {
            return read(String.valueOf(file.getFileName()), in, known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads GraphML from a stream (not closed). The nodes and edges are held until the document
     * is known to be well-formed.
     *
     * @param name the file's name, for problem reports
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if the stream fails for reasons other than its content
     */
    public NetworkBatch read(String name, InputStream in, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        List<GraphmlImport.Element> nodes = new ArrayList<>();
        List<GraphmlImport.Element> edges = new ArrayList<>();
        new GraphmlImport(name, problems).run(in, e -> (e.isNode() ? nodes : edges).add(e));
        problems.throwIfAny();
        PropertyNetwork network = PropertyNetwork.collecting(problems, defaultActorKind, defaultTieKind);
        network.read(() -> {
            nodes.forEach(n -> GraphmlImport.node(network, n));
            edges.forEach(e -> GraphmlImport.edge(network, e));
        });
        return network.finish(known);
    }

    /**
     * Checks a GraphML file (or a folder's one {@code .graphml} file) like {@link #read(Path, KnownIds)},
     * reporting the same problems, without keeping its records: the document is read twice, once
     * for its structure and nodes, once for its edges (so that an edge may come before its nodes),
     * and ids and ties are remembered as 64-bit hashes (see {@link PropertyNetwork}); when a hash is
     * met twice, the file is validated again to confirm it exactly.
     *
     * @return how many records (actors, memberships, ties) the file holds
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if the file cannot be read for reasons other than its content
     */
    @Override
    public long validate(Path path, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Path file = graphmlFile(path);
        Problems records = new Problems();
        PropertyNetwork network = PropertyNetwork.validating(records, defaultActorKind, defaultTieKind, keyHash);
        network.read(() -> {
            // The document's own problems are the same at every reading, and come before the records'.
            Problems structure = new Problems();
            scan(file, structure, true, network);
            structure.throwIfAny();
            scan(file, structure, false, network);
            structure.throwIfAny();
        });
        network.finish(known);
        return network.records();
    }

    /**
     * Reads a file {@link #validate} accepted and hands its records on in chunks: first every node
     * (its actor, then its memberships), then every edge, each in document order. Concatenated, the
     * chunks hold exactly the records of {@link #read(Path, KnownIds)}. The file is read three times:
     * for the city spellings of its nodes ({@link CitySpellings}, so that every actor is handed on
     * with its city's chosen spelling), for the nodes, and for the edges.
     *
     * @throws ImportException          if the file changed since validation and now has a problem
     * @throws IllegalArgumentException if {@code chunkRecords} is not positive
     */
    @Override
    public long emit(Path path, int chunkRecords, Consumer<NetworkBatch> chunks) {
        if (chunkRecords < 1) {
            throw new IllegalArgumentException("chunkRecords must be positive, was " + chunkRecords);
        }
        Path file = graphmlFile(path);
        long[] count = {0};
        Problems problems = new Problems();
        CitySpellings cities = new CitySpellings();
        PropertyNetwork spellings = PropertyNetwork.countingCities(problems, defaultActorKind, defaultTieKind, cities);
        spellings.read(() -> scan(file, problems, true, spellings));
        problems.throwIfAny();
        PropertyNetwork network = PropertyNetwork.emitting(problems, defaultActorKind, defaultTieKind, chunkRecords,
                chunk -> {
                    count[0]++;
                    chunks.accept(chunk);
                }, cities);
        network.read(() -> {
            scan(file, problems, true, network);
            problems.throwIfAny();
            scan(file, problems, false, network);
        });
        network.finish(KnownIds.NONE);
        return count[0];
    }

    /** One reading of the file, passing its nodes (or its edges) to the network. */
    private static void scan(Path file, Problems problems, boolean nodes, PropertyNetwork network) {
        try (InputStream in = Files.newInputStream(file)) {
            new GraphmlImport(String.valueOf(file.getFileName()), problems).run(in, e -> {
                if (e.isNode() && nodes) {
                    GraphmlImport.node(network, e);
                } else if (!e.isNode() && !nodes) {
                    GraphmlImport.edge(network, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
