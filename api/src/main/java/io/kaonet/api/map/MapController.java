package io.kaonet.api.map;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.errors.InvalidArgumentException;

import io.kaonet.api.brokers.BetweennessKey;
import io.kaonet.api.brokers.BetweennessMethod;
import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The network map's data: a scope's graph to draw, and ego networks within it. */
@Controller
public class MapController {

    /** The most actors a map may ask for. */
    static final int MAX_ACTORS_LIMIT = 20_000;
    /**
     * Betweenness is computed exactly at once when actors × ties (Brandes's work) is at most this, the
     * bound every page's analysis keeps inside a request. Above it the drawing is sized by a sample
     * until the exact values are computed (an EXACT_BETWEENNESS job, or the brokers ranking).
     */
    static final long EXACT_BETWEENNESS_WORK = Analyses.IN_REQUEST_WORK;
    /** Sampled sources of the estimate above that work (as {@code brokers(pivots: 500)}). */
    static final int SAMPLED_PIVOTS = 500;
    /** The seed of that sample: the schema's default seed of {@code brokers}, so both share one result. */
    static final long SAMPLE_SEED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(MapController.class);

    private final Analyses analyses;

    public MapController(Analyses analyses) {
        this.analyses = analyses;
    }

    /**
     * Draws the whole network once the server is up, in the background, so that the first visitor of
     * the map does not wait for the projection, betweenness and layout.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void prepareDefaultMap() {
        Thread worker = new Thread(() -> {
            try {
                long start = System.nanoTime();
                NetworkGraph graph = drawing(Scope.ALL).graph();
                LOG.info("Map of the whole network prepared: {} actors, {} ties in {} ms", graph.nodes().size(),
                        graph.ties().size(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Could not prepare the map of the whole network; it will be drawn on first request", e);
            }
        }, "kaonet-map-preparation");
        worker.setDaemon(true);
        worker.start();
    }

    @SchemaMapping(typeName = "GraphNode", field = "actor")
    public String nodeActor(GraphNode node) {
        return node.id();
    }

    @SchemaMapping(typeName = "GraphNode", field = "memberOf")
    public List<String> memberOf(GraphNode node) {
        return node.clusters();
    }

    /**
     * The arguments of {@code Network.graph}; the default is the schema's.
     *
     * @param maxActors the most actors the scope may have, 1 to {@link #MAX_ACTORS_LIMIT}
     */
    public record GraphArguments(Integer maxActors) {

        public GraphArguments {
            requireGiven("maxActors", maxActors);
            if (maxActors < 1 || maxActors > MAX_ACTORS_LIMIT) {
                throw new InvalidArgumentException("maxActors", maxActors,
                        "maxActors must be within [1, " + MAX_ACTORS_LIMIT + "], was " + maxActors);
            }
        }
    }

    /**
     * The arguments of {@code Network.ego}; the default radius is the schema's.
     *
     * @param actorId the centre
     * @param radius  1 or 2 ties
     */
    public record EgoArguments(String actorId, Integer radius) {

        public EgoArguments {
            requireGiven("radius", radius);
            if (radius != 1 && radius != 2) {
                throw new InvalidArgumentException("radius", radius, "radius must be 1 or 2, was " + radius);
            }
        }
    }

    @SchemaMapping(typeName = "Network", field = "graph")
    public NetworkGraph graph(Network network, @Arguments GraphArguments arguments) {
        int limit = arguments.maxActors();
        int actors = analyses.graph(network.scope()).nodeCount();
        if (actors > limit) {
            throw new IllegalArgumentException("the scope has " + actors + " actors, more than maxActors (" + limit
                    + "); narrow the scope or raise maxActors");
        }
        return drawing(network.scope()).graph();
    }

    @SchemaMapping(typeName = "Network", field = "ego")
    public NetworkGraph ego(Network network, @Arguments EgoArguments arguments) {
        String actorId = arguments.actorId();
        int r = arguments.radius();
        Drawing drawing = drawing(network.scope());
        Integer centre = drawing.projection().indexOf(actorId).orElse(null);
        return centre == null ? null : egoOf(drawing.projection(), drawing.graph(), centre, r);
    }

    /** A scope's projection and its drawing, cached together so that an ego network reads both of one version. */
    private record Drawing(CollaborationGraph projection, NetworkGraph graph) {
    }

    private Drawing drawing(Scope scope) {
        ProjectionMemo memo = ProjectionMemo.of(analyses, scope);
        // The same betweenness the brokers field and the EXACT_BETWEENNESS job compute, once per projection.
        BetweennessKey exact = BetweennessKey.exact();
        BetweennessKey key = exactAtOnce(memo.graph()) || memo.computed(exact).isPresent() ? exact
                : new BetweennessKey(Betweenness.Parameters.sampled(SAMPLED_PIVOTS, SAMPLE_SEED));
        return memo.get(new DrawingKey(key), (g, run) -> {
            BetweennessResult betweenness = memo.get(key, key::compute);
            Scope cumulative = withoutDates(scope);
            CollaborationGraph layoutGraph = analyses.graph(cumulative);
            MapLayout.Positions positions = analyses.get(cumulative, new Layout(),
                    (lg, lrun) -> MapLayout.compute(lg));
            return new Drawing(g, draw(g, betweenness, layoutGraph, positions));
        });
    }

    /** Whether exact betweenness of the graph takes no longer than {@link #EXACT_BETWEENNESS_WORK} allows. */
    static boolean exactAtOnce(CollaborationGraph g) {
        return g.nodeCount() <= SAMPLED_PIVOTS || (long) g.nodeCount() * g.edgeCount() <= EXACT_BETWEENNESS_WORK;
    }

    /** The scope without dates: its graph holds every actor of the dated scope, and its layout never moves them. */
    static Scope withoutDates(Scope scope) {
        return new Scope(scope.clusterIds(), scope.regions(), scope.countries(), scope.actorKinds(), scope.tieKinds(), null, null, null,
                scope.includeActivities(), scope.weighting());
    }

    static NetworkGraph draw(CollaborationGraph g, BetweennessResult betweennessResult, CollaborationGraph layoutGraph,
                             MapLayout.Positions positions) {
        double[] betweenness = betweennessResult.normalisedAll();
        List<String> clusterIds = g.clusterIds();
        List<GraphNode> nodes = new ArrayList<>(g.nodeCount());
        for (int u = 0; u < g.nodeCount(); u++) {
            List<String> clusters = new ArrayList<>();
            for (int code : g.clusterCodes(u)) {
                clusters.add(clusterIds.get(code));
            }
            // Every actor of a dated scope is in its undated scope; the fallback only guards a race with a write.
            int at = layoutGraph.indexOf(g.id(u)).orElse(-1);
            double x = at < 0 ? 0 : positions.x()[at];
            double y = at < 0 ? 0 : positions.y()[at];
            nodes.add(new GraphNode(g.id(u), g.name(u), g.kind(u), g.industry(u), g.region(u), clusters, g.degree(u),
                    betweenness[u], x, y));
        }
        List<GraphTie> ties = new ArrayList<>(g.edgeCount());
        for (int e = 0; e < g.edgeCount(); e++) {
            ties.add(tie(g, e));
        }
        return new NetworkGraph(nodes, ties, positions.width(), positions.height(),
                BetweennessMethod.of(betweennessResult.metadata()));
    }

    private static GraphTie tie(CollaborationGraph g, int e) {
        int day = g.edgeSince(e);
        return new GraphTie(g.id(g.edgeLow(e)), g.id(g.edgeHigh(e)), g.edgeKinds(e).asList(), g.edgeWeight(e),
                day == CollaborationGraph.UNKNOWN_DAY ? null : LocalDate.ofEpochDay(day));
    }

    /** The actors within {@code radius} ties of {@code centre} (breadth-first) and the ties among them. */
    static NetworkGraph egoOf(CollaborationGraph g, NetworkGraph drawing, int centre, int radius) {
        int[] distance = new int[g.nodeCount()];
        Arrays.fill(distance, -1);
        distance[centre] = 0;
        int[] queue = new int[g.nodeCount()];
        int head = 0;
        int tail = 0;
        queue[tail++] = centre;
        while (head < tail) {
            int u = queue[head++];
            if (distance[u] == radius) {
                continue;
            }
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                int v = g.neighbour(s);
                if (distance[v] < 0) {
                    distance[v] = distance[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphTie> ties = new ArrayList<>();
        for (int u = 0; u < g.nodeCount(); u++) {
            if (distance[u] < 0) {
                continue;
            }
            nodes.add(drawing.nodes().get(u));
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                int v = g.neighbour(s);
                if (v > u && distance[v] >= 0) {
                    ties.add(drawing.ties().get(g.edgeId(u, s)));
                }
            }
        }
        return new NetworkGraph(nodes, ties, drawing.width(), drawing.height(), drawing.betweenness());
    }

    /** The drawing sized by the betweenness of that key. */
    private record DrawingKey(BetweennessKey betweenness) implements AnalysisKey<Drawing> {
    }

    private record Layout() implements AnalysisKey<MapLayout.Positions> {
    }
}
