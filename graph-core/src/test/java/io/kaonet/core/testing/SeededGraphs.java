package io.kaonet.core.testing;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The one seeded random-graph generator of Kaonet's tests, shared by every module through
 * graph-core's test jar: random collaboration graphs for checking fast algorithms against plain
 * ones and oracles, and random networks of records and scopes for checking importers, writes and
 * projections. The same
 * seed gives the same graph, on every machine and in every module.
 */
public final class SeededGraphs {

    /** Regions, countries, actor kinds and tie kinds the random networks draw from. */
    public static final List<String> REGIONS = List.of("Kanto", "Kansai", "Bavaria", "Ile-de-France");
    public static final List<String> COUNTRIES = List.of("JP", "DE", "FR");
    public static final List<ActorKind> KINDS = List.of(ActorKind.COMPANY, ActorKind.UNIVERSITY, ActorKind.FINANCIER,
            ActorKind.COORDINATOR, ActorKind.RESEARCH_INSTITUTE);
    public static final List<TieKind> TIE_KINDS = List.of(TieKind.JOINT_RESEARCH, TieKind.TECHNOLOGY_TRANSFER,
            TieKind.FINANCING, TieKind.SUPPLY, TieKind.ALLIANCE, TieKind.INTRODUCTION);

    private SeededGraphs() {
    }

    /**
     * A G(n, p) graph with nodes of the first four actor kinds; with {@code maxWeight > 1} each tie
     * gets an integer weight in 1..maxWeight; with {@code directedShare > 0} that share of ties is a
     * one-way (supply) arc.
     */
    public static CollaborationGraph gnp(long seed, int n, double p, int maxWeight, double directedShare) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraphBuilder b = kindedNodes(n, random);
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
        CollaborationGraphBuilder b = kindedNodes(n, random);
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
        CollaborationGraphBuilder b = companies(n, "n");
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
        CollaborationGraphBuilder b = companies(n, "n");
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
        CollaborationGraphBuilder b = companies(n, "");
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
     * A random network of records: {@code actors} actors (ids {@code prefix + "a" + i}) with and without
     * founding years, regions and countries; about 3 ties per actor, dated and undated; 4 clusters with
     * memberships; {@code actors / 5} activities with participants. Ids are unique, as importers require.
     */
    public static NetworkBatch network(Random random, int actors, String prefix) {
        List<Actor> as = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            as.add(actor(random, prefix + "a" + i));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            clusters.add(new Cluster(prefix + "C" + c, "Cluster " + c, REGIONS.get(c), COUNTRIES.get(c % 3),
                    ClusterType.METROPOLITAN, null));
        }
        List<Membership> memberships = new ArrayList<>();
        for (Actor a : as) {
            Set<Integer> in = new HashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                int c = random.nextInt(clusters.size());
                if (in.add(c)) {
                    LocalDate since = maybeDate(random, 0.3);
                    memberships.add(new Membership(a.id(), clusters.get(c).id(), since, until(random, since)));
                }
            }
        }
        List<Tie> ties = new ArrayList<>();
        for (int t = 0; t < actors * 3; t++) {
            int u = random.nextInt(actors);
            int v = random.nextInt(actors);
            if (u != v) {
                LocalDate since = maybeDate(random, 0.2);
                double weight = random.nextInt(3) == 0 ? 0.5 + random.nextInt(6) / 4.0 : 1;
                ties.add(new Tie(prefix + "t" + t, as.get(u).id(), as.get(v).id(),
                        TIE_KINDS.get(random.nextInt(TIE_KINDS.size())), since, until(random, since), weight, "test"));
            }
        }
        List<Activity> activities = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        for (int x = 0; x < actors / 5; x++) {
            LocalDate start = maybeDate(random, 0.15);
            Activity activity = new Activity(prefix + "x" + x, "Project " + x, ActivityKind.JOINT_RD_PROJECT, start,
                    until(random, start), null, null);
            activities.add(activity);
            Set<Integer> in = new HashSet<>();
            for (int k = 2 + random.nextInt(5); k > 0; k--) {
                int a = random.nextInt(actors);
                if (in.add(a)) {
                    participations.add(new Participation(activity.id(), as.get(a).id(), null, null));
                }
            }
        }
        return new NetworkBatch(as, ties, clusters, memberships, activities, participations);
    }

    /** A random actor with this id. */
    public static Actor actor(Random random, String id) {
        ActorKind kind = KINDS.get(random.nextInt(KINDS.size()));
        String region = random.nextInt(6) == 0 ? null : REGIONS.get(random.nextInt(REGIONS.size()));
        String country = random.nextInt(6) == 0 ? null : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        Integer founded = random.nextInt(3) == 0 ? null : 1990 + random.nextInt(26);
        Boolean sme = random.nextInt(3) == 0 ? null : random.nextBoolean();
        List<String> tech = random.nextBoolean() ? List.of() : List.of("t" + random.nextInt(5), "u" + random.nextInt(5));
        return new Actor(id, "Name of " + id, kind, random.nextBoolean() ? "machinery" : null, region, null, country,
                null, founded, null, sme, tech, List.of(), random.nextBoolean() ? List.of("s" + random.nextInt(3)) : List.of());
    }

    /** A random scope over the network's values (so every value it names is stored). */
    public static Scope scope(Random random, NetworkBatch batch) {
        Set<String> clusters = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<ActorKind> kinds = new HashSet<>();
        Set<TieKind> tieKinds = new HashSet<>();
        if (random.nextInt(3) == 0) {
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                clusters.add(batch.clusters().get(random.nextInt(batch.clusters().size())).id());
            }
        }
        if (random.nextInt(4) == 0) {
            regions.add(present(random, batch.actors().stream().map(Actor::region).toList()));
        }
        if (random.nextInt(4) == 0) {
            countries.add(present(random, batch.actors().stream().map(Actor::country).toList()));
        }
        if (random.nextInt(4) == 0) {
            kinds.add(KINDS.get(random.nextInt(KINDS.size())));
            kinds.add(KINDS.get(random.nextInt(KINDS.size())));
        }
        if (random.nextInt(4) == 0) {
            tieKinds.add(TIE_KINDS.get(random.nextInt(TIE_KINDS.size())));
        }
        LocalDate asOf = null;
        LocalDate from = null;
        LocalDate to = null;
        switch (random.nextInt(5)) {
            case 0 -> asOf = date(random);
            case 1 -> {
                from = date(random);
                to = from.plusDays(random.nextInt(2000));
            }
            case 2 -> from = date(random);
            case 3 -> to = date(random);
            default -> { }
        }
        return new Scope(clusters, regions, countries, kinds, tieKinds, asOf, from, to, random.nextBoolean(),
                random.nextBoolean() ? CoParticipationWeighting.NEWMAN : CoParticipationWeighting.COUNT);
    }

    private static String present(Random random, List<String> values) {
        List<String> known = values.stream().filter(Objects::nonNull).toList();
        return known.get(random.nextInt(known.size()));
    }

    /** A random day from 1992 to 2015. */
    public static LocalDate date(Random random) {
        return LocalDate.of(1992, 1, 1).plusDays(random.nextInt(24 * 365));
    }

    private static LocalDate maybeDate(Random random, double nullShare) {
        return random.nextDouble() < nullShare ? null : date(random);
    }

    private static LocalDate until(Random random, LocalDate since) {
        if (random.nextInt(3) > 0) {
            return null;
        }
        return (since == null ? date(random) : since).plusDays(random.nextInt(3000));
    }

    private static CollaborationGraphBuilder companies(int n, String prefix) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int u = 0; u < n; u++) {
            b.addNode(prefix + u, null, ActorKind.COMPANY);
        }
        return b;
    }

    private static CollaborationGraphBuilder kindedNodes(int n, SplittableRandom random) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        ActorKind[] kinds = ActorKind.values();
        for (int u = 0; u < n; u++) {
            b.addNode("n" + u, null, kinds[random.nextInt(4)]);
        }
        return b;
    }

    private static void tie(CollaborationGraphBuilder b, SplittableRandom random, int u, int v, int maxWeight,
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
