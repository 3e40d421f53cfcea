package io.kaonet.api.limits;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import io.kaonet.api.cohesion.CohesionController;
import io.kaonet.api.jobs.RequestDataVersion;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.StoreQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.stereotype.Component;

/**
 * Prices every analysis field of an operation before it runs, from the size of its scope and the
 * complexity of its algorithm. The size is that of the scope's cached projection when there is one
 * (actors n, ties m and the exact sum of squared degrees), otherwise the store's counts of actors
 * and ties, an upper bound for any scope. The work of a field, in elementary steps, follows its
 * algorithm: exact betweenness and distances n·(n+m), Burt's constraint Σdeg², Louvain's ten starts
 * 10·m·log₂n, a KPI series one cohesion per period, and so on ({@link #PRICES}). One unit of cost is
 * 100,000 steps, about a millisecond of one core on the reference machine of docs/benchmarks.md.
 *
 * <p>Written here because graphql-java's cost instrumentations count fields, not the work a field
 * does on data whose size is only known to the application.
 */
@Component
public class AnalysisCost {

    /** Elementary steps per unit of cost. */
    static final double STEPS_PER_UNIT = 100_000;
    /** Distances are exact up to this many actors and sampled above (cohesion's rule). */
    static final int EXACT_DISTANCES = 10_000;
    /** The longest series of years a kpiSeries takes. */
    static final int MAX_YEARS = 100;
    /** Louvain and Leiden keep the best of this many seeded starts. */
    static final int COMMUNITY_STARTS = 10;

    /** A scope's size: actors, ties, the sum of squared degrees, and whether it was measured (cached). */
    record Size(long actors, long ties, double degreeSquares, boolean measured) {

        static Size of(CollaborationGraph graph) {
            double squares = 0;
            for (int u = 0; u < graph.nodeCount(); u++) {
                squares += (double) graph.degree(u) * graph.degree(u);
            }
            return new Size(graph.nodeCount(), graph.edgeCount(), squares, true);
        }

        /** Without a projection: Σdeg² estimated as four times that of a regular graph of the same mean degree. */
        static Size estimated(long actors, long ties) {
            double mean = actors == 0 ? 0 : 2.0 * ties / actors;
            return new Size(actors, ties, 4 * actors * mean * mean, false);
        }

        double nm() {
            return (double) Math.min(actors, EXACT_DISTANCES) * (actors + ties);
        }

        double linear() {
            return actors + ties;
        }

        double log() {
            return Math.max(1, Math.log(Math.max(2, actors)) / Math.log(2));
        }
    }

    /** One priced field: where it is in the operation, its estimated cost and the scope size it used. */
    public record Price(String field, String path, long cost, Size size) {
    }

    /** The work of each analysis, in steps, from the scope's size and the field's arguments. */
    static final Map<String, BiFunction<Size, Map<String, Object>, Double>> PRICES = Map.ofEntries(
            Map.entry("summary", (s, a) -> s.linear() + s.degreeSquares()),
            Map.entry("cohesion", (s, a) -> s.nm() + s.degreeSquares()),
            Map.entry("cohesionByCluster", (s, a) -> s.nm() + s.degreeSquares()),
            Map.entry("cohesionByKind", (s, a) -> s.nm() + s.degreeSquares()),
            // Arguments out of range are priced at their largest valid value: the resolver refuses them.
            Map.entry("smallWorld", (s, a) -> (Math.min(integer(a, "randomGraphs", 20), CohesionController.MAX_RANDOM_GRAPHS) + 1)
                    * (s.nm() + s.degreeSquares())),
            Map.entry("kCores", (s, a) -> s.linear()),
            Map.entry("twoStepReach", (s, a) -> s.linear() + s.degreeSquares()),
            Map.entry("collaborationRatios", (s, a) -> s.linear()),
            Map.entry("communities", (s, a) -> COMMUNITY_STARTS * s.ties() * s.log() + s.linear()),
            Map.entry("brokers", (s, a) -> (a.get("pivots") instanceof Integer p ? Math.min(p, s.actors()) * s.linear() : s.nm())
                    + 2 * s.degreeSquares()),
            Map.entry("isolatedFirms", (s, a) -> s.linear() * (integer(a, "candidates", 3) + 1) + s.degreeSquares()),
            Map.entry("crossIndustryTies", (s, a) -> s.ties() * s.log() * s.log() + s.degreeSquares()),
            Map.entry("industryMatrix", (s, a) -> s.linear()),
            Map.entry("eiIndex", (s, a) -> s.linear()),
            Map.entry("interClusterLinks", (s, a) -> s.linear() + 2 * s.degreeSquares()),
            Map.entry("graph", (s, a) -> (double) s.actors() * s.actors() + s.nm()),
            Map.entry("ego", (s, a) -> (double) s.actors() * s.actors() + s.nm()),
            Map.entry("export", (s, a) -> s.linear() * 10),
            Map.entry("candidates", (s, a) -> COMMUNITY_STARTS * s.ties() * s.log() + s.degreeSquares() + s.linear() * 10),
            Map.entry("clusterIntroductions", (s, a) -> COMMUNITY_STARTS * s.ties() * s.log() + s.nm()),
            Map.entry("kpiSeries", (s, a) -> periods(a) * (s.nm() + s.degreeSquares() + s.linear())),
            Map.entry("changes", (s, a) -> 2 * (s.nm() + s.degreeSquares())),
            Map.entry("scorecard", (s, a) -> s.nm() + s.degreeSquares()),
            // A flow on the vertex-split network: one augmenting search per actor of the cut, at most
            // the smaller cluster's size, priced at its bound n; building the network 10 steps per actor and tie.
            Map.entry("clusterSeparation", (s, a) -> s.nm() + 10 * s.linear()),
            // Yen: per path, one Dijkstra (n + m)·log n per actor of the path before it, about log n of them.
            Map.entry("introductionPaths", (s, a) -> Math.min(integer(a, "first", 3), 100) * s.log() * s.log()
                    * s.linear()));

    /** Root fields that are analyses too (deprecated: the same analyses under network(scope)). */
    private static final List<String> ROOT_ANALYSES = List.of("candidates", "changes", "kpiSeries", "scorecard",
            "clusterIntroductions");

    private final Projections projections;
    private final StoreQueries store;
    private final RequestDataVersion versions;
    private final GraphQlArgumentBinder binder = new GraphQlArgumentBinder();

    public AnalysisCost(Projections projections, StoreQueries store, RequestDataVersion versions) {
        this.projections = projections;
        this.store = store;
        this.versions = versions;
    }

    /** The price of every analysis field of the operation, in the order of the operation. */
    public List<Price> prices(ExecutableNormalizedOperation operation) {
        List<Price> prices = new ArrayList<>();
        Size whole = null;
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            String name = root.getFieldName();
            if (name.equals("network")) {
                Size size = size(root.getResolvedArguments().get("scope"));
                for (ExecutableNormalizedField child : root.getChildren()) {
                    price(prices, child, root.getResultKey() + "." + child.getResultKey(), size);
                }
            } else if (ROOT_ANALYSES.contains(name) && root.getObjectTypeNames().contains("Query")) {
                Size size = name.equals("scorecard") ? size(null) : size(root.getResolvedArguments().get("scope"));
                price(prices, root, root.getResultKey(), size);
            }
        }
        return prices;
    }

    private static void price(List<Price> prices, ExecutableNormalizedField field, String path, Size size) {
        BiFunction<Size, Map<String, Object>, Double> price = PRICES.get(field.getFieldName());
        if (price == null) {
            return;
        }
        double steps = price.apply(size, field.getResolvedArguments());
        long cost = Math.max(1, (long) Math.ceil(steps / STEPS_PER_UNIT));
        prices.add(new Price(field.getObjectTypeNames().iterator().next() + "." + field.getFieldName(), path, cost, size));
    }

    /**
     * The scope's size: its cached projection's at the request's data version (the version the
     * fields will then use, {@link RequestDataVersion}), or the store's counts when it is not cached
     * (or not valid).
     */
    Size size(Object scopeArgument) {
        Scope scope = Scope.ALL;
        if (scopeArgument != null) {
            try {
                scope = (Scope) binder.bind(scopeArgument, false, ResolvableType.forClass(Scope.class));
            } catch (Exception e) {
                scope = null;
            }
        }
        if (scope != null) {
            Optional<CollaborationGraph> cached = projections.cached(scope, versions.current());
            if (cached.isPresent()) {
                return Size.of(cached.get());
            }
        }
        Map<String, Long> counts = store.counts();
        return Size.estimated(counts.getOrDefault("actors", 0L), counts.getOrDefault("ties", 0L));
    }

    private static int integer(Map<String, Object> arguments, String name, int fallback) {
        return arguments.get(name) instanceof Integer i ? i : fallback;
    }

    /** The number of periods a kpiSeries asks for (a YEARS series of an impossible span prices as one). */
    private static int periods(Map<String, Object> arguments) {
        Object choice = arguments.get("periods");
        String periods = choice == null ? "PHASES" : choice.toString();
        return switch (periods) {
            case "YEARS" -> Math.min(MAX_YEARS,
                    Math.max(1, integer(arguments, "lastYear", 2020) - integer(arguments, "firstYear", 2001) + 1));
            case "CUSTOM" -> arguments.get("custom") instanceof List<?> list ? Math.max(1, list.size()) : 1;
            default -> 3;
        };
    }
}
