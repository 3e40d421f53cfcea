package io.kaonet.core.brokerage;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Gould–Fernandez role counts of every node with their expected values, standard deviations and
 * z-scores under {@code sna::brokerage}'s null model, the same for the whole network, and on demand
 * the pairs of groups each broker connects. See {@link BrokerageRoles}.
 */
public final class BrokerageResult {

    private static final int ROLES = BrokerageRole.values().length;

    private final long[] raw;
    private final Grouping grouping;
    private final BrokerageMoments moments;
    private final Adjacency out;
    private final long[] globalRaw = new long[ROLES];
    private final Metadata metadata;

    BrokerageResult(long[] raw, Grouping grouping, BrokerageMoments moments, Adjacency out, Metadata metadata) {
        this.raw = raw;
        this.grouping = grouping;
        this.moments = moments;
        this.out = out;
        this.metadata = metadata;
        for (int i = 0; i < raw.length; i++) {
            globalRaw[i % ROLES] += raw[i];
        }
    }

    /** The number of pairs {@code u} brokers in this role. */
    public long raw(int u, BrokerageRole role) {
        return raw[u * ROLES + role.ordinal()];
    }

    /** The expected count for a broker in {@code u}'s group. */
    public double expected(int u, BrokerageRole role) {
        return moments.expected[grouping.dense[u]][role.ordinal()];
    }

    /** The standard deviation of the count for a broker in {@code u}'s group. */
    public double standardDeviation(int u, BrokerageRole role) {
        return Math.sqrt(moments.variance[grouping.dense[u]][role.ordinal()]);
    }

    /** (raw − expected) / standard deviation; NaN or infinite where the standard deviation is 0. */
    public double z(int u, BrokerageRole role) {
        return (raw(u, role) - expected(u, role)) / standardDeviation(u, role);
    }

    /** The number of brokered pairs in this role over all brokers. */
    public long globalRaw(BrokerageRole role) {
        return globalRaw[role.ordinal()];
    }

    /** The expected network-wide count. */
    public double globalExpected(BrokerageRole role) {
        return moments.globalExpected[role.ordinal()];
    }

    /** The standard deviation of the network-wide count. */
    public double globalStandardDeviation(BrokerageRole role) {
        return Math.sqrt(moments.globalVariance[role.ordinal()]);
    }

    /** (global raw − global expected) / global standard deviation. */
    public double globalZ(BrokerageRole role) {
        return (globalRaw(role) - globalExpected(role)) / globalStandardDeviation(role);
    }

    /** The caller's group code of {@code u}. */
    public int group(int u) {
        return grouping.codes[grouping.dense[u]];
    }

    /** The distinct group codes, in order of first appearance. */
    public int[] groups() {
        return grouping.codes.clone();
    }

    /** The number of nodes with this group code (0 for a code no node has). */
    public long groupSize(int code) {
        for (int g = 0; g < grouping.codes.length; g++) {
            if (grouping.codes[g] == code) {
                return grouping.sizeOf(g);
            }
        }
        return 0;
    }

    /** The number of nodes. */
    public int nodeCount() {
        return grouping.dense.length;
    }

    /** How the counts were computed. */
    public Metadata metadata() {
        return metadata;
    }

    /**
     * Which groups {@code broker} connects: for every pair of groups (of {@code a}, of {@code c})
     * among the pairs it brokers, how many pairs, and in which role; most pairs first. The counts add
     * up to {@link #raw(int, BrokerageRole)} per role. Computed on each call in
     * O(Σ_{a→broker} outdeg(a) · log outdeg(broker) + g_in·g_out).
     */
    public List<GroupPair> groupPairs(int broker) {
        Objects.checkIndex(broker, nodeCount());
        Adjacency in = out.reversed();
        int[] group = grouping.dense;
        int b0 = out.start[broker];
        int b1 = out.start[broker + 1];
        Int2LongOpenHashMap fromGroup = new Int2LongOpenHashMap();
        Int2LongOpenHashMap toGroup = new Int2LongOpenHashMap();
        Long2LongOpenHashMap closed = new Long2LongOpenHashMap();
        for (int e = b0; e < b1; e++) {
            toGroup.addTo(group[out.target[e]], 1);
        }
        for (int f = in.start[broker]; f < in.start[broker + 1]; f++) {
            int a = in.target[f];
            int ga = group[a];
            fromGroup.addTo(ga, 1);
            if (Arrays.binarySearch(out.target, b0, b1, a) >= 0) {
                closed.addTo(key(ga, ga), 1);
            }
            for (int e = out.start[a]; e < out.start[a + 1]; e++) {
                int c = out.target[e];
                if (Arrays.binarySearch(out.target, b0, b1, c) >= 0) {
                    closed.addTo(key(ga, group[c]), 1);
                }
            }
        }
        int gb = group[broker];
        List<GroupPair> pairs = new ArrayList<>();
        for (var from : fromGroup.int2LongEntrySet()) {
            for (var to : toGroup.int2LongEntrySet()) {
                int ga = from.getIntKey();
                int gc = to.getIntKey();
                long count = from.getLongValue() * to.getLongValue() - closed.get(key(ga, gc));
                if (count > 0) {
                    pairs.add(new GroupPair(grouping.codes[ga], grouping.codes[gc], BrokerageRole.of(ga, gb, gc),
                            count));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(GroupPair::pairs).reversed()
                .thenComparingInt(GroupPair::groupOfA).thenComparingInt(GroupPair::groupOfC));
        return List.copyOf(pairs);
    }

    private static long key(int ga, int gc) {
        return ((long) ga << 32) | (gc & 0xFFFFFFFFL);
    }

    /**
     * Pairs a broker connects between two groups.
     *
     * @param groupOfA the caller's group code of the sending ends {@code a}
     * @param groupOfC the caller's group code of the receiving ends {@code c}
     * @param role the broker's role between these groups
     * @param pairs the number of brokered pairs {@code (a, c)}
     */
    public record GroupPair(int groupOfA, int groupOfC, BrokerageRole role, long pairs) {
    }

    /**
     * How the counts were computed.
     *
     * @param direction how ties were read
     * @param groupCount the number of distinct groups
     * @param arcs the number of arcs
     * @param density arcs / (n(n−1)), the null model's arc probability
     * @param threads the worker threads used
     */
    public record Metadata(Direction direction, int groupCount, int arcs, double density, int threads) {
    }
}
