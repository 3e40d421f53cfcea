package io.kaonet.importers.graphml;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

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
 *
 * <p>Refused, with file, line (of the element), field (attribute) and value: XML that is not
 * well-formed (truncated files, binary junk, bytes that do not match the declared encoding), a
 * root other than {@code graphml}, nested graphs, unknown kinds, values of the wrong type, dates
 * out of order, duplicate node ids and ties, and references to unknown nodes or clusters. DTDs
 * and external entities are not read.
 *
 * <p>Each tie's provenance is {@code FILE:LINE}.
 *
 * <p>Complexity: O(input size) time; the file is streamed (StAX), memory holds the records read.
 * Thread-safe.
 *
 * <p>Reference: U. Brandes, M. Eiglsperger, J. Lerner, C. Pich, <i>Graph Markup Language
 * (GraphML)</i>, in R. Tamassia (ed.), Handbook of Graph Drawing and Visualization, CRC 2013.
 */
public final class GraphmlImporter {

    /** The kind of actors whose node has no {@code kind}. */
    public static final ActorKind DEFAULT_ACTOR_KIND = ActorKind.COMPANY;
    /** The kind of ties whose edge has no {@code kind}. */
    public static final TieKind DEFAULT_TIE_KIND = TieKind.ALLIANCE;

    private final ActorKind defaultActorKind;
    private final TieKind defaultTieKind;

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
        this.defaultActorKind = Objects.requireNonNull(defaultActorKind, "defaultActorKind");
        this.defaultTieKind = Objects.requireNonNull(defaultTieKind, "defaultTieKind");
        if (!defaultTieKind.storable()) {
            throw new IllegalArgumentException("default tie kind must be storable, was " + defaultTieKind);
        }
    }

    /**
     * Reads a GraphML file.
     *
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if the file cannot be read for reasons other than its content
     */
    public NetworkBatch read(Path file, KnownIds known) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(String.valueOf(file.getFileName()), in, known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads GraphML from a stream (not closed).
     *
     * @param name the file's name, for problem reports
     * @throws ImportException      if any problem was found
     * @throws UncheckedIOException if the stream fails for reasons other than its content
     */
    public NetworkBatch read(String name, InputStream in, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        return new GraphmlImport(name, problems, defaultActorKind, defaultTieKind).run(in, known);
    }
}
