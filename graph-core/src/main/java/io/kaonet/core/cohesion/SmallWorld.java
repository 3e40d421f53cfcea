package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The small-world coefficient σ of Humphries &amp; Gurney (2008, "Network 'small-world-ness': a
 * quantitative method for determining canonical network equivalence", PLoS ONE 3(4) e0002002):
 * {@code σ = (C / C_rand) / (L / L_rand)}, where {@code C} is the clustering and {@code L} the mean
 * shortest-path length of the graph, and {@code C_rand}, {@code L_rand} their means over seeded
 * Erdős–Rényi G(n, m) graphs with the same numbers of nodes and edges. σ well above 1 marks a small
 * world.
 *
 * <p>Conventions. {@code C} is transitivity by default (Humphries &amp; Gurney's {@code C^Δ}), or
 * the average local clustering with low-degree nodes counted as 0 ({@code C^ws}). {@code L} is the
 * mean over connected pairs ({@link Distances}), in the graph and in each random graph alike.
 * With {@link Domain#GIANT_COMPONENT} (the default) σ is measured on the giant component only and
 * the random graphs have its node and edge counts; with {@link Domain#WHOLE_GRAPH} on the whole
 * graph. σ is NaN when a ratio is 0/0 (e.g. no triangle anywhere) and infinite when the graph has
 * triangles but no random graph does. Unlike NetworkX's {@code sigma}, the reference graphs are
 * G(n, m), not degree-preserving rewirings, as in the paper.
 *
 * <p>Cost: the clustering and distance measurements on the graph and on {@code randomGraphs}
 * graphs of the same size (see {@link Clustering} and {@link Distances}). Deterministic for a
 * seed: random graph {@code i} and its distance sample use the {@code i}-th value drawn from the
 * seed.
 */
public final class SmallWorld implements Analysis<SmallWorldResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph to measure
     * @param parameters number of random graphs, seed, domain, clustering measure, distances
     * @throws NullPointerException if an argument is null
     */
    public SmallWorld(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Measures the graph and the random graphs. */
    @Override
    public SmallWorldResult compute(Execution execution) {
        CollaborationGraph measured = parameters.domain() == Domain.GIANT_COMPONENT ? giantComponent(graph) : graph;
        int n = measured.nodeCount();
        int m = measured.edgeCount();
        double c = clustering(measured);
        DistancesResult distances = new Distances(measured, parameters.distances()).compute(execution);
        double l = distances.meanDistance();

        int r = parameters.randomGraphs();
        double[] randomC = new double[r];
        double[] randomL = new double[r];
        SplittableRandom seeds = new SplittableRandom(parameters.seed());
        for (int i = 0; i < r; i++) {
            long seed = seeds.nextLong();
            CollaborationGraph random = RandomGraphs.gnm(n, m, new SplittableRandom(seed));
            randomC[i] = clustering(random);
            randomL[i] = new Distances(random, parameters.distances().withSeed(seed)).compute(execution).meanDistance();
        }
        double meanC = mean(randomC);
        double meanL = mean(randomL);
        double sigma = (c / meanC) / (l / meanL);
        return new SmallWorldResult(sigma, c, l, meanC, meanL, standardDeviation(randomC, meanC),
                standardDeviation(randomL, meanL), r, parameters.seed(), parameters.domain(), parameters.clustering(),
                n, m, distances.sampled());
    }

    private double clustering(CollaborationGraph g) {
        ClusteringResult result = new Clustering(g).compute();
        return parameters.clustering() == ClusteringMeasure.TRANSITIVITY
                ? result.transitivity() : result.averageZerosIncluded();
    }

    static CollaborationGraph giantComponent(CollaborationGraph g) {
        ComponentsResult components = new Components(g).compute();
        if (components.count() <= 1) {
            return g;
        }
        boolean[] keep = new boolean[g.nodeCount()];
        for (int u = 0; u < keep.length; u++) {
            keep[u] = components.inGiant(u);
        }
        return g.induced(keep);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** Which part of the graph σ is measured on. */
    public enum Domain {
        /** The largest connected component, compared with random graphs of its size. */
        GIANT_COMPONENT,
        /** The whole graph, isolates and small components included. */
        WHOLE_GRAPH
    }

    /** Which clustering coefficient stands for C. */
    public enum ClusteringMeasure {
        /** Transitivity, 3 × triangles / connected triples (Humphries &amp; Gurney's C^Δ). */
        TRANSITIVITY,
        /** Mean local clustering, nodes of degree below 2 counted as 0 (Watts–Strogatz C^ws). */
        AVERAGE_LOCAL
    }

    /**
     * How to measure σ.
     *
     * @param randomGraphs the number of G(n, m) reference graphs
     * @param seed         the seed the reference graphs are drawn from
     * @param domain       giant component or whole graph
     * @param clustering   the clustering coefficient used as C
     * @param distances    how L is measured, on the graph and on the reference graphs
     */
    public record Parameters(int randomGraphs, long seed, Domain domain, ClusteringMeasure clustering,
                             Distances.Parameters distances) {

        /** The default number of reference graphs. */
        public static final int DEFAULT_RANDOM_GRAPHS = 20;
        /** The default seed. */
        public static final long DEFAULT_SEED = 20_080_401L;

        /**
         * @throws IllegalArgumentException if {@code randomGraphs < 1}
         * @throws NullPointerException     if an enum or the distance parameters are null
         */
        public Parameters {
            if (randomGraphs < 1) {
                throw new IllegalArgumentException("random graphs must be at least 1, was " + randomGraphs);
            }
            Objects.requireNonNull(domain, "domain must not be null");
            Objects.requireNonNull(clustering, "clustering must not be null");
            Objects.requireNonNull(distances, "distances must not be null");
        }

        /** 20 reference graphs, the default seed, giant component, transitivity, default distances. */
        public static Parameters defaults() {
            return new Parameters(DEFAULT_RANDOM_GRAPHS, DEFAULT_SEED, Domain.GIANT_COMPONENT,
                    ClusteringMeasure.TRANSITIVITY, Distances.Parameters.defaults());
        }
    }
}
