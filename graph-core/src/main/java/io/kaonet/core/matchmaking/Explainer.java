package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.linkprediction.LinkPrediction;
import io.kaonet.core.linkprediction.PairScores;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the explanation of suggestions for one actor. Holds the actor's breadth-first search with,
 * for every node, the shortest path from the actor whose best intermediary is best placed to make
 * an introduction (dynamic programming over the search's layers, O(n + m)).
 */
final class Explainer {

    private static final int NAMES_IN_SENTENCE = 3;

    private final NetworkContext context;
    private final CollaborationGraph graph;
    private final LinkPrediction linkPrediction;
    private final int actor;
    private final int[] dist;
    private final int[] pred;
    private final double[] bestIntermediary;

    Explainer(NetworkContext context, LinkPrediction linkPrediction, int actor) {
        this.context = context;
        this.graph = context.graph;
        this.linkPrediction = linkPrediction;
        this.actor = actor;
        int n = graph.nodeCount();
        dist = new int[n];
        pred = new int[n];
        bestIntermediary = new double[n];
        Arrays.fill(dist, -1);
        Arrays.fill(pred, -1);
        Arrays.fill(bestIntermediary, Double.NEGATIVE_INFINITY);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        dist[actor] = 0;
        queue[tail++] = actor;
        while (head < tail) {
            int x = queue[head++];
            double through = x == actor ? Double.NEGATIVE_INFINITY
                    : Math.max(bestIntermediary[x], context.introducerQuality(x));
            for (int s = graph.rowStart(x); s < graph.rowEnd(x); s++) {
                int y = graph.neighbour(s);
                if (dist[y] < 0) {
                    dist[y] = dist[x] + 1;
                    queue[tail++] = y;
                }
                if (dist[y] == dist[x] + 1 && (pred[y] < 0 || through > bestIntermediary[y])) {
                    pred[y] = x;
                    bestIntermediary[y] = through;
                }
            }
        }
    }

    Contact contact(int u) {
        return new Contact(u, graph.id(u), graph.name(u), graph.kind(u));
    }

    MatchCandidate candidate(int v, double score, ScoreParts parts, CandidateScores scores) {
        return new MatchCandidate(contact(actor), contact(v), score, parts, explain(v, scores),
                parts.contributions(context.parameters.weights()));
    }

    Explanation explain(int v, CandidateScores scores) {
        int u = actor;
        PairScores pair = linkPrediction.score(u, v);
        List<Contact> shared = new ArrayList<>();
        int[] common = linkPrediction.commonNeighbours(u, v);
        Integer[] order = Arrays.stream(common).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer x) -> -context.introducerQuality(x))
                .thenComparingInt(x -> x));
        for (int x : order) {
            shared.add(contact(x));
        }

        List<Contact> path = new ArrayList<>();
        Contact introducer = null;
        if (dist[v] >= 2) {
            for (int x = v; x >= 0; x = pred[x]) {
                path.add(0, contact(x));
            }
            int best = -1;
            for (int i = 1; i < path.size() - 1; i++) {
                int x = path.get(i).node();
                if (best < 0 || context.introducerQuality(x) > context.introducerQuality(best)) {
                    best = x;
                }
            }
            introducer = contact(best);
        } else {
            int coordinator = clusterCoordinator(u, v);
            introducer = coordinator < 0 ? null : contact(coordinator);
        }

        List<String> offersSought = Keywords.shared(graph.offers(u), graph.seeks(v));
        List<String> seeksOffered = Keywords.shared(graph.seeks(u), graph.offers(v));
        List<String> technologies = Keywords.shared(graph.technologies(u), graph.technologies(v));
        double kindLift = context.affinities.kindLift(graph.kind(u), graph.kind(v));
        double industryLift = context.affinities.industryLift(graph.industryCode(u), graph.industryCode(v));
        String region = graph.regionCode(u) >= 0 && graph.regionCode(u) == graph.regionCode(v) ? graph.region(u) : null;
        List<String> clusters = new ArrayList<>();
        for (int c : context.clusters[u]) {
            if (graph.memberOf(v, c)) {
                clusters.add(graph.clusterIds().get(c));
            }
        }
        boolean sameCommunity = graph.degree(u) > 0 && context.community[u] == context.community[v];
        int giant = context.components.giant();
        boolean joins = context.components.componentOf(u) != context.components.componentOf(v)
                && (context.components.componentOf(u) == giant || context.components.componentOf(v) == giant);
        double before = scores.constraintBefore();
        double after = scores.constraintAfter(v);

        List<String> sentences = new ArrayList<>();
        String a = graph.name(u);
        String b = graph.name(v);
        if (dist[v] == 2) {
            sentences.add(String.format(Locale.ROOT, "%s and %s share %s: %s.", a, b,
                    count(shared.size(), "partner", "partners"), names(shared)));
            sentences.add(String.format(Locale.ROOT, "%s (%s) works with both and can introduce them.",
                    introducer.name(), noun(introducer.kind())));
        } else if (dist[v] > 2) {
            sentences.add(String.format(Locale.ROOT, "%s (%s) can make the introduction, along %s.",
                    introducer.name(), noun(introducer.kind()),
                    String.join(" → ", path.stream().map(Contact::name).toList())));
        } else if (introducer != null) {
            boolean worksWithCandidate = graph.adjacent(introducer.node(), v);
            sentences.add(String.format(Locale.ROOT, "%s and %s are not connected in the network; %s, a coordinator "
                    + "of %s, %s.", a, b, introducer.name(), coordinatedCluster(introducer.node(), u, v),
                    worksWithCandidate ? "works with " + b + " and can introduce them" : "could introduce them"));
        } else {
            sentences.add(String.format(Locale.ROOT, "%s and %s are not connected in the network, and no coordinator "
                    + "of %s's clusters is known.", a, b, a));
        }
        if (!offersSought.isEmpty()) {
            sentences.add(String.format(Locale.ROOT, "%s offers what %s seeks: %s.", a, b, String.join(", ", offersSought)));
        }
        if (!seeksOffered.isEmpty()) {
            sentences.add(String.format(Locale.ROOT, "%s offers what %s seeks: %s.", b, a, String.join(", ", seeksOffered)));
        }
        if (!technologies.isEmpty()) {
            sentences.add(String.format(Locale.ROOT, "Both work on %s.", String.join(", ", technologies)));
        }
        ActorKind ka = graph.kind(u);
        ActorKind kb = graph.kind(v);
        String kinds = ka == kb ? "two " + plural(ka) : article(ka) + " and " + article(kb);
        sentences.add(String.format(Locale.ROOT, "Pairs of %s are tied %s as often as the average pair here.", kinds,
                times(kindLift)));
        if (!Double.isNaN(industryLift)) {
            String ia = graph.industry(u);
            String ib = graph.industry(v);
            if (ia.equals(ib)) {
                sentences.add(String.format(Locale.ROOT, "Both are in %s; firms of that industry are tied to each other "
                        + "%s as often as the average pair of firms.", ia, times(industryLift)));
            } else {
                sentences.add(String.format(Locale.ROOT, "%s is in %s and %s in %s; such pairs are tied %s as often as "
                        + "the average pair of firms.", a, ia, b, ib, times(industryLift)));
            }
        }
        String proximity = proximity(region, clusters, sameCommunity);
        if (proximity != null) {
            sentences.add(proximity);
        }
        if (joins) {
            int outside = context.components.componentOf(u) == giant ? v : u;
            int size = context.components.size(context.components.componentOf(outside));
            String who = graph.name(outside);
            sentences.add(String.format(Locale.ROOT, "The tie would bring %s into the main network of %,d actors.",
                    size == 1 ? who + ", which has no partner yet," : who + " and its group of " + size + " actors",
                    context.components.giantSize()));
        } else if (!Double.isNaN(before) && after < before) {
            sentences.add(String.format(Locale.ROOT, "It would lower %s's constraint from %.3f to %.3f (−%.0f %%): "
                    + "fewer of its contacts would be redundant.", a, before, after, 100 * (before - after) / before));
        } else if (!Double.isNaN(before)) {
            sentences.add(String.format(Locale.ROOT, "It would not lower %s's constraint (%.3f → %.3f): %s is close "
                    + "to %s's partners.", a, before, after, b, a));
        }
        return new Explanation(shared, pair.commonNeighbours(), pair.adamicAdar(), pair.resourceAllocation(), dist[v],
                path, introducer, offersSought, seeksOffered, technologies, kindLift, graph.industry(u),
                graph.industry(v), industryLift, region, clusters, sameCommunity, before, after, joins, sentences);
    }

    /**
     * A coordinator of one of the actor's clusters (or, if it has none, of the candidate's) for two
     * actors the network does not connect: preferably one who works with the candidate, then the
     * one with most partners; -1 when there is none.
     */
    private int clusterCoordinator(int u, int v) {
        int owner = context.clusters[u].length > 0 ? u : v;
        int best = -1;
        for (int x = 0; x < graph.nodeCount(); x++) {
            if (x == u || x == v || graph.kind(x) != ActorKind.COORDINATOR || !context.shareCluster(x, owner)) {
                continue;
            }
            if (best < 0 || better(x, best, v)) {
                best = x;
            }
        }
        return best;
    }

    /** The id of a cluster the coordinator shares with the actor (or else with the candidate). */
    private String coordinatedCluster(int coordinator, int u, int v) {
        int owner = context.clusters[u].length > 0 ? u : v;
        for (int c : context.clusters[coordinator]) {
            if (graph.memberOf(owner, c)) {
                return graph.clusterIds().get(c);
            }
        }
        return "the cluster";
    }

    private boolean better(int x, int y, int v) {
        boolean xv = graph.adjacent(x, v);
        boolean yv = graph.adjacent(y, v);
        if (xv != yv) {
            return xv;
        }
        return graph.degree(x) > graph.degree(y);
    }

    private String proximity(String region, List<String> clusters, boolean sameCommunity) {
        List<String> facts = new ArrayList<>();
        if (region != null) {
            facts.add("in " + region);
        }
        if (!clusters.isEmpty()) {
            facts.add("members of " + String.join(", ", clusters));
        }
        if (sameCommunity) {
            facts.add("in the same community of the network");
        }
        if (facts.isEmpty()) {
            return null;
        }
        if (facts.size() == 1) {
            return "Both are " + facts.get(0) + ".";
        }
        return "Both are " + String.join(", ", facts.subList(0, facts.size() - 1)) + " and " + facts.get(facts.size() - 1)
                + ".";
    }

    private static String names(List<Contact> contacts) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(NAMES_IN_SENTENCE, contacts.size()); i++) {
            names.add(contacts.get(i).name());
        }
        String text = String.join(", ", names);
        int more = contacts.size() - names.size();
        return more > 0 ? text + " and " + count(more, "other", "others") : text;
    }

    private static String count(int k, String one, String many) {
        return k + " " + (k == 1 ? one : many);
    }

    private static String times(double lift) {
        return String.format(Locale.ROOT, "%.1f times", lift);
    }

    static String noun(ActorKind kind) {
        return switch (kind) {
            case COMPANY -> "company";
            case UNIVERSITY -> "university";
            case RESEARCH_INSTITUTE -> "research institute";
            case TLO -> "TLO";
            case FINANCIER -> "financier";
            case COORDINATOR -> "coordinator";
            case GOVERNMENT -> "government body";
            case SUPPORT_ORGANIZATION -> "support organisation";
            case INCUBATOR -> "incubator";
            case TRADING_FIRM -> "trading firm";
            case PROFESSIONAL -> "professional";
        };
    }

    private static String article(ActorKind kind) {
        return (kind == ActorKind.INCUBATOR ? "an " : "a ") + noun(kind);
    }

    private static String plural(ActorKind kind) {
        return switch (kind) {
            case COMPANY -> "companies";
            case UNIVERSITY -> "universities";
            case GOVERNMENT -> "government bodies";
            default -> noun(kind) + "s";
        };
    }
}
