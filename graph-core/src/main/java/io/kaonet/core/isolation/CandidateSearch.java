package io.kaonet.core.isolation;

import io.kaonet.core.graph.CollaborationGraph;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the candidates of {@link ConnectionCandidate}'s ranking for one firm and purpose at a time.
 *
 * <p>The eligible actors of each purpose (fitting kind, in a main component) are kept in pools sorted
 * by degree (descending) then node: overall, per cluster, per region and per (cluster, region). A
 * firm's candidates come first from its partners' eligible partners (the introduction tier, ranked in
 * full), then tier by tier from the pools, each tier taking at most the missing number from every
 * pool it merges: the best {@code k} of a union of sorted pools lie among the best {@code k} of each.
 */
final class CandidateSearch {

    private static final Comparator<int[]> BY_DEGREE = Comparator.<int[]>comparingInt(c -> -c[1])
            .thenComparingInt(c -> c[0]);

    private final CollaborationGraph graph;
    private final boolean[] inMain;
    private final Map<CandidatePurpose, Pools> pools = new EnumMap<>(CandidatePurpose.class);
    /** mark[v] == stamp: v is the firm, one of its partners, or already chosen for the current search. */
    private final int[] mark;
    private int stamp;

    CandidateSearch(CollaborationGraph graph, boolean[] inMain) {
        this.graph = graph;
        this.inMain = inMain;
        this.mark = new int[graph.nodeCount()];
    }

    /** Up to {@code k} candidates of this purpose for firm {@code f}, best first. */
    List<ConnectionCandidate> candidates(int f, CandidatePurpose purpose, int k) {
        Pools p = pools.computeIfAbsent(purpose, this::poolsOf);
        stamp++;
        mark[f] = stamp;
        for (int s = graph.rowStart(f), end = graph.rowEnd(f); s < end; s++) {
            mark[graph.neighbour(s)] = stamp;
        }
        List<ConnectionCandidate> out = new ArrayList<>(k);

        // Tier 0: reachable through a partner, ranked by the remaining criteria.
        List<ConnectionCandidate> introduced = new ArrayList<>();
        for (int s = graph.rowStart(f), end = graph.rowEnd(f); s < end; s++) {
            int q = graph.neighbour(s);
            for (int t = graph.rowStart(q), tEnd = graph.rowEnd(q); t < tEnd; t++) {
                int c = graph.neighbour(t);
                if (mark[c] != stamp && p.eligible[c]) {
                    mark[c] = stamp;
                    introduced.add(candidate(f, c, purpose, q));
                }
            }
        }
        introduced.sort(Comparator.comparingInt(CandidateSearch::proximity)
                .thenComparingInt(c -> -c.partners()).thenComparingInt(ConnectionCandidate::node));
        for (int i = 0; i < introduced.size() && out.size() < k; i++) {
            out.add(introduced.get(i));
        }

        int[] clusters = graph.clusterCodes(f);
        int region = graph.regionCode(f);
        if (region >= 0) {
            List<int[]> sameBoth = new ArrayList<>();
            for (int c : clusters) {
                sameBoth.add(p.byClusterAndRegion.get(key(c, region)));
            }
            take(f, purpose, sameBoth, k, out);
        }
        List<int[]> sameCluster = new ArrayList<>();
        for (int c : clusters) {
            sameCluster.add(p.byCluster.get(c));
        }
        take(f, purpose, sameCluster, k, out);
        if (region >= 0) {
            take(f, purpose, List.of(p.byRegion.getOrDefault(region, new int[0])), k, out);
        }
        take(f, purpose, List.of(p.all), k, out);
        return out;
    }

    /** Adds the best unmarked nodes of the union of these pools until {@code out} holds {@code k}. */
    private void take(int f, CandidatePurpose purpose, List<int[]> sortedPools, int k, List<ConnectionCandidate> out) {
        int need = k - out.size();
        if (need <= 0) {
            return;
        }
        List<int[]> found = new ArrayList<>();
        for (int[] pool : sortedPools) {
            if (pool == null) {
                continue;
            }
            int taken = 0;
            for (int i = 0; i < pool.length && taken < need; i++) {
                int c = pool[i];
                if (mark[c] != stamp) {
                    found.add(new int[] {c, graph.degree(c)});
                    taken++;
                }
            }
        }
        found.sort(BY_DEGREE);
        for (int i = 0; i < found.size() && out.size() < k; i++) {
            int c = found.get(i)[0];
            if (mark[c] != stamp) {
                mark[c] = stamp;
                out.add(candidate(f, c, purpose, ConnectionCandidate.NO_INTRODUCER));
            }
        }
    }

    private ConnectionCandidate candidate(int f, int c, CandidatePurpose purpose, int introducer) {
        int[] a = graph.clusterCodes(f);
        int[] b = graph.clusterCodes(c);
        List<Integer> shared = new ArrayList<>();
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared.add(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        boolean sameRegion = graph.regionCode(f) >= 0 && graph.regionCode(f) == graph.regionCode(c);
        return new ConnectionCandidate(c, purpose, introducer, shared, sameRegion, graph.degree(c));
    }

    /** 0: shares a cluster and the region; 1: a cluster; 2: the region; 3: neither. */
    private static int proximity(ConnectionCandidate c) {
        if (c.sharesCluster()) {
            return c.sameRegion() ? 0 : 1;
        }
        return c.sameRegion() ? 2 : 3;
    }

    private Pools poolsOf(CandidatePurpose purpose) {
        int n = graph.nodeCount();
        boolean[] eligible = new boolean[n];
        IntArrayList all = new IntArrayList();
        for (int u = 0; u < n; u++) {
            if (inMain[u] && purpose.accepts(graph.kind(u))) {
                eligible[u] = true;
                all.add(u);
            }
        }
        int[] sorted = all.toIntArray();
        sortByDegree(sorted);
        Map<Integer, IntArrayList> byCluster = new HashMap<>();
        Map<Integer, IntArrayList> byRegion = new HashMap<>();
        Long2ObjectOpenHashMap<IntArrayList> byBoth = new Long2ObjectOpenHashMap<>();
        for (int u : sorted) {
            int region = graph.regionCode(u);
            if (region >= 0) {
                byRegion.computeIfAbsent(region, r -> new IntArrayList()).add(u);
            }
            for (int c : graph.clusterCodes(u)) {
                byCluster.computeIfAbsent(c, x -> new IntArrayList()).add(u);
                if (region >= 0) {
                    byBoth.computeIfAbsent(key(c, region), x -> new IntArrayList()).add(u);
                }
            }
        }
        Pools p = new Pools(eligible, sorted);
        byCluster.forEach((c, list) -> p.byCluster.put(c, list.toIntArray()));
        byRegion.forEach((r, list) -> p.byRegion.put(r, list.toIntArray()));
        byBoth.forEach((k, list) -> p.byClusterAndRegion.put(k.longValue(), list.toIntArray()));
        return p;
    }

    private void sortByDegree(int[] nodes) {
        Integer[] boxed = Arrays.stream(nodes).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.<Integer>comparingInt(u -> -graph.degree(u)).thenComparingInt(u -> u));
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = boxed[i];
        }
    }

    private static long key(int cluster, int region) {
        return ((long) cluster << 32) | (region & 0xFFFFFFFFL);
    }

    /** Eligible actors of one purpose, each pool sorted by degree (descending) then node. */
    private static final class Pools {
        final boolean[] eligible;
        final int[] all;
        final Map<Integer, int[]> byCluster = new HashMap<>();
        final Map<Integer, int[]> byRegion = new HashMap<>();
        final Map<Long, int[]> byClusterAndRegion = new HashMap<>();

        Pools(boolean[] eligible, int[] all) {
            this.eligible = eligible;
            this.all = all;
        }
    }
}
