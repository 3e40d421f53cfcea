package io.kaonet.core.testing;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The one seeded random-graph generator of Kaonet's tests, shared by every module through
 * graph-core's test jar: random collaboration graphs for checking fast algorithms against plain
 * ones and oracles, and random networks of records for checking importers and exporters. The same
 * seed gives the same graph, on every machine and in every module.
 */
public final class SeededGraphs {

    private SeededGraphs() {
    }

    /**
     * A G(n, p) graph with nodes of the first four actor kinds; with {@code maxWeight > 1} each tie
     * gets an integer weight in 1..maxWeight; with {@code directedShare > 0} that share of ties is a
     * one-way (supply) arc.
     */
    public static CollaborationGraph gnp(long seed, int n, double p, int maxWeight, double directedShare) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraph.Builder b = kindedNodes(n, random);
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (random.nextDouble() < p) {
                    tie(b, random, u, v, maxWeight, directedShare);
                }
            }
        }
        return b.build();
    }

    /**
     * A graph rich in trees: a random core of {@code core} nodes, then {@code hanging} nodes each tied
     * to one earlier node (so trees and pendant chains hang from the core and from each other), and
     * a few isolates and a separate small tree.
     */
    public static CollaborationGraph withTrees(long seed, int core, double p, int hanging, int maxWeight) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = core + hanging + 6;
        CollaborationGraph.Builder b = kindedNodes(n, random);
        for (int u = 0; u < core; u++) {
            for (int v = u + 1; v < core; v++) {
                if (random.nextDouble() < p) {
                    tie(b, random, u, v, maxWeight, 0);
                }
            }
        }
        for (int x = core; x < core + hanging; x++) {
            tie(b, random, x, random.nextInt(x), maxWeight, 0);
        }
        int t = core + hanging;
        // two isolates (t, t+1) and a separate tree on t+2..t+5
        tie(b, random, t + 2, t + 3, maxWeight, 0);
        tie(b, random, t + 3, t + 4, maxWeight, 0);
        tie(b, random, t + 3, t + 5, maxWeight, 0);
        return b.build();
    }

    /**
     * A planted-partition graph: {@code groups} groups of {@code size} nodes; each pair inside a
     * group is tied with probability {@code pIn}, across groups with {@code pOut}; weights 1..maxWeight.
     */
    public static CollaborationGraph planted(long seed, int groups, int size, double pIn, double pOut, int maxWeight) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = groups * size;
        CollaborationGraph.Builder b = companies(n, "n");
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                double p = u / size == v / size ? pIn : pOut;
                if (random.nextDouble() < p) {
                    b.addTie(u, v, TieKind.ALLIANCE, 1 + random.nextInt(maxWeight), null);
                }
            }
        }
        return b.build();
    }

    /** An Erdős–Rényi graph G(n, p) with weights 1..maxWeight. */
    public static CollaborationGraph erdosRenyi(long seed, int n, double p, int maxWeight) {
        return planted(seed, 1, n, p, p, maxWeight);
    }

    /** A graph from literal edges {@code {u, v}} on companies {@code n0..n(n-1)}, unweighted. */
    public static CollaborationGraph of(int n, int[][] edges) {
        CollaborationGraph.Builder b = companies(n, "n");
        for (int[] e : edges) {
            b.addEdge(e[0], e[1]);
        }
        return b.build();
    }

    /**
     * A random graph on companies named {@code 0..n-1}: each of {@code draws} draws adds a uniformly
     * chosen pair (repeats merge, so the edge count is at most {@code draws}).
     */
    public static CollaborationGraph random(int n, int draws, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        CollaborationGraph.Builder b = companies(n, "");
        for (int k = 0; n > 1 && k < draws; k++) {
            b.addEdge(rnd.nextInt(n), rnd.nextInt(n));
        }
        return b.build();
    }

    /**
     * Seeded random graphs of varied size and density: sparse ones (with many bridges, pendants,
     * isolates and several components) and denser ones.
     */
    public static Stream<CollaborationGraph> seededVariety(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<CollaborationGraph> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 1 + rnd.nextInt(40);
            double meanDegree = 0.5 + rnd.nextDouble() * (i % 3 == 0 ? 8 : 3);
            out.add(random(n, (int) Math.round(n * meanDegree / 2), rnd.nextLong()));
        }
        return out.stream();
    }

    /** {@link #seededVariety} without edgeless graphs (on which several JGraphT algorithms have nothing to compare). */
    public static Stream<CollaborationGraph> seededVarietyWithEdges(int count, long seed) {
        return seededVariety(count, seed).filter(g -> g.edgeCount() > 0);
    }

    /**
     * A random network of records, every attribute filled now and then: {@code actors} actors of
     * every kind in three clusters, about two ties per actor of every storable kind, memberships,
     * and activities with participants. Names hold commas and quotes; ids and keys are unique, as
     * an importer requires.
     */
    public static NetworkBatch network(long seed, int actors) {
        SplittableRandom r = new SplittableRandom(seed);
        ActorKind[] kinds = ActorKind.values();
        List<TieKind> tieKinds = Stream.of(TieKind.values()).filter(TieKind::storable).toList();
        String[] countries = {"JP", "DE", "IT", "FR", "XK", null};
        List<Cluster> clusters = new ArrayList<>();
        ClusterType[] types = ClusterType.values();
        for (int c = 0; c < 3; c++) {
            clusters.add(new Cluster("c" + c, "Cluster " + c + (c == 1 ? ", \"north\"" : ""), r.nextBoolean() ? "Kanto" : null,
                    "JP", types[r.nextInt(types.length)], c == 2 ? null : "Cluster number " + c));
        }
        List<Actor> actorList = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            boolean rich = r.nextInt(3) > 0;
            actorList.add(new Actor("a" + a, "Actor " + a + (a % 7 == 0 ? ", Ltd." : "") + (a % 11 == 0 ? " \"Q\"" : ""),
                    kinds[r.nextInt(kinds.length)], rich ? "industry " + r.nextInt(5) : null, rich ? "region " + r.nextInt(4) : null,
                    rich ? "city " + r.nextInt(9) : null, countries[r.nextInt(countries.length)],
                    rich ? new GeoLocation(-90 + r.nextInt(18_001) / 100.0, -180 + r.nextInt(36_001) / 100.0) : null,
                    rich ? 1900 + r.nextInt(120) : null, rich ? r.nextInt(5000) : null, rich ? r.nextBoolean() : null,
                    rich ? List.of("tech " + r.nextInt(6), "tech " + (6 + r.nextInt(6))) : List.of(),
                    rich ? List.of("offer " + r.nextInt(4)) : List.of(), rich ? List.of("need " + r.nextInt(4)) : List.of()));
        }
        List<Tie> ties = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int t = 0; actors > 1 && t < 2 * actors; t++) {
            int u = r.nextInt(actors);
            int v = r.nextInt(actors);
            if (u == v) {
                continue;
            }
            TieKind kind = tieKinds.get(r.nextInt(tieKinds.size()));
            LocalDate since = r.nextBoolean() ? LocalDate.of(1995 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28)) : null;
            LocalDate until = since != null && r.nextInt(4) == 0 ? since.plusDays(r.nextInt(3000)) : null;
            Tie tie = new Tie(r.nextInt(5) == 0 ? "t" + t : null, "a" + u, "a" + v, kind, since, until,
                    r.nextInt(3) == 0 ? 1 + r.nextInt(8) / 2.0 : 1.0, "seeded:" + t);
            if (keys.add(tie.key())) {
                ties.add(tie);
            }
        }
        List<Membership> memberships = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            if (r.nextInt(4) > 0) {
                LocalDate since = r.nextBoolean() ? LocalDate.of(2001 + r.nextInt(10), 4, 1) : null;
                memberships.add(new Membership("a" + a, "c" + r.nextInt(3), since, null));
            }
        }
        List<Activity> activities = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        ActivityKind[] activityKinds = ActivityKind.values();
        for (int p = 0; p < Math.max(1, actors / 10); p++) {
            LocalDate start = LocalDate.of(2005 + r.nextInt(15), 1 + r.nextInt(12), 1);
            activities.add(new Activity("p" + p, "Project " + p, activityKinds[r.nextInt(activityKinds.length)], start,
                    r.nextBoolean() ? start.plusMonths(6 + r.nextInt(36)) : null, r.nextBoolean() ? "H2020" : null, null));
            Set<Integer> members = new HashSet<>();
            for (int k = 0; k < 2 + r.nextInt(4) && actors > 0; k++) {
                int a = r.nextInt(actors);
                if (members.add(a)) {
                    participations.add(new Participation("p" + p, "a" + a, k == 0 ? "coordinator" : "participant",
                            r.nextBoolean() ? r.nextInt(1_000_000) / 4.0 : null));
                }
            }
        }
        return new NetworkBatch(actorList, ties, clusters, memberships, activities, participations);
    }

    private static CollaborationGraph.Builder companies(int n, String prefix) {
        CollaborationGraph.Builder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode(prefix + u, null, ActorKind.COMPANY);
        }
        return b;
    }

    private static CollaborationGraph.Builder kindedNodes(int n, SplittableRandom random) {
        CollaborationGraph.Builder b = CollaborationGraph.builder();
        ActorKind[] kinds = ActorKind.values();
        for (int u = 0; u < n; u++) {
            b.addNode("n" + u, null, kinds[random.nextInt(4)]);
        }
        return b;
    }

    private static void tie(CollaborationGraph.Builder b, SplittableRandom random, int u, int v, int maxWeight,
                            double directedShare) {
        double w = maxWeight > 1 ? 1 + random.nextInt(maxWeight) : 1.0;
        if (random.nextDouble() < directedShare) {
            boolean forward = random.nextBoolean();
            b.addTie(forward ? u : v, forward ? v : u, TieKind.SUPPLY, w, null);
        } else {
            b.addTie(u, v, TieKind.ALLIANCE, w, null);
        }
    }
}
