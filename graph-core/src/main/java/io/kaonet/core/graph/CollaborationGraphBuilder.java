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

/**
 * Builds a {@link CollaborationGraph}: add nodes with their attributes, then ties between node
 * indexes; {@link #build()} merges parallel ties, drops self-ties and lays the ties out as
 * compressed sparse rows. Obtained from {@link CollaborationGraph#builder()}; not thread-safe.
 */
public final class CollaborationGraphBuilder {

    /** The start day of a tie whose start is not known, for {@link #addTie(int, int, TieKind, double, int)}. */
    public static final int NO_DAY = Topology.UNKNOWN_DAY;

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
    private final CodeDictionary industries = new CodeDictionary();
    private final CodeDictionary regions = new CodeDictionary();
    private final CodeDictionary countries = new CodeDictionary();
    private final CodeDictionary clusters = new CodeDictionary();
    private final Map<String, Integer> indexById = new HashMap<>();

    private int tieCount;
    private int[] tieLow = new int[16];
    private int[] tieHigh = new int[16];
    private double[] tieWeight = new double[16];
    private short[] tieFlags = new short[16];
    private int[] tieSince = new int[16];

    CollaborationGraphBuilder() {
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
    public CollaborationGraphBuilder attributes(int u, String industryName, String regionName, String countryCode,
                                                Boolean isSme) {
        Objects.checkIndex(u, nodeCount);
        industry[u] = industries.code(industryName);
        region[u] = regions.code(regionName);
        country[u] = countries.code(countryCode);
        sme[u] = isSme == null ? -1 : (byte) (isSme ? 1 : 0);
        return this;
    }

    /** Sets the keyword lists of node {@code u}. */
    public CollaborationGraphBuilder keywords(int u, List<String> tech, List<String> offered, List<String> sought) {
        Objects.checkIndex(u, nodeCount);
        technologies[u] = tech == null || tech.isEmpty() ? null : tech.toArray(String[]::new);
        offers[u] = offered == null || offered.isEmpty() ? null : offered.toArray(String[]::new);
        seeks[u] = sought == null || sought.isEmpty() ? null : sought.toArray(String[]::new);
        return this;
    }

    /** Records that node {@code u} is a member of a cluster. */
    public CollaborationGraphBuilder member(int u, String clusterId) {
        Objects.checkIndex(u, nodeCount);
        int code = clusters.code(Objects.requireNonNull(clusterId, "cluster id must not be null"));
        int[] old = memberships.get(u);
        int[] now = old == null ? new int[] {code} : Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = code;
        memberships.set(u, now);
        return this;
    }

    /** Records that node {@code u} took part in one more activity. */
    public CollaborationGraphBuilder participated(int u) {
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
    public CollaborationGraphBuilder addTie(int source, int target, TieKind kind, double weight, LocalDate since) {
        return addTie(source, target, kind, weight, since == null ? NO_DAY : (int) since.toEpochDay());
    }

    /**
     * As {@link #addTie(int, int, TieKind, double, LocalDate)} with the start day as a number (days
     * since 1970-01-01, {@link LocalDate#toEpochDay()}), or {@link #NO_DAY}: for readers that hold
     * days as numbers, so that no date object is made per tie.
     *
     * @throws IllegalArgumentException on an unknown node or a weight that is not positive
     */
    public CollaborationGraphBuilder addTie(int source, int target, TieKind kind, double weight, int sinceEpochDay) {
        Objects.checkIndex(source, nodeCount);
        Objects.checkIndex(target, nodeCount);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("tie weight must be a positive finite number, was " + weight);
        }
        if (source == target) {
            return this;
        }
        int arcs;
        if (!kind.directed()) {
            arcs = Topology.ARC_LOW_TO_HIGH | Topology.ARC_HIGH_TO_LOW;
        } else {
            arcs = source < target ? Topology.ARC_LOW_TO_HIGH : Topology.ARC_HIGH_TO_LOW;
        }
        addMergedEdge(source, target, weight, (short) (kind.bit() | arcs), sinceEpochDay);
        return this;
    }

    /** Adds an unweighted, undirected tie of unspecified kind (for tests and benchmarks). */
    public CollaborationGraphBuilder addEdge(int u, int v) {
        return addTie(u, v, TieKind.ALLIANCE, 1.0, null);
    }

    /**
     * Adds a copy of node {@code u} of another graph (id, name, kind, attributes, keywords,
     * clusters, activity count) and returns its index here.
     *
     * @throws IllegalArgumentException if its id was already added
     */
    public int copyNode(CollaborationGraph g, int u) {
        ActorColumns a = g.actors();
        int c = addNode(a.id(u), a.name(u), a.kind(u));
        attributes(c, a.industry(u), a.region(u), a.country(u), a.sme(u));
        technologies[c] = a.technologyArray(u);
        offers[c] = a.offerArray(u);
        seeks[c] = a.seekArray(u);
        activityCount[c] = a.activityCount(u);
        for (int code : a.clusterCodes(u)) {
            member(c, a.clusterId(code));
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
    public CollaborationGraphBuilder copyEdges(CollaborationGraph g, int[] map) {
        Topology t = g.topology();
        if (map.length != t.nodeCount()) {
            throw new IllegalArgumentException("map must have one entry per node (" + t.nodeCount() + "), had "
                    + map.length);
        }
        for (int u = 0; u < t.nodeCount(); u++) {
            if (map[u] < 0) {
                continue;
            }
            for (int s = t.firstUpperSlot(u); s < t.rowEnd(u); s++) {
                int v = t.neighbour(s);
                if (map[v] >= 0) {
                    int e = t.upperBase(u) + (s - t.firstUpperSlot(u));
                    Objects.checkIndex(map[u], nodeCount);
                    Objects.checkIndex(map[v], nodeCount);
                    int flags = t.flags(e);
                    if (map[u] > map[v]) {
                        // The ends swap places in this numbering, so "low to high" swaps too.
                        int arcs = flags & (Topology.ARC_LOW_TO_HIGH | Topology.ARC_HIGH_TO_LOW);
                        flags = (flags & ~(Topology.ARC_LOW_TO_HIGH | Topology.ARC_HIGH_TO_LOW))
                                | ((arcs & Topology.ARC_LOW_TO_HIGH) != 0 ? Topology.ARC_HIGH_TO_LOW : 0)
                                | ((arcs & Topology.ARC_HIGH_TO_LOW) != 0 ? Topology.ARC_LOW_TO_HIGH : 0);
                    }
                    addMergedEdge(map[u], map[v], t.weight(s), (short) flags, t.edgeSince(e));
                }
            }
        }
        return this;
    }

    private void addMergedEdge(int u, int v, double weight, short flags, int since) {
        if (tieCount == tieLow.length) {
            int cap = tieLow.length * 2;
            tieLow = Arrays.copyOf(tieLow, cap);
            tieHigh = Arrays.copyOf(tieHigh, cap);
            tieWeight = Arrays.copyOf(tieWeight, cap);
            tieFlags = Arrays.copyOf(tieFlags, cap);
            tieSince = Arrays.copyOf(tieSince, cap);
        }
        int t = tieCount++;
        tieLow[t] = Math.min(u, v);
        tieHigh[t] = Math.max(u, v);
        tieWeight[t] = weight;
        tieFlags[t] = flags;
        tieSince[t] = since;
    }

    /** Builds the immutable graph. O(n + m). */
    public CollaborationGraph build() {
        return new CollaborationGraph(buildTopology(), buildColumns());
    }

    private ActorColumns buildColumns() {
        int n = nodeCount;
        int[] membershipStart = new int[n + 1];
        int[][] perNode = new int[n][];
        int total = 0;
        for (int u = 0; u < n; u++) {
            int[] m = memberships.get(u);
            perNode[u] = m == null ? new int[0] : Arrays.stream(m).distinct().sorted().toArray();
            total += perNode[u].length;
        }
        int[] flat = new int[total];
        for (int u = 0, at = 0; u < n; u++) {
            membershipStart[u] = at;
            System.arraycopy(perNode[u], 0, flat, at, perNode[u].length);
            at += perNode[u].length;
        }
        membershipStart[n] = total;
        return new ActorColumns(Arrays.copyOf(ids, n), Arrays.copyOf(names, n), Arrays.copyOf(kinds, n),
                Arrays.copyOf(industry, n), Arrays.copyOf(region, n), Arrays.copyOf(country, n), Arrays.copyOf(sme, n),
                Arrays.copyOf(activityCount, n), Arrays.copyOf(technologies, n), Arrays.copyOf(offers, n),
                Arrays.copyOf(seeks, n), membershipStart, flat, industries.names(), regions.names(), countries.names(),
                clusters.names(), Map.copyOf(indexById));
    }

    private Topology buildTopology() {
        int n = nodeCount;
        int[] order = sortTies(n);
        // Merge runs of equal (low, high) into unique edges, already in edge-id order.
        int unique = 0;
        int[] eLow = new int[tieCount];
        int[] eHigh = new int[tieCount];
        double[] eWeight = new double[tieCount];
        short[] eFlags = new short[tieCount];
        int[] eSince = new int[tieCount];
        for (int i = 0; i < tieCount; i++) {
            int t = order[i];
            if (unique > 0 && eLow[unique - 1] == tieLow[t] && eHigh[unique - 1] == tieHigh[t]) {
                int e = unique - 1;
                eWeight[e] += tieWeight[t];
                eFlags[e] |= tieFlags[t];
                eSince[e] = minDay(eSince[e], tieSince[t]);
            } else {
                eLow[unique] = tieLow[t];
                eHigh[unique] = tieHigh[t];
                eWeight[unique] = tieWeight[t];
                eFlags[unique] = tieFlags[t];
                eSince[unique] = tieSince[t];
                unique++;
            }
        }
        boolean allOnes = true;
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
        return new Topology(offsets, neighbours, weights, Arrays.copyOf(eFlags, unique), Arrays.copyOf(eSince, unique));
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
        if (a == Topology.UNKNOWN_DAY) {
            return b;
        }
        if (b == Topology.UNKNOWN_DAY) {
            return a;
        }
        return Math.min(a, b);
    }
}
