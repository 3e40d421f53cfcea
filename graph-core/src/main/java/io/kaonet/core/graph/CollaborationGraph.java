package io.kaonet.core.graph;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;

/**
 * The immutable, int-indexed collaboration graph every analysis runs on.
 *
 * <p>Nodes are actors numbered {@code 0..n-1}; edges are the simple undirected graph of their ties:
 * parallel ties between the same two actors are merged into one edge whose weight is the sum of
 * their weights, whose kind mask is the union of their kinds, whose direction bits are the union
 * of their arcs and whose start is the earliest start. Self-ties are dropped.
 *
 * <p>Adjacency is stored as compressed sparse rows: the neighbours of {@code u} sit in slots
 * {@code rowStart(u)..rowEnd(u)-1}, sorted ascending. Edge {@code e} joins {@code edgeLow(e) <
 * edgeHigh(e)}; edges are numbered in (low, high) order, so edge ids follow from the slots and need
 * no storage. Per tie the graph holds 15 bytes: two 4-byte neighbour slots, a 2-byte kind mask, a
 * direction byte and a 4-byte start day; and 16 more, two 8-byte double weights, unless every
 * weight is 1. Weights keep full double precision, as read from the store.
 *
 * <p>Node attributes are columns: id, name, kind, industry, region, country, SME flag, keyword lists,
 * cluster memberships and the number of activities (projects, consortia, events) the actor took part
 * in within the graph's scope, single-participant ones included. Instances are safe to share between threads.
 */
public final class CollaborationGraph {

    /** Stored in {@link #edgeSince(int)} when a tie's start is unknown. */
    public static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    private static final byte ARC_LOW_TO_HIGH = 1;
    private static final byte ARC_HIGH_TO_LOW = 2;

    private final String[] ids;
    private final String[] names;
    private final byte[] kinds;
    private final int[] industry;
    private final int[] region;
    private final int[] country;
    private final byte[] sme;
    private final int[] activityCount;
    private final String[][] technologies;
    private final String[][] offers;
    private final String[][] seeks;
    private final int[] membershipStart;
    private final int[] memberships;
    private final String[] industryNames;
    private final String[] regionNames;
    private final String[] countryNames;
    private final String[] clusterIds;
    private final Map<String, Integer> indexById;

    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;
    private final int[] firstUpperSlot;
    private final int[] upperBase;
    private final short[] edgeKinds;
    private final byte[] edgeArcs;
    private final int[] edgeSince;
    private final double totalWeight;

    private CollaborationGraph(Builder b, int[] offsets, int[] neighbours, double[] weights, short[] edgeKinds,
                               byte[] edgeArcs, int[] edgeSince) {
        int n = b.nodeCount;
        this.ids = Arrays.copyOf(b.ids, n);
        this.names = Arrays.copyOf(b.names, n);
        this.kinds = Arrays.copyOf(b.kinds, n);
        this.industry = Arrays.copyOf(b.industry, n);
        this.region = Arrays.copyOf(b.region, n);
        this.country = Arrays.copyOf(b.country, n);
        this.sme = Arrays.copyOf(b.sme, n);
        this.activityCount = Arrays.copyOf(b.activityCount, n);
        this.technologies = Arrays.copyOf(b.technologies, n);
        this.offers = Arrays.copyOf(b.offers, n);
        this.seeks = Arrays.copyOf(b.seeks, n);
        this.industryNames = b.industries.names();
        this.regionNames = b.regions.names();
        this.countryNames = b.countries.names();
        this.clusterIds = b.clusters.names();
        this.indexById = Map.copyOf(b.indexById);
        this.membershipStart = new int[n + 1];
        int[][] perNode = new int[n][];
        int total = 0;
        for (int u = 0; u < n; u++) {
            int[] m = b.memberships.get(u);
            perNode[u] = m == null ? new int[0] : Arrays.stream(m).distinct().sorted().toArray();
            total += perNode[u].length;
        }
        this.memberships = new int[total];
        for (int u = 0, at = 0; u < n; u++) {
            membershipStart[u] = at;
            System.arraycopy(perNode[u], 0, memberships, at, perNode[u].length);
            at += perNode[u].length;
        }
        membershipStart[n] = total;

        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
        this.edgeKinds = edgeKinds;
        this.edgeArcs = edgeArcs;
        this.edgeSince = edgeSince;
        this.firstUpperSlot = new int[n];
        this.upperBase = new int[n + 1];
        int edges = 0;
        for (int u = 0; u < n; u++) {
            int s = offsets[u];
            int end = offsets[u + 1];
            while (s < end && neighbours[s] < u) {
                s++;
            }
            firstUpperSlot[u] = s;
            upperBase[u] = edges;
            edges += end - s;
        }
        upperBase[n] = edges;
        double sum = 0;
        if (weights != null) {
            for (double w : weights) {
                sum += w;
            }
            sum /= 2;
        } else {
            sum = edges;
        }
        this.totalWeight = sum;
    }

    /**
     * An estimate of the heap this graph holds, in bytes: its arrays counted exactly (with a 16-byte
     * header each), its strings at 40 bytes plus one byte per character (compact Latin-1 strings;
     * wider ones hold more) and its id index at 48 bytes per actor. It is what a cache of projections
     * weighs the graph by. O(n) over the attribute columns.
     */
    public long estimatedBytes() {
        int n = ids.length;
        long bytes = 0;
        bytes += arrayBytes(offsets.length, 4) + arrayBytes(neighbours.length, 4)
                + (weights == null ? 0 : arrayBytes(weights.length, 8)) + arrayBytes(firstUpperSlot.length, 4)
                + arrayBytes(upperBase.length, 4) + arrayBytes(edgeKinds.length, 2) + arrayBytes(edgeArcs.length, 1)
                + arrayBytes(edgeSince.length, 4);
        bytes += arrayBytes(n, 1) * 2 + arrayBytes(n, 4) * 4 + arrayBytes(membershipStart.length, 4)
                + arrayBytes(memberships.length, 4) + 48L * n;
        bytes += stringsBytes(ids) + stringsBytes(names) + stringsBytes(industryNames) + stringsBytes(regionNames)
                + stringsBytes(countryNames) + stringsBytes(clusterIds);
        for (String[][] column : List.of(technologies, offers, seeks)) {
            bytes += arrayBytes(column.length, 4);
            for (String[] words : column) {
                bytes += words == null ? 0 : stringsBytes(words);
            }
        }
        return bytes;
    }

    private static long arrayBytes(int length, int elementBytes) {
        return 16L + (long) length * elementBytes;
    }

    private static long stringsBytes(String[] strings) {
        long bytes = arrayBytes(strings.length, 4);
        for (String s : strings) {
            bytes += s == null ? 0 : 40L + s.length();
        }
        return bytes;
    }

    /** A builder for a graph; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- size and structure ------------------------------------------------------------------

    /** The number of actors. */
    public int nodeCount() {
        return ids.length;
    }

    /** The number of edges of the simple undirected graph (parallel ties merged). */
    public int edgeCount() {
        return upperBase[ids.length];
    }

    /** The number of neighbours of {@code u}. */
    public int degree(int u) {
        return offsets[u + 1] - offsets[u];
    }

    /** The first adjacency slot of {@code u}. */
    public int rowStart(int u) {
        return offsets[u];
    }

    /** One past the last adjacency slot of {@code u}. */
    public int rowEnd(int u) {
        return offsets[u + 1];
    }

    /** The neighbour stored in an adjacency slot. */
    public int neighbour(int slot) {
        return neighbours[slot];
    }

    /** The weight of the edge in an adjacency slot (1 when the graph is unweighted). */
    public double weight(int slot) {
        return weights == null ? 1.0 : weights[slot];
    }

    /** Whether any edge has a weight other than 1. */
    public boolean weighted() {
        return weights != null;
    }

    /** The sum of all edge weights (the edge count when unweighted). */
    public double totalWeight() {
        return totalWeight;
    }

    /** The sum of the weights of {@code u}'s edges (its degree when unweighted). */
    public double strength(int u) {
        if (weights == null) {
            return degree(u);
        }
        double s = 0;
        for (int i = offsets[u]; i < offsets[u + 1]; i++) {
            s += weights[i];
        }
        return s;
    }

    /** The slot of {@code v} in {@code u}'s row, or -1 when they are not adjacent. O(log deg u). */
    public int slotOf(int u, int v) {
        int i = Arrays.binarySearch(neighbours, offsets[u], offsets[u + 1], v);
        return i >= 0 ? i : -1;
    }

    /** Whether {@code u} and {@code v} are adjacent. O(log deg u). */
    public boolean adjacent(int u, int v) {
        return slotOf(u, v) >= 0;
    }

    /** The id of the edge stored in slot {@code slot} of {@code u}'s row. O(1) or O(log deg). */
    public int edgeId(int u, int slot) {
        int v = neighbours[slot];
        if (v > u) {
            return upperBase[u] + (slot - firstUpperSlot[u]);
        }
        int back = Arrays.binarySearch(neighbours, firstUpperSlot[v], offsets[v + 1], u);
        return upperBase[v] + (back - firstUpperSlot[v]);
    }

    /** The lower-numbered end of edge {@code e}. O(log n). */
    public int edgeLow(int e) {
        Objects.checkIndex(e, edgeCount());
        int i = Arrays.binarySearch(upperBase, 0, ids.length + 1, e);
        if (i < 0) {
            i = -i - 2;
        } else {
            // several nodes may share a base when some have no upper edges: take the last with edges
            while (i + 1 < upperBase.length && upperBase[i + 1] == e) {
                i++;
            }
        }
        return i;
    }

    /** The higher-numbered end of edge {@code e}. O(log n). */
    public int edgeHigh(int e) {
        int u = edgeLow(e);
        return neighbours[firstUpperSlot[u] + (e - upperBase[u])];
    }

    /** The weight of edge {@code e}. */
    public double edgeWeight(int e) {
        if (weights == null) {
            return 1.0;
        }
        int u = edgeLow(e);
        return weights[firstUpperSlot[u] + (e - upperBase[u])];
    }

    /** The kinds of the ties merged into edge {@code e}. */
    public TieKinds edgeKinds(int e) {
        return new TieKinds(edgeKinds[e]);
    }

    /** The earliest start day (epoch day) of the ties merged into edge {@code e}, or {@link #UNKNOWN_DAY}. */
    public int edgeSince(int e) {
        return edgeSince[e];
    }

    /** Whether some tie of edge {@code e} points from its low to its high end (undirected ties point both ways). */
    public boolean arcLowToHigh(int e) {
        return (edgeArcs[e] & ARC_LOW_TO_HIGH) != 0;
    }

    /** Whether some tie of edge {@code e} points from its high to its low end. */
    public boolean arcHighToLow(int e) {
        return (edgeArcs[e] & ARC_HIGH_TO_LOW) != 0;
    }

    /** Whether a tie reads as an arc {@code from → neighbour(slot)}, for the slot in {@code from}'s row. */
    public boolean hasArc(int from, int slot) {
        int to = neighbours[slot];
        int e = edgeId(from, slot);
        return from < to ? arcLowToHigh(e) : arcHighToLow(e);
    }

    // ---- node attributes ---------------------------------------------------------------------

    /** The index of the actor with this id. */
    public Optional<Integer> indexOf(String actorId) {
        return Optional.ofNullable(indexById.get(actorId));
    }

    /** The external id of node {@code u}. */
    public String id(int u) {
        return ids[u];
    }

    /**
     * The number of activities node {@code u} took part in within the graph's scope (0 when the
     * graph was built without activities).
     */
    public int activityCount(int u) {
        return activityCount[u];
    }

    /** The display name of node {@code u}. */
    public String name(int u) {
        return names[u];
    }

    /** The kind of node {@code u}. */
    public ActorKind kind(int u) {
        return ActorKind.values()[kinds[u]];
    }

    /** The industry of node {@code u}, or null. */
    public String industry(int u) {
        return industry[u] < 0 ? null : industryNames[industry[u]];
    }

    /** A dense code for the industry of {@code u} (equal codes, equal industries), or -1 when unknown. */
    public int industryCode(int u) {
        return industry[u];
    }

    /** The region of node {@code u}, or null. */
    public String region(int u) {
        return region[u] < 0 ? null : regionNames[region[u]];
    }

    /** A dense code for the region of {@code u}, or -1 when unknown. */
    public int regionCode(int u) {
        return region[u];
    }

    /** The country of node {@code u}, or null. */
    public String country(int u) {
        return country[u] < 0 ? null : countryNames[country[u]];
    }

    /** A dense code for the country of {@code u}, or -1 when unknown. */
    public int countryCode(int u) {
        return country[u];
    }

    /** Whether {@code u} is an SME: true, false, or null when unknown. */
    public Boolean sme(int u) {
        return sme[u] < 0 ? null : sme[u] == 1;
    }

    /** Technology keywords of {@code u}; never null. */
    public List<String> technologies(int u) {
        return technologies[u] == null ? List.of() : List.of(technologies[u]);
    }

    /** Capability keywords {@code u} offers; never null. */
    public List<String> offers(int u) {
        return offers[u] == null ? List.of() : List.of(offers[u]);
    }

    /** Capability keywords {@code u} seeks; never null. */
    public List<String> seeks(int u) {
        return seeks[u] == null ? List.of() : List.of(seeks[u]);
    }

    /** Codes (indexes into {@link #clusterIds()}) of the clusters {@code u} is a member of, ascending. */
    public int[] clusterCodes(int u) {
        return Arrays.copyOfRange(memberships, membershipStart[u], membershipStart[u + 1]);
    }

    /** Whether {@code u} is a member of the cluster with this code. */
    public boolean memberOf(int u, int clusterCode) {
        return Arrays.binarySearch(memberships, membershipStart[u], membershipStart[u + 1], clusterCode) >= 0;
    }

    /** The number of clusters {@code u} is a member of. */
    public int clusterCount(int u) {
        return membershipStart[u + 1] - membershipStart[u];
    }

    /** The ids of the clusters any node is a member of, indexed by cluster code. */
    public List<String> clusterIds() {
        return List.of(clusterIds);
    }

    /** The distinct industries, indexed by industry code. */
    public List<String> industries() {
        return List.of(industryNames);
    }

    // ---- views ---------------------------------------------------------------------------------

    /**
     * A read-only JGraphT view of this graph, holding no copy of it: vertex {@code u} is node
     * {@code u}, edge {@code e} is edge {@code e}, weights as here. For running a JGraphT algorithm
     * where it is good enough. O(1) to make.
     */
    public Graph<Integer, Integer> asJGraphT() {
        return new JGraphTView(this);
    }

    /**
     * The subgraph induced by the nodes for which {@code keep[u]} is true, with their attributes and
     * the edges among them. Node indexes are renumbered in ascending order.
     */
    public CollaborationGraph induced(boolean[] keep) {
        if (keep.length != nodeCount()) {
            throw new IllegalArgumentException("keep must have one entry per node (" + nodeCount() + "), had "
                    + keep.length);
        }
        Builder b = builder();
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

    /**
     * A set of tie kinds packed in a mask.
     *
     * @param mask bit {@code k.ordinal()} set for each kind {@code k}
     */
    public record TieKinds(int mask) {

        /** Whether the set holds this kind. */
        public boolean contains(TieKind kind) {
            return (mask & kind.bit()) != 0;
        }

        /** The kinds in declaration order. */
        public List<TieKind> asList() {
            List<TieKind> out = new ArrayList<>();
            for (TieKind k : TieKind.values()) {
                if (contains(k)) {
                    out.add(k);
                }
            }
            return out;
        }
    }

    /** Builds a {@link CollaborationGraph}: add nodes, then ties between node indexes. */
    public static final class Builder {
        private int nodeCount;
        private String[] ids = new String[16];
        private String[] names = new String[16];
        private byte[] kinds = new byte[16];
        private int[] industry = new int[16];
        private int[] region = new int[16];
        private int[] country = new int[16];
        private byte[] sme = new byte[16];
        private int[] activityCount = new int[16];
        private String[][] technologies = new String[16][];
        private String[][] offers = new String[16][];
        private String[][] seeks = new String[16][];
        private final List<int[]> memberships = new ArrayList<>();
        private final Dictionary industries = new Dictionary();
        private final Dictionary regions = new Dictionary();
        private final Dictionary countries = new Dictionary();
        private final Dictionary clusters = new Dictionary();
        private final Map<String, Integer> indexById = new HashMap<>();

        private int tieCount;
        private int[] tieLow = new int[16];
        private int[] tieHigh = new int[16];
        private double[] tieWeight = new double[16];
        private short[] tieKinds = new short[16];
        private byte[] tieArcs = new byte[16];
        private int[] tieSince = new int[16];

        private Builder() {
        }

        /**
         * Adds a node and returns its index.
         *
         * @throws IllegalArgumentException if the id is blank or already added
         */
        public int addNode(String id, String name, ActorKind kind) {
            Objects.requireNonNull(kind, "kind must not be null");
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("node id must not be blank");
            }
            if (indexById.putIfAbsent(id, nodeCount) != null) {
                throw new IllegalArgumentException("node id " + id + " was added twice");
            }
            if (nodeCount == ids.length) {
                int cap = ids.length * 2;
                ids = Arrays.copyOf(ids, cap);
                names = Arrays.copyOf(names, cap);
                kinds = Arrays.copyOf(kinds, cap);
                industry = Arrays.copyOf(industry, cap);
                region = Arrays.copyOf(region, cap);
                country = Arrays.copyOf(country, cap);
                sme = Arrays.copyOf(sme, cap);
                activityCount = Arrays.copyOf(activityCount, cap);
                technologies = Arrays.copyOf(technologies, cap);
                offers = Arrays.copyOf(offers, cap);
                seeks = Arrays.copyOf(seeks, cap);
            }
            int u = nodeCount++;
            ids[u] = id;
            names[u] = name == null ? id : name;
            kinds[u] = (byte) kind.ordinal();
            industry[u] = -1;
            region[u] = -1;
            country[u] = -1;
            sme[u] = -1;
            activityCount[u] = 0;
            memberships.add(null);
            return u;
        }

        /** Sets the optional attributes of node {@code u}; nulls leave an attribute unknown. */
        public Builder attributes(int u, String industryName, String regionName, String countryCode, Boolean isSme) {
            Objects.checkIndex(u, nodeCount);
            industry[u] = industries.code(industryName);
            region[u] = regions.code(regionName);
            country[u] = countries.code(countryCode);
            sme[u] = isSme == null ? -1 : (byte) (isSme ? 1 : 0);
            return this;
        }

        /** Sets the keyword lists of node {@code u}. */
        public Builder keywords(int u, List<String> tech, List<String> offered, List<String> sought) {
            Objects.checkIndex(u, nodeCount);
            technologies[u] = tech == null || tech.isEmpty() ? null : tech.toArray(String[]::new);
            offers[u] = offered == null || offered.isEmpty() ? null : offered.toArray(String[]::new);
            seeks[u] = sought == null || sought.isEmpty() ? null : sought.toArray(String[]::new);
            return this;
        }

        /** Records that node {@code u} is a member of a cluster. */
        public Builder member(int u, String clusterId) {
            Objects.checkIndex(u, nodeCount);
            int code = clusters.code(Objects.requireNonNull(clusterId, "cluster id must not be null"));
            int[] old = memberships.get(u);
            int[] now = old == null ? new int[] {code} : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = code;
            memberships.set(u, now);
            return this;
        }

        /** Records that node {@code u} took part in one more activity. */
        public Builder participated(int u) {
            Objects.checkIndex(u, nodeCount);
            activityCount[u]++;
            return this;
        }

        /** The index of a node already added. */
        public Optional<Integer> indexOf(String id) {
            return Optional.ofNullable(indexById.get(id));
        }

        /** The number of nodes added so far. */
        public int nodeCount() {
            return nodeCount;
        }

        /**
         * Adds a tie from {@code source} to {@code target}. Ties between the same two nodes are merged
         * when the graph is built; self-ties are ignored.
         *
         * @param since start day, or null when unknown
         * @throws IllegalArgumentException on an unknown node or a weight that is not positive
         */
        public Builder addTie(int source, int target, TieKind kind, double weight, LocalDate since) {
            Objects.checkIndex(source, nodeCount);
            Objects.checkIndex(target, nodeCount);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("tie weight must be a positive finite number, was " + weight);
            }
            if (source == target) {
                return this;
            }
            byte arcs;
            if (!kind.directed()) {
                arcs = ARC_LOW_TO_HIGH | ARC_HIGH_TO_LOW;
            } else {
                arcs = source < target ? ARC_LOW_TO_HIGH : ARC_HIGH_TO_LOW;
            }
            addMergedEdge(source, target, weight, (short) kind.bit(), arcs,
                    since == null ? UNKNOWN_DAY : (int) since.toEpochDay());
            return this;
        }

        /** Adds an unweighted, undirected tie of unspecified kind (for tests and benchmarks). */
        public Builder addEdge(int u, int v) {
            return addTie(u, v, TieKind.ALLIANCE, 1.0, null);
        }

        /**
         * Adds a copy of node {@code u} of another graph (id, name, kind, attributes, keywords,
         * clusters, activity count) and returns its index here.
         *
         * @throws IllegalArgumentException if its id was already added
         */
        public int copyNode(CollaborationGraph g, int u) {
            int c = addNode(g.id(u), g.name(u), g.kind(u));
            attributes(c, g.industry(u), g.region(u), g.country(u), g.sme(u));
            technologies[c] = g.technologies[u];
            offers[c] = g.offers[u];
            seeks[c] = g.seeks[u];
            activityCount[c] = g.activityCount[u];
            for (int code : g.clusterCodes(u)) {
                member(c, g.clusterIds[code]);
            }
            return c;
        }

        /**
         * Adds every edge of another graph whose two ends were copied here, as it is there (summed
         * weight, kinds, directions, first day): {@code map[u]} is the index here of node {@code u}
         * there, or negative when it was not copied. O(edges of g).
         *
         * @throws IllegalArgumentException if map does not have one entry per node of g
         */
        public Builder copyEdges(CollaborationGraph g, int[] map) {
            if (map.length != g.nodeCount()) {
                throw new IllegalArgumentException("map must have one entry per node (" + g.nodeCount() + "), had "
                        + map.length);
            }
            for (int u = 0; u < g.nodeCount(); u++) {
                if (map[u] < 0) {
                    continue;
                }
                for (int s = g.firstUpperSlot[u]; s < g.offsets[u + 1]; s++) {
                    int v = g.neighbours[s];
                    if (map[v] >= 0) {
                        int e = g.upperBase[u] + (s - g.firstUpperSlot[u]);
                        Objects.checkIndex(map[u], nodeCount);
                        Objects.checkIndex(map[v], nodeCount);
                        byte arcs = g.edgeArcs[e];
                        if (map[u] > map[v]) {
                            // The ends swap places in this numbering, so "low to high" swaps too.
                            arcs = (byte) (((arcs & ARC_LOW_TO_HIGH) != 0 ? ARC_HIGH_TO_LOW : 0)
                                    | ((arcs & ARC_HIGH_TO_LOW) != 0 ? ARC_LOW_TO_HIGH : 0));
                        }
                        addMergedEdge(map[u], map[v], g.weight(s), g.edgeKinds[e], arcs, g.edgeSince[e]);
                    }
                }
            }
            return this;
        }

        private void addMergedEdge(int u, int v, double weight, short kindMask, byte arcs, int since) {
            if (tieCount == tieLow.length) {
                int cap = tieLow.length * 2;
                tieLow = Arrays.copyOf(tieLow, cap);
                tieHigh = Arrays.copyOf(tieHigh, cap);
                tieWeight = Arrays.copyOf(tieWeight, cap);
                tieKinds = Arrays.copyOf(tieKinds, cap);
                tieArcs = Arrays.copyOf(tieArcs, cap);
                tieSince = Arrays.copyOf(tieSince, cap);
            }
            int t = tieCount++;
            tieLow[t] = Math.min(u, v);
            tieHigh[t] = Math.max(u, v);
            tieWeight[t] = weight;
            tieKinds[t] = kindMask;
            tieArcs[t] = arcs;
            tieSince[t] = since;
        }

        /** Builds the immutable graph. O(n + m). */
        public CollaborationGraph build() {
            int n = nodeCount;
            int[] order = sortTies(n);
            // Merge runs of equal (low, high) into unique edges, already in edge-id order.
            int unique = 0;
            int[] eLow = new int[tieCount];
            int[] eHigh = new int[tieCount];
            double[] eWeight = new double[tieCount];
            short[] eKinds = new short[tieCount];
            byte[] eArcs = new byte[tieCount];
            int[] eSince = new int[tieCount];
            boolean allOnes = true;
            for (int i = 0; i < tieCount; i++) {
                int t = order[i];
                if (unique > 0 && eLow[unique - 1] == tieLow[t] && eHigh[unique - 1] == tieHigh[t]) {
                    int e = unique - 1;
                    eWeight[e] += tieWeight[t];
                    eKinds[e] |= tieKinds[t];
                    eArcs[e] |= tieArcs[t];
                    eSince[e] = minDay(eSince[e], tieSince[t]);
                } else {
                    eLow[unique] = tieLow[t];
                    eHigh[unique] = tieHigh[t];
                    eWeight[unique] = tieWeight[t];
                    eKinds[unique] = tieKinds[t];
                    eArcs[unique] = tieArcs[t];
                    eSince[unique] = tieSince[t];
                    unique++;
                }
            }
            for (int e = 0; e < unique && allOnes; e++) {
                allOnes = eWeight[e] == 1.0;
            }
            int[] offsets = new int[n + 1];
            for (int e = 0; e < unique; e++) {
                offsets[eLow[e] + 1]++;
                offsets[eHigh[e] + 1]++;
            }
            for (int u = 0; u < n; u++) {
                offsets[u + 1] += offsets[u];
            }
            int[] fill = Arrays.copyOf(offsets, n);
            int[] neighbours = new int[2 * unique];
            double[] weights = allOnes ? null : new double[2 * unique];
            // Edges come sorted by (low, high): each row receives its lower neighbours in ascending
            // order before its upper ones, also ascending, so rows come out sorted.
            for (int e = 0; e < unique; e++) {
                int a = eLow[e];
                int b = eHigh[e];
                int sa = fill[a]++;
                int sb = fill[b]++;
                neighbours[sa] = b;
                neighbours[sb] = a;
                if (weights != null) {
                    weights[sa] = eWeight[e];
                    weights[sb] = eWeight[e];
                }
            }
            return new CollaborationGraph(this, offsets, neighbours, weights, Arrays.copyOf(eKinds, unique),
                    Arrays.copyOf(eArcs, unique), Arrays.copyOf(eSince, unique));
        }

        /** Tie indexes sorted by (low, high), by two stable counting passes. */
        private int[] sortTies(int n) {
            int[] byHigh = countingSort(null, tieHigh, n);
            return countingSort(byHigh, tieLow, n);
        }

        private int[] countingSort(int[] input, int[] key, int n) {
            int[] count = new int[n + 1];
            for (int i = 0; i < tieCount; i++) {
                count[key[i] + 1]++;
            }
            for (int k = 0; k < n; k++) {
                count[k + 1] += count[k];
            }
            int[] out = new int[tieCount];
            for (int i = 0; i < tieCount; i++) {
                int t = input == null ? i : input[i];
                out[count[key[t]]++] = t;
            }
            return out;
        }

        private static int minDay(int a, int b) {
            if (a == UNKNOWN_DAY) {
                return b;
            }
            if (b == UNKNOWN_DAY) {
                return a;
            }
            return Math.min(a, b);
        }
    }

    /** Interns attribute values to dense codes. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int code(String value) {
            if (value == null || value.isBlank()) {
                return -1;
            }
            return codes.computeIfAbsent(value, v -> {
                names.add(v);
                return names.size() - 1;
            });
        }

        String[] names() {
            return names.toArray(String[]::new);
        }
    }
}
