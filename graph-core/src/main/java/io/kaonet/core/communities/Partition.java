package io.kaonet.core.communities;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable partition of nodes {@code 0..n-1} into communities.
 *
 * <p>Communities are numbered {@code 0..count()-1} in order of their lowest node: node 0 is always
 * in community 0, and the first node not in communities {@code 0..c-1} opens community {@code c}.
 * Two partitions that group the nodes alike are therefore {@link #equals(Object) equal}, whatever
 * labels they were built from. Building one is O(n).
 */
public final class Partition {

    private final int[] community;
    private final int[] sizes;

    private Partition(int[] canonical, int count) {
        this.community = canonical;
        this.sizes = new int[count];
        for (int c : canonical) {
            sizes[c]++;
        }
    }

    /**
     * The partition that puts nodes with equal labels together; labels are any ints and are
     * renumbered.
     *
     * @param labels one label per node
     */
    public static Partition of(int[] labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        int[] canonical = new int[labels.length];
        Int2IntOpenHashMap renumber = new Int2IntOpenHashMap();
        renumber.defaultReturnValue(-1);
        int count = 0;
        for (int u = 0; u < labels.length; u++) {
            int c = renumber.putIfAbsent(labels[u], count);
            if (c < 0) {
                c = count++;
            }
            canonical[u] = c;
        }
        return new Partition(canonical, count);
    }

    /**
     * Labels known to lie in {@code 0..labelBound-1}, renumbered with an array instead of a hash
     * map; the input is not kept.
     */
    static Partition ofBounded(int[] labels, int labelBound) {
        int[] renumber = new int[labelBound];
        Arrays.fill(renumber, -1);
        int[] canonical = new int[labels.length];
        int count = 0;
        for (int u = 0; u < labels.length; u++) {
            int l = labels[u];
            if (renumber[l] < 0) {
                renumber[l] = count++;
            }
            canonical[u] = renumber[l];
        }
        return new Partition(canonical, count);
    }

    /**
     * The partition with the given groups; every node must lie in exactly one group.
     *
     * @param nodeCount the number of nodes
     * @param groups    the node indexes of each community
     * @throws IllegalArgumentException if a node is outside {@code 0..nodeCount-1}, in two groups,
     *                                  or in none
     */
    public static Partition ofGroups(int nodeCount, List<int[]> groups) {
        if (nodeCount < 0) {
            throw new IllegalArgumentException("node count must not be negative, was " + nodeCount);
        }
        int[] labels = new int[nodeCount];
        Arrays.fill(labels, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (int u : groups.get(g)) {
                if (u < 0 || u >= nodeCount) {
                    throw new IllegalArgumentException("node " + u + " is outside 0.." + (nodeCount - 1));
                }
                if (labels[u] >= 0) {
                    throw new IllegalArgumentException("node " + u + " is in two groups");
                }
                labels[u] = g;
            }
        }
        for (int u = 0; u < nodeCount; u++) {
            if (labels[u] < 0) {
                throw new IllegalArgumentException("node " + u + " is in no group");
            }
        }
        return ofBounded(labels, Math.max(groups.size(), 1));
    }

    /** Every node in a community of its own. */
    public static Partition singletons(int nodeCount) {
        int[] labels = new int[nodeCount];
        Arrays.setAll(labels, u -> u);
        return new Partition(labels, nodeCount);
    }

    /** The number of nodes partitioned. */
    public int nodeCount() {
        return community.length;
    }

    /** The number of communities. */
    public int count() {
        return sizes.length;
    }

    /** The community of node {@code u}. */
    public int communityOf(int u) {
        return community[u];
    }

    /** The number of nodes in community {@code c}. */
    public int size(int c) {
        return sizes[c];
    }

    /** The nodes of community {@code c}, ascending. O(n). */
    public int[] members(int c) {
        Objects.checkIndex(c, sizes.length);
        int[] out = new int[sizes[c]];
        for (int u = 0, i = 0; u < community.length; u++) {
            if (community[u] == c) {
                out[i++] = u;
            }
        }
        return out;
    }

    /** The members of every community, indexed by community; each ascending. O(n). */
    public List<int[]> groups() {
        int[][] out = new int[sizes.length][];
        int[] fill = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            out[c] = new int[sizes[c]];
        }
        for (int u = 0; u < community.length; u++) {
            int c = community[u];
            out[c][fill[c]++] = u;
        }
        return List.of(out);
    }

    /** The community of every node, indexed by node. */
    public int[] toArray() {
        return community.clone();
    }

    /** Community sizes, indexed by community. */
    public int[] sizes() {
        return sizes.clone();
    }

    int[] array() {
        return community;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p && Arrays.equals(community, p.community);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(community);
    }

    @Override
    public String toString() {
        return "Partition[nodes=" + community.length + ", communities=" + sizes.length + "]";
    }
}
