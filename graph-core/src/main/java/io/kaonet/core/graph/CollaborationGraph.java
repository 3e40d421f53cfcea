package io.kaonet.core.graph;

import io.kaonet.core.model.ActorKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;

/**
 * The immutable, int-indexed collaboration graph every analysis runs on: a {@link Topology} (the
 * ties, in compressed sparse rows) and {@link ActorColumns} (the actors' attributes), both indexed by
 * node {@code 0..n-1}. Made by {@link #builder()}.
 *
 * <p>Edges are the simple undirected graph of the actors' ties: parallel ties between the same two
 * actors are merged into one edge whose weight is the sum of their weights, whose kind mask is the
 * union of their kinds, whose direction bits are the union of their arcs and whose start is the
 * earliest start. Self-ties are dropped. Weights keep full double precision, as read from the store.
 *
 * <p>The topology holds 14 bytes per tie (two 4-byte neighbour slots, a 2-byte mask of kinds and
 * directions, a 4-byte start day) and 16 more, two 8-byte weights, unless every weight is 1; and three
 * ints per node. The columns hold per actor: id, name, kind, industry, region, country, SME flag, the
 * three keyword lists, cluster memberships and the number of activities (projects, consortia, events)
 * the actor took part in within the graph's scope, single-participant ones included.
 *
 * <p>The methods below read through to the two parts, so that analyses ask one object; an analysis
 * that only walks ties may hold the {@link #topology()} alone. Instances are safe to share between
 * threads.
 */
public final class CollaborationGraph {

    /** Stored in {@link #edgeSince(int)} when a tie's start is unknown. */
    public static final int UNKNOWN_DAY = Topology.UNKNOWN_DAY;

    private final Topology topology;
    private final ActorColumns actors;

    CollaborationGraph(Topology topology, ActorColumns actors) {
        if (topology.nodeCount() != actors.size()) {
            throw new IllegalArgumentException("topology has " + topology.nodeCount() + " nodes, columns "
                    + actors.size());
        }
        this.topology = topology;
        this.actors = actors;
    }

    /** A builder for a graph; not thread-safe. */
    public static CollaborationGraphBuilder builder() {
        return new CollaborationGraphBuilder();
    }

    /** The ties. */
    public Topology topology() {
        return topology;
    }

    /** The actors' attributes. */
    public ActorColumns actors() {
        return actors;
    }

    /**
     * An estimate of the heap this graph holds, in bytes: its arrays counted exactly (with a 16-byte
     * header each), its strings at 40 bytes plus one byte per character (compact Latin-1 strings;
     * wider ones hold more) and its id index at 48 bytes per actor. It is what a cache of projections
     * weighs the graph by. O(n) over the attribute columns.
     */
    public long estimatedBytes() {
        return topology.estimatedBytes() + actors.estimatedBytes();
    }

    // ---- ties (see Topology) -----------------------------------------------------------------

    /** The number of actors. */
    public int nodeCount() {
        return topology.nodeCount();
    }

    /** The number of edges of the simple undirected graph (parallel ties merged). */
    public int edgeCount() {
        return topology.edgeCount();
    }

    /** The number of neighbours of {@code u}. */
    public int degree(int u) {
        return topology.degree(u);
    }

    /** The first adjacency slot of {@code u}. */
    public int rowStart(int u) {
        return topology.rowStart(u);
    }

    /** One past the last adjacency slot of {@code u}. */
    public int rowEnd(int u) {
        return topology.rowEnd(u);
    }

    /** The neighbour stored in an adjacency slot. */
    public int neighbour(int slot) {
        return topology.neighbour(slot);
    }

    /** The weight of the edge in an adjacency slot (1 when the graph is unweighted). */
    public double weight(int slot) {
        return topology.weight(slot);
    }

    /** Whether any edge has a weight other than 1. */
    public boolean weighted() {
        return topology.weighted();
    }

    /** The sum of all edge weights (the edge count when unweighted). */
    public double totalWeight() {
        return topology.totalWeight();
    }

    /** The sum of the weights of {@code u}'s edges (its degree when unweighted). */
    public double strength(int u) {
        return topology.strength(u);
    }

    /** The slot of {@code v} in {@code u}'s row, or -1 when they are not adjacent. O(log deg u). */
    public int slotOf(int u, int v) {
        return topology.slotOf(u, v);
    }

    /** Whether {@code u} and {@code v} are adjacent. O(log deg u). */
    public boolean adjacent(int u, int v) {
        return topology.adjacent(u, v);
    }

    /** The id of the edge stored in slot {@code slot} of {@code u}'s row. O(1) or O(log deg). */
    public int edgeId(int u, int slot) {
        return topology.edgeId(u, slot);
    }

    /** The lower-numbered end of edge {@code e}. O(log n). */
    public int edgeLow(int e) {
        return topology.edgeLow(e);
    }

    /** The higher-numbered end of edge {@code e}. O(log n). */
    public int edgeHigh(int e) {
        return topology.edgeHigh(e);
    }

    /** The weight of edge {@code e}. */
    public double edgeWeight(int e) {
        return topology.edgeWeight(e);
    }

    /** The kinds of the ties merged into edge {@code e}. */
    public TieKinds edgeKinds(int e) {
        return topology.edgeKinds(e);
    }

    /** The earliest start day (epoch day) of the ties merged into edge {@code e}, or {@link #UNKNOWN_DAY}. */
    public int edgeSince(int e) {
        return topology.edgeSince(e);
    }

    /** Whether some tie of edge {@code e} points from its low to its high end (undirected ties point both ways). */
    public boolean arcLowToHigh(int e) {
        return topology.arcLowToHigh(e);
    }

    /** Whether some tie of edge {@code e} points from its high to its low end. */
    public boolean arcHighToLow(int e) {
        return topology.arcHighToLow(e);
    }

    /** Whether a tie reads as an arc {@code from → neighbour(slot)}, for the slot in {@code from}'s row. */
    public boolean hasArc(int from, int slot) {
        return topology.hasArc(from, slot);
    }

    // ---- actors (see ActorColumns) -------------------------------------------------------------

    /** The index of the actor with this id. */
    public Optional<Integer> indexOf(String actorId) {
        return actors.indexOf(actorId);
    }

    /** The external id of node {@code u}. */
    public String id(int u) {
        return actors.id(u);
    }

    /**
     * The number of activities node {@code u} took part in within the graph's scope (0 when the
     * graph was built without activities).
     */
    public int activityCount(int u) {
        return actors.activityCount(u);
    }

    /** The display name of node {@code u}. */
    public String name(int u) {
        return actors.name(u);
    }

    /** The kind of node {@code u}. */
    public ActorKind kind(int u) {
        return actors.kind(u);
    }

    /** The industry of node {@code u}, or null. */
    public String industry(int u) {
        return actors.industry(u);
    }

    /** A dense code for the industry of {@code u} (equal codes, equal industries), or -1 when unknown. */
    public int industryCode(int u) {
        return actors.industryCode(u);
    }

    /** The region of node {@code u}, or null. */
    public String region(int u) {
        return actors.region(u);
    }

    /** A dense code for the region of {@code u}, or -1 when unknown. */
    public int regionCode(int u) {
        return actors.regionCode(u);
    }

    /** The country of node {@code u}, or null. */
    public String country(int u) {
        return actors.country(u);
    }

    /** A dense code for the country of {@code u}, or -1 when unknown. */
    public int countryCode(int u) {
        return actors.countryCode(u);
    }

    /** Whether {@code u} is an SME: true, false, or null when unknown. */
    public Boolean sme(int u) {
        return actors.sme(u);
    }

    /** Technology keywords of {@code u}; never null. */
    public List<String> technologies(int u) {
        return actors.technologies(u);
    }

    /** Capability keywords {@code u} offers; never null. */
    public List<String> offers(int u) {
        return actors.offers(u);
    }

    /** Capability keywords {@code u} seeks; never null. */
    public List<String> seeks(int u) {
        return actors.seeks(u);
    }

    /** Codes (indexes into {@link #clusterIds()}) of the clusters {@code u} is a member of, ascending. */
    public int[] clusterCodes(int u) {
        return actors.clusterCodes(u);
    }

    /** Whether {@code u} is a member of the cluster with this code. */
    public boolean memberOf(int u, int clusterCode) {
        return actors.memberOf(u, clusterCode);
    }

    /** The number of clusters {@code u} is a member of. */
    public int clusterCount(int u) {
        return actors.clusterCount(u);
    }

    /** The ids of the clusters any node is a member of, indexed by cluster code. */
    public List<String> clusterIds() {
        return actors.clusterIds();
    }

    /** The distinct industries, indexed by industry code. */
    public List<String> industries() {
        return actors.industries();
    }

    // ---- views ---------------------------------------------------------------------------------

    /**
     * A read-only JGraphT view of this graph, holding no copy of it: vertex {@code u} is node
     * {@code u}, edge {@code e} is edge {@code e}, weights as here. For running a JGraphT algorithm
     * where it is good enough. O(1) to make.
     */
    public Graph<Integer, Integer> asJGraphT() {
        return new JGraphTView(topology);
    }

    /**
     * The subgraph induced by the nodes for which {@code keep[u]} is true, with their attributes and
     * the edges among them. Node indexes are renumbered in ascending order.
     *
     * @throws IllegalArgumentException if keep does not have one entry per node
     */
    public CollaborationGraph induced(boolean[] keep) {
        if (keep.length != nodeCount()) {
            throw new IllegalArgumentException("keep must have one entry per node (" + nodeCount() + "), had "
                    + keep.length);
        }
        CollaborationGraphBuilder b = builder();
        int[] map = new int[nodeCount()];
        Arrays.fill(map, -1);
        for (int u = 0; u < nodeCount(); u++) {
            if (keep[u]) {
                map[u] = b.copyNode(this, u);
            }
        }
        b.copyEdges(this, map);
        return b.build();
    }

    @Override
    public String toString() {
        return "CollaborationGraph[nodes=" + nodeCount() + ", edges=" + edgeCount() + ", weighted=" + weighted() + "]";
    }
}
