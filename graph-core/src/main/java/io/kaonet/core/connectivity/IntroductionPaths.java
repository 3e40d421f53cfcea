package io.kaonet.core.connectivity;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.AsWeightedGraph;

/**
 * The k shortest chains of introductions between two actors: the k shortest simple paths between
 * them, each counted in ties (every tie one introduction, whatever its weight), found by Yen's
 * algorithm (Yen 1971, "Finding the k shortest loopless paths in a network"; JGraphT's {@link
 * YenShortestPathIterator}) run on the graph's zero-copy JGraphT view, its weights replaced by 1
 * through a view as well. A path lists its actors from the first actor to the second. Fewer than k
 * paths are returned when fewer exist. Among paths of equal length Yen's order decides which are
 * kept at the k-th place; the paths returned are listed by length, then by their actors' indexes.
 * O(k·n·(m + n log n)).
 */
public final class IntroductionPaths implements Analysis<IntroductionPathsResult> {

    /** The most paths one call may ask for. */
    public static final int MAX_PATHS = 100;

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @throws NullPointerException if an argument is null
     */
    public IntroductionPaths(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /**
     * Finds the paths; empty when either actor is not in the graph or no path joins them. One step
     * per path asked for; the flag is polled between paths.
     */
    @Override
    public IntroductionPathsResult compute(Execution execution) {
        execution.progress().expect(parameters.paths());
        Optional<Integer> from = graph.indexOf(parameters.sourceActorId());
        Optional<Integer> to = graph.indexOf(parameters.targetActorId());
        List<List<Integer>> paths = new ArrayList<>();
        if (from.isPresent() && to.isPresent()) {
            AsWeightedGraph<Integer, Integer> hops = new AsWeightedGraph<>(graph.asJGraphT(), e -> 1.0, false, false);
            YenShortestPathIterator<Integer, Integer> yen = new YenShortestPathIterator<>(hops, from.get(), to.get());
            while (paths.size() < parameters.paths()) {
                execution.step(1);
                if (!yen.hasNext()) {
                    execution.step(parameters.paths() - paths.size() - 1L);
                    break;
                }
                GraphPath<Integer, Integer> path = yen.next();
                paths.add(List.copyOf(path.getVertexList()));
            }
        } else {
            execution.step(parameters.paths());
        }
        paths.sort(Comparator.<List<Integer>>comparingInt(List::size).thenComparing(IntroductionPaths::lexicographic));
        return new IntroductionPathsResult(List.copyOf(paths));
    }

    private static int lexicographic(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * The two actors and how many paths.
     *
     * @param sourceActorId the actor the paths start from
     * @param targetActorId the actor they lead to
     * @param paths         how many paths, 1 to {@link #MAX_PATHS}
     */
    public record Parameters(String sourceActorId, String targetActorId, int paths) {

        /**
         * @throws IllegalArgumentException if an id is blank, both are the same, or paths is out of range
         */
        public Parameters {
            if (sourceActorId == null || sourceActorId.isBlank()) {
                throw new IllegalArgumentException("sourceActorId must not be blank");
            }
            if (targetActorId == null || targetActorId.isBlank()) {
                throw new IllegalArgumentException("targetActorId must not be blank");
            }
            if (sourceActorId.equals(targetActorId)) {
                throw new IllegalArgumentException("the two actors must differ, both were " + sourceActorId);
            }
            if (paths < 1 || paths > MAX_PATHS) {
                throw new IllegalArgumentException("paths must be 1 to " + MAX_PATHS + ", was " + paths);
            }
        }
    }
}
