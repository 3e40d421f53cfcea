package io.kaonet.bench;

import io.kaonet.core.bridges.Bridges;
import io.kaonet.core.bridges.BridgesResult;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.brokerage.StructuralHolesResult;
import io.kaonet.core.cohesion.Clustering;
import io.kaonet.core.cohesion.ClusteringResult;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.ComponentsResult;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.cohesion.CoreDecompositionResult;
import io.kaonet.core.communities.CommunityResult;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.linkprediction.Candidate;
import io.kaonet.core.linkprediction.LinkPrediction;
import io.kaonet.core.linkprediction.LinkPredictionIndex;
import io.kaonet.core.linkprediction.ScoredPair;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Runs Kaonet's algorithms on one edge-list file and records their times, with a note of what
 * each computed (so that the answers can be compared with the peers' by eye).
 */
final class AlgorithmBenchmark {

    /** The actors whose matchmaking candidates are ranked: every (n/ACTORS)-th node. */
    static final int ACTORS = 1_000;
    /** Pairs kept by the whole-graph Adamic–Adar ranking. */
    static final int TOP_PAIRS = 100;
    static final long PIVOT_SEED = 7;

    private final Path edgeFile;
    private final Results results;
    private final Set<String> works;
    private final int threads;
    private final int pivots;

    AlgorithmBenchmark(Path edgeFile, Results results, Set<String> works, int threads, int pivots) {
        this.edgeFile = edgeFile;
        this.results = results;
        this.works = works;
        this.threads = threads;
        this.pivots = pivots;
    }

    void run() throws IOException {
        int n = EdgeListFile.nodeCount(edgeFile);
        long start = System.nanoTime();
        long[] edges = EdgeListFile.readEdges(edgeFile);
        double readSeconds = (System.nanoTime() - start) / 1e9;
        CollaborationGraph graph = measureMemory(n, edges, readSeconds);
        edges = null;

        if (works.contains("components")) {
            var t = results.time(() -> new Components(graph).compute());
            ComponentsResult r = t.value();
            results.record("components", t.seconds(), "ok", Results.format("%d components, giant %d; %d runs",
                    r.count(), r.giantSize(), t.runs()));
        }
        if (works.contains("bridges")) {
            var t = results.time(() -> new Bridges(graph).compute());
            BridgesResult r = t.value();
            results.record("bridges", t.seconds(), "ok", Results.format(
                    "%d bridges, %d articulation points (one pass); %d runs", r.bridgeCount(),
                    r.articulationPointCount(), t.runs()));
        }
        if (works.contains("kcore")) {
            var t = results.time(() -> new CoreDecomposition(graph, threads).compute());
            CoreDecompositionResult r = t.value();
            results.record("kcore", t.seconds(), "ok", Results.format("max core %d; %d threads, %d runs", r.maxCore(), threads, t.runs()));
        }
        if (works.contains("clustering")) {
            var t = results.time(() -> new Clustering(graph).compute());
            ClusteringResult r = t.value();
            results.record("clustering", t.seconds(), "ok", Results.format(
                    "local + average %.6f + transitivity %.6f; %d runs", r.averageZerosIncluded(), r.transitivity(),
                    t.runs()));
        }
        if (works.contains("constraint")) {
            var p = StructuralHoles.Parameters.unweighted().withThreads(threads);
            var t = results.time(() -> new StructuralHoles(graph, p).compute());
            StructuralHolesResult r = t.value();
            double sum = 0;
            for (double c : r.constraintAll()) {
                if (!Double.isNaN(c)) {
                    sum += c;
                }
            }
            results.record("constraint", t.seconds(), "ok", Results.format(
                    "constraint, effective size, efficiency, hierarchy; sum of constraint %.6f; %d threads, %d runs",
                    sum, threads, t.runs()));
        }
        if (works.contains("aa-candidates")) {
            LinkPrediction lp = new LinkPrediction(graph);
            int[] actors = IntStream.range(0, ACTORS).map(i -> (int) ((long) i * n / ACTORS)).toArray();
            var t = results.time(() -> {
                long count = 0;
                for (int u : actors) {
                    List<Candidate> best = lp.candidates(u, LinkPredictionIndex.ADAMIC_ADAR, 10, v -> true);
                    count += best.size();
                }
                return count;
            });
            results.record("aa-candidates", t.seconds(), "ok", Results.format(
                    "top 10 candidates of %d actors (%d listed); %d runs", ACTORS, t.value(), t.runs()));
        }
        if (works.contains("aa-top")) {
            LinkPrediction lp = new LinkPrediction(graph);
            var t = results.time(() -> lp.topPairs(LinkPredictionIndex.ADAMIC_ADAR, TOP_PAIRS));
            ScoredPair best = t.value().get(0);
            results.record("aa-top", t.seconds(), "ok", Results.format("top %d pairs, best %d-%d %.6f; %d runs",
                    TOP_PAIRS, best.u(), best.v(), best.score(LinkPredictionIndex.ADAMIC_ADAR), t.runs()));
        }
        if (works.contains("louvain")) {
            Louvain.Parameters p = Louvain.Parameters.DEFAULTS.withRandomStarts(1);
            var t = results.time(() -> new Louvain(graph, p).compute());
            CommunityResult r = t.value();
            results.record("louvain", t.seconds(), "ok", Results.format(
                    "1 random start (default is 10); modularity %.6f, %d communities, %d levels; %d runs",
                    r.modularity(), r.communityCount(), r.levels(), t.runs()));
        }
        BetweennessResult exact = null;
        if (works.contains("betweenness")) {
            var p = Betweenness.Parameters.exact().withThreads(threads);
            var t = results.time(() -> new Betweenness(graph, p).compute());
            exact = t.value();
            results.record("betweenness", t.seconds(), "ok", Results.format(
                    "exact; %d threads, %d searches (%d degree-one nodes folded), max %.6e; %d runs", threads,
                    exact.metadata().sources(), exact.metadata().foldedNodes(), max(exact.rawAll()), t.runs()));
        }
        if (works.contains("betweenness-sampled")) {
            var p = Betweenness.Parameters.sampled(pivots, PIVOT_SEED).withThreads(threads);
            var t = results.time(() -> new Betweenness(graph, p).compute());
            results.record("betweenness-sampled", t.seconds(), "ok",
                    sampledNote(t.value(), exact) + Results.format("; %d runs", t.runs()));
        }
        results.record("peak-heap", peakHeapBytes() / 1e6, "ok", Results.format(
                "MB: sum of the heap pools' peak use over the run, garbage included (an upper bound); max heap %d MB",
                Runtime.getRuntime().maxMemory() / 1_000_000));
    }

    /**
     * Builds the graph, recording its build time and its measured size per tie, and returns it. The
     * size is heap in use (after garbage collection) with the graph, less heap with a graph of the
     * same nodes and no ties, per tie; once as generated (unweighted), once with weights 1..3.
     */
    private CollaborationGraph measureMemory(int n, long[] edges, double readSeconds) {
        long before = usedAfterGc();
        CollaborationGraph probe = EdgeListFile.graph(n, new long[0]);
        long nodesBytes = usedAfterGc() - before;
        probe = weightedGraph(n, edges);
        long weightedBytes = usedAfterGc() - before;
        boolean weighted = probe.weighted();
        probe = null;
        long start = System.nanoTime();
        CollaborationGraph graph = EdgeListFile.graph(n, edges);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long graphBytes = usedAfterGc() - before;
        int m = graph.edgeCount();
        results.record("build-graph", buildSeconds, "ok", Results.format(
                "%d nodes, %d ties; reading the file took %.2f s", graph.nodeCount(), m, readSeconds));
        results.record("memory-per-tie", (graphBytes - nodesBytes) / (double) m, "ok", Results.format(
                "bytes per tie as generated (unit weights, none stored); whole graph %.1f MB, its nodes alone %.1f MB",
                graphBytes / 1e6, nodesBytes / 1e6));
        results.record("memory-per-tie-weighted", (weightedBytes - nodesBytes) / (double) m, "ok", Results.format(
                "bytes per tie with weights 1..3 stored (weighted=%b); whole graph %.1f MB", weighted,
                weightedBytes / 1e6));
        return graph;
    }

    private static CollaborationGraph weightedGraph(int n, long[] edges) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode(Integer.toString(u), null, ActorKind.COMPANY);
        }
        for (long e : edges) {
            int u = (int) (e >>> 32);
            int v = (int) e;
            b.addTie(u, v, TieKind.ALLIANCE, 1 + (u + v) % 3, null);
        }
        return b.build();
    }

    private static String sampledNote(BetweennessResult sampled, BetweennessResult exact) {
        int n = sampled.nodeCount();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer u) -> -sampled.raw(u)));
        int top = Math.min(100, n);
        double[] relativeSe = new double[top];
        for (int i = 0; i < top; i++) {
            int u = order[i];
            relativeSe[i] = sampled.standardError(u) / sampled.raw(u);
        }
        double[] sortedSe = relativeSe.clone();
        Arrays.sort(sortedSe);
        String note = Results.format("%d pivots (seed %d); top 100 brokers: relative standard error median %.1f%%,"
                        + " max %.1f%%, top-10 broker %.1f%%", sampled.metadata().sources(), PIVOT_SEED,
                100 * sortedSe[top / 2], 100 * sortedSe[top - 1], 100 * relativeSe[Math.min(9, top - 1)]);
        if (exact != null) {
            List<Double> errors = new ArrayList<>();
            int within = 0;
            for (int i = 0; i < top; i++) {
                int u = order[i];
                double err = Math.abs(sampled.raw(u) - exact.raw(u));
                errors.add(err / exact.raw(u));
                if (err <= 2 * sampled.standardError(u)) {
                    within++;
                }
            }
            errors.sort(null);
            note += Results.format("; against exact: relative error median %.1f%%, max %.1f%%, %d of %d within 2 SE",
                    100 * errors.get(top / 2), 100 * errors.get(top - 1), within, top);
        }
        return note;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
