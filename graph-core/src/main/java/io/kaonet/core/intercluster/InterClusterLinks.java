package io.kaonet.core.intercluster;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.bridges.EIIndex;
import io.kaonet.core.bridges.EIIndexResult;
import io.kaonet.core.brokerage.BrokerageResult;
import io.kaonet.core.brokerage.BrokerageRole;
import io.kaonet.core.brokerage.BrokerageRoles;
import io.kaonet.core.brokerage.Direction;
import io.kaonet.core.graph.CollaborationGraph;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Ties between the members of different clusters, between regions and between countries; the
 * gatekeepers and the E–I index of each cluster.
 *
 * <p><b>Membership rule.</b> An actor may belong to several clusters (the graph's cluster codes). A
 * tie {@code u–v} links clusters {@code A ≠ B} when one end is a member of {@code A} but not of
 * {@code B} and the other end a member of {@code B} but not of {@code A}. So a tie between two
 * members of TAMA never links TAMA to another cluster either end also belongs to, but a tie between
 * a TAMA–Hokkaido member and a TAMA–Kinki member links Hokkaido and Kinki. With one cluster per actor
 * this is simply "the ends are in different clusters". A tie counts once per pair it links.
 *
 * <p><b>Overall E–I.</b> A tie is internal when its ends share a cluster, external when both have
 * clusters but share none, and excluded when an end has none; the index is
 * {@code (E − I)/(E + I)}. With one cluster per actor it is {@link EIIndex} over the cluster
 * partition. <b>Per cluster</b> the index is {@link EIIndex} with the members against everyone else
 * (actors of no cluster included): {@code E_g} ties with exactly one end a member, {@code I_g} with
 * both.
 *
 * <p><b>Places.</b> A tie joins two regions (or countries) when both ends have a known, different
 * region (country); ties with an unknown end are counted apart. International ties are those
 * between countries.
 *
 * <p><b>Gatekeepers</b> of a cluster are its members with at least one partner outside it, ranked by
 * that number. With {@link Parameters#brokerageRoles()} each also gets its Gould–Fernandez
 * (1989) gatekeeper and representative counts with the two groups "member" and "not a member", read
 * as {@link BrokerageRoles} does (arcs by default): for a member these are exactly its gatekeeper
 * and representative counts under any grouping in which the cluster is one group.
 *
 * <p>O(n + m + Σ_ties |C(u)|·|C(v)|) for the links, O(k(n + m)) for the E–I of {@code k} clusters,
 * and with roles O(k · Σ_u outdeg(u)²). Repeats exactly.
 */
public final class InterClusterLinks implements Analysis<InterClusterLinksResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph, with its cluster memberships
     * @param parameters whether and how to count brokerage roles
     * @throws NullPointerException if an argument is null
     */
    public InterClusterLinks(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** With {@link Parameters#defaults()}. */
    public InterClusterLinks(CollaborationGraph graph) {
        this(graph, Parameters.defaults());
    }

    /** Finds the links, boundaries and gatekeepers. */
    @Override
    public InterClusterLinksResult compute(Execution execution) {
        int n = graph.nodeCount();
        int clusters = graph.clusterIds().size();
        execution.progress().expect(n);
        Long2IntOpenHashMap pairCounts = new Long2IntOpenHashMap();
        Map<String, Integer> regionPairs = new TreeMap<>();
        Map<String, Integer> countryPairs = new TreeMap<>();
        List<InterClusterTie> ties = new ArrayList<>();
        long internal = 0;
        long external = 0;
        long excluded = 0;
        int acrossRegions = 0;
        int unknownRegion = 0;
        int international = 0;
        int unknownCountry = 0;
        for (int u = 0, e = 0; u < n; u++) {
            execution.step(1);
            int[] cu = graph.clusterCodes(u);
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                int v = graph.neighbour(s);
                if (v < u) {
                    continue;
                }
                int[] cv = graph.clusterCodes(v);
                if (cu.length == 0 || cv.length == 0) {
                    excluded++;
                } else if (intersect(cu, cv)) {
                    internal++;
                } else {
                    external++;
                }
                List<ClusterPair> pairs = new ArrayList<>(0);
                for (int a : cu) {
                    if (graph.memberOf(v, a)) {
                        continue;
                    }
                    for (int b : cv) {
                        if (!graph.memberOf(u, b)) {
                            pairs.add(ClusterPair.of(a, b));
                        }
                    }
                }
                if (!pairs.isEmpty()) {
                    pairs.sort(Comparator.comparingInt(ClusterPair::first).thenComparingInt(ClusterPair::second));
                    for (ClusterPair p : pairs) {
                        pairCounts.addTo(((long) p.first() << 32) | p.second(), 1);
                    }
                    ties.add(new InterClusterTie(e, u, v, pairs));
                }
                String ru = graph.region(u);
                String rv = graph.region(v);
                if (ru == null || rv == null) {
                    unknownRegion++;
                } else if (!ru.equals(rv)) {
                    acrossRegions++;
                    regionPairs.merge(placeKey(ru, rv), 1, Integer::sum);
                }
                String ku = graph.country(u);
                String kv = graph.country(v);
                if (ku == null || kv == null) {
                    unknownCountry++;
                } else if (!ku.equals(kv)) {
                    international++;
                    countryPairs.merge(placeKey(ku, kv), 1, Integer::sum);
                }
                e++;
            }
        }
        List<ClusterPairLinks> pairLinks = new ArrayList<>();
        pairCounts.long2IntEntrySet().forEach(x -> pairLinks.add(new ClusterPairLinks(
                new ClusterPair((int) (x.getLongKey() >>> 32), (int) x.getLongKey()), x.getIntValue())));
        pairLinks.sort(Comparator.comparingInt(ClusterPairLinks::ties).reversed()
                .thenComparingInt(p -> p.pair().first()).thenComparingInt(p -> p.pair().second()));

        List<ClusterBoundary> boundaries = new ArrayList<>(clusters);
        for (int c = 0; c < clusters; c++) {
            boundaries.add(boundary(c, execution));
        }
        return new InterClusterLinksResult(graph.clusterIds(), ties, pairLinks, places(regionPairs),
                places(countryPairs), acrossRegions, unknownRegion, international, unknownCountry, internal, external,
                excluded, boundaries, parameters);
    }

    private ClusterBoundary boundary(int c, Execution execution) {
        int n = graph.nodeCount();
        int[] groups = new int[n];
        for (int u = 0; u < n; u++) {
            groups[u] = graph.memberOf(u, c) ? 0 : 1;
        }
        EIIndexResult ei = new EIIndex(graph, groups).compute(execution);
        BrokerageResult roles = null;
        if (parameters.brokerageRoles()) {
            roles = new BrokerageRoles(graph, new BrokerageRoles.Parameters(u -> groups[u],
                    parameters.direction(), parameters.threads())).compute(execution);
        }
        List<Gatekeeper> gatekeepers = new ArrayList<>();
        int clusters = graph.clusterIds().size();
        boolean[] reached = new boolean[clusters];
        for (int u = 0; u < n; u++) {
            if (groups[u] != 0) {
                continue;
            }
            int outside = 0;
            int count = 0;
            Arrays.fill(reached, false);
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                int v = graph.neighbour(s);
                if (groups[v] == 0) {
                    continue;
                }
                outside++;
                for (int other : graph.clusterCodes(v)) {
                    if (!reached[other]) {
                        reached[other] = true;
                        count++;
                    }
                }
            }
            if (outside > 0) {
                gatekeepers.add(new Gatekeeper(u, outside, graph.degree(u) - outside, count,
                        roles == null ? 0 : roles.raw(u, BrokerageRole.GATEKEEPER),
                        roles == null ? 0 : roles.raw(u, BrokerageRole.REPRESENTATIVE)));
            }
        }
        gatekeepers.sort(Comparator.comparingInt(Gatekeeper::externalPartners).reversed()
                .thenComparing(Comparator.comparingLong((Gatekeeper g) -> g.gatekeeperPairs()
                        + g.representativePairs()).reversed())
                .thenComparingInt(Gatekeeper::node));
        return new ClusterBoundary(c, ei.groupSize(0), ei.groupExternal(0), ei.groupInternal(0), ei.groupIndex(0),
                ei.groupBaselineIndex(0), gatekeepers);
    }

    private static boolean intersect(int[] a, int[] b) {
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static String placeKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    private static List<PlacePair> places(Map<String, Integer> counts) {
        List<PlacePair> out = new ArrayList<>(counts.size());
        counts.forEach((key, ties) -> {
            int cut = key.indexOf('\u0000');
            out.add(new PlacePair(key.substring(0, cut), key.substring(cut + 1), ties));
        });
        out.sort(Comparator.comparingInt(PlacePair::ties).reversed().thenComparing(PlacePair::first)
                .thenComparing(PlacePair::second));
        return out;
    }

    /**
     * Whether and how to count the gatekeepers' brokerage roles.
     *
     * @param brokerageRoles whether to count Gould–Fernandez gatekeeper and representative pairs (one
     *                       {@link BrokerageRoles} run per cluster)
     * @param direction      how {@link BrokerageRoles} reads ties
     * @param threads        worker threads for the role counts, at least 1
     */
    public record Parameters(boolean brokerageRoles, Direction direction, int threads) {

        /** The default thread count: the processors available to the JVM. */
        public static final int THREADS_DEFAULT = Runtime.getRuntime().availableProcessors();

        /** @throws IllegalArgumentException if threads is below 1 */
        public Parameters {
            Objects.requireNonNull(direction, "direction must not be null");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }

        /** Roles counted on the arcs ties carry, on {@link #THREADS_DEFAULT} threads. */
        public static Parameters defaults() {
            return new Parameters(true, Direction.DIRECTED, THREADS_DEFAULT);
        }

        /** These parameters with role counting switched on or off. */
        public Parameters withBrokerageRoles(boolean value) {
            return new Parameters(value, direction, threads);
        }

        /** These parameters with another direction. */
        public Parameters withDirection(Direction value) {
            return new Parameters(brokerageRoles, value, threads);
        }
    }
}
