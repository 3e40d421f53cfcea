package io.kaonet.core.connectivity;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Who separates two clusters: a smallest set of actors whose removal leaves no path between the
 * remaining members of one cluster and those of the other (a minimum vertex cut between the two
 * member sets). Any actor may be in the cut, a member of either cluster included (a cluster's only
 * gatekeeper is the cheapest cut); an actor that is a member of both is always in it. Its size is
 * the largest number of paths between the clusters that share no actor (Menger's theorem).
 *
 * <p>Computed as a maximum flow (Ford and Fulkerson 1956; Edmonds and Karp 1972, JGraphT's {@link
 * EdmondsKarpMFImpl}) on the vertex-split network: each actor {@code v} becomes an arc
 * {@code v_in → v_out} of capacity 1, each tie two arcs {@code u_out → v_in} and {@code v_out → u_in}
 * of a capacity no cut reaches, a source feeds every member of the first cluster and every member of
 * the second feeds a sink. The cut returned is the one nearest the first cluster: the split arcs
 * leaving the actors that the residual network still reaches from the source. JGraphT's flow
 * algorithms keep their own residual copy of whatever graph they are given, so the network is built
 * only over the connected components that hold a member of the first cluster. Unit capacities make
 * each augmenting search O(n + m) and there are at most as many as the cut is large: O(k·(n + m))
 * for a cut of k actors.
 */
public final class ClusterSeparation implements Analysis<ClusterSeparationResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @throws NullPointerException if an argument is null
     */
    public ClusterSeparation(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /**
     * Finds the cut. Steps: one per actor (finding the first cluster's components, then building
     * the network) and one for the flow, which is not polled inside.
     */
    @Override
    public ClusterSeparationResult compute(Execution execution) {
        int n = graph.nodeCount();
        execution.progress().expect(2L * n + 1);
        boolean[] first = members(parameters.firstClusterId());
        boolean[] second = members(parameters.secondClusterId());
        int firstCount = count(first);
        int secondCount = count(second);
        int shared = 0;
        for (int u = 0; u < n; u++) {
            shared += first[u] && second[u] ? 1 : 0;
        }
        boolean[] relevant = reachableFrom(first, execution);
        boolean connected = false;
        for (int u = 0; u < n && !connected; u++) {
            connected = relevant[u] && second[u];
        }
        if (!connected) {
            execution.step(n + 1L);
            return new ClusterSeparationResult(new int[0], firstCount, secondCount, shared, false);
        }
        Graph<Integer, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int source = 2 * n;
        int sink = 2 * n + 1;
        double unbounded = n + 1.0;
        network.addVertex(source);
        network.addVertex(sink);
        for (int u = 0; u < n; u++) {
            if (relevant[u]) {
                network.addVertex(2 * u);
                network.addVertex(2 * u + 1);
                network.setEdgeWeight(network.addEdge(2 * u, 2 * u + 1), 1.0);
            }
        }
        for (int u = 0; u < n; u++) {
            execution.step(1);
            if (!relevant[u]) {
                continue;
            }
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                network.setEdgeWeight(network.addEdge(2 * u + 1, 2 * graph.neighbour(s)), unbounded);
            }
            if (first[u]) {
                network.setEdgeWeight(network.addEdge(source, 2 * u), unbounded);
            }
            if (second[u]) {
                network.setEdgeWeight(network.addEdge(2 * u + 1, sink), unbounded);
            }
        }
        EdmondsKarpMFImpl<Integer, DefaultWeightedEdge> flow = new EdmondsKarpMFImpl<>(network);
        flow.calculateMinCut(source, sink);
        Set<Integer> sourceSide = flow.getSourcePartition();
        int[] cut = new int[n];
        int size = 0;
        for (int u = 0; u < n; u++) {
            if (relevant[u] && sourceSide.contains(2 * u) && !sourceSide.contains(2 * u + 1)) {
                cut[size++] = u;
            }
        }
        execution.step(1);
        return new ClusterSeparationResult(Arrays.copyOf(cut, size), firstCount, secondCount, shared, true);
    }

    private boolean[] members(String clusterId) {
        boolean[] in = new boolean[graph.nodeCount()];
        int code = graph.clusterIds().indexOf(clusterId);
        if (code >= 0) {
            for (int u = 0; u < in.length; u++) {
                in[u] = graph.memberOf(u, code);
            }
        }
        return in;
    }

    private static int count(boolean[] set) {
        int c = 0;
        for (boolean b : set) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** The actors of the components that hold a member of {@code start}; one step per actor. */
    private boolean[] reachableFrom(boolean[] start, Execution execution) {
        int n = graph.nodeCount();
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int u = 0; u < n; u++) {
            if (start[u]) {
                seen[u] = true;
                queue.add(u);
            }
        }
        int visited = 0;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            execution.step(1);
            visited++;
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int v = graph.neighbour(s);
                if (!seen[v]) {
                    seen[v] = true;
                    queue.add(v);
                }
            }
        }
        execution.step(n - visited);
        return seen;
    }

    /**
     * The two clusters to separate.
     *
     * @param firstClusterId  the cluster the cut is nearest to
     * @param secondClusterId the other cluster
     */
    public record Parameters(String firstClusterId, String secondClusterId) {

        /**
         * @throws IllegalArgumentException if an id is blank or both are the same
         */
        public Parameters {
            if (firstClusterId == null || firstClusterId.isBlank()) {
                throw new IllegalArgumentException("firstClusterId must not be blank");
            }
            if (secondClusterId == null || secondClusterId.isBlank()) {
                throw new IllegalArgumentException("secondClusterId must not be blank");
            }
            if (firstClusterId.equals(secondClusterId)) {
                throw new IllegalArgumentException("the two clusters must differ, both were " + firstClusterId);
            }
        }
    }
}
