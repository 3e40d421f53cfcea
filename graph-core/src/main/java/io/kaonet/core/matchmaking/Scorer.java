package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.Arrays;

/**
 * Computes every part for every candidate of one actor in one pass over the actor's two-step
 * neighbourhood plus one breadth-first search: O(n + m + Σ<sub>w ∈ Γ(u)</sub> deg w) and the
 * keyword merges.
 *
 * <p>Constraint with the tie (u, v) added, exactly. With tie values a, strengths s, p_ij = a_ij/s_i
 * and L_j = p_uj + Σ_{q ∈ Γ(u), q ≠ j} p_uq p_qj (so C_u = Σ_j L_j²), the tie of weight W changes
 * only u's and v's strengths: with s'_u = s_u + W and r = s_u / s'_u,
 * L'_j = r L_j + a_vj / (s'_u (s_v + W)) for the contacts j of u (the second term is non-zero only
 * for shared partners), and the new contact contributes L'_v = W / s'_u + r Σ_{q ∈ Γ(u)} p_uq a_qv / s_q.
 * Hence C'_u = r² C_u + Σ_{j shared} δ_j (2 r L_j + δ_j) + L'_v², a sum over the shared partners
 * that the two-step pass visits anyway.
 */
final class Scorer {

    private final NetworkContext context;
    private final CollaborationGraph graph;

    Scorer(NetworkContext context) {
        this.context = context;
        this.graph = context.graph;
    }

    CandidateScores score(int u) {
        int n = graph.nodeCount();
        int[] dist = distances(graph, u);
        int[] common = new int[n];
        double[] adamicAdar = new double[n];
        double[] resourceAllocation = new double[n];
        double[] shift = new double[n];
        double[] reach = new double[n];

        // Constraint of u as it is.
        double su = context.strength[u];
        double[] local = new double[n];
        double constraint = Double.NaN;
        if (graph.degree(u) > 0) {
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                local[graph.neighbour(s)] = context.value(s) / su;
            }
            double[] indirect = new double[n];
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int q = graph.neighbour(s);
                double perStrength = context.value(s) / su / context.strength[q];
                for (int t = graph.rowStart(q); t < graph.rowEnd(q); t++) {
                    int j = graph.neighbour(t);
                    if (dist[j] == 1) {
                        indirect[j] += perStrength * context.value(t);
                    }
                }
            }
            constraint = 0;
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int j = graph.neighbour(s);
                local[j] += indirect[j];
                constraint += local[j] * local[j];
            }
        }
        double w = Matchmaking.Parameters.NEW_TIE_WEIGHT;
        double suAfter = su + w;
        double r = su / suAfter;

        // Two-step pass: shared partners in ascending order, as LinkPrediction sums them.
        for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
            int x = graph.neighbour(s);
            int d = graph.degree(x);
            double aa = 1 / Math.log(d);
            double ra = 1.0 / d;
            double pux = context.value(s) / su;
            double rl = r * local[x];
            for (int t = graph.rowStart(x); t < graph.rowEnd(x); t++) {
                int v = graph.neighbour(t);
                if (v == u) {
                    continue;
                }
                common[v]++;
                adamicAdar[v] += aa;
                resourceAllocation[v] += ra;
                double a = context.value(t);
                double delta = a / (suAfter * (context.strength[v] + w));
                shift[v] += delta * (2 * rl + delta);
                reach[v] += pux * a / context.strength[x];
            }
        }

        Matchmaking.Parameters p = context.parameters;
        int du = graph.degree(u);
        boolean keywords = context.keywords.any(u);
        int giant = context.components.giant();
        int compU = context.components.componentOf(u);
        double[] parts = new double[n * CandidateScores.PARTS];
        double[] after = new double[n];
        boolean[] candidate = new boolean[n];
        for (int v = 0; v < n; v++) {
            if (v == u || dist[v] == 1) {
                continue;
            }
            candidate[v] = true;
            int base = v * CandidateScores.PARTS;
            int dv = graph.degree(v);
            double index = switch (p.structuralIndex()) {
                case ADAMIC_ADAR -> adamicAdar[v];
                case RESOURCE_ALLOCATION -> resourceAllocation[v];
                case COMMON_NEIGHBOURS -> common[v];
                case JACCARD -> du + dv - common[v] == 0 ? 0 : (double) common[v] / (du + dv - common[v]);
                case PREFERENTIAL_ATTACHMENT -> throw new IllegalStateException("checked by the parameters");
            };
            parts[base] = 1 - Math.exp(-index);
            parts[base + 1] = context.community[u] == context.community[v] && du > 0 ? 1 : 0;
            parts[base + 2] = context.logMaxDegree == 0 ? 0 : Math.log1p(dv) / context.logMaxDegree;
            double kindLift = context.affinities.kindLift(graph.kind(u), graph.kind(v));
            parts[base + 3] = kindLift / (1 + kindLift);
            double industryLift = context.affinities.industryLift(graph.industryCode(u), graph.industryCode(v));
            parts[base + 4] = Double.isNaN(industryLift) ? 0.5 : industryLift / (1 + industryLift);
            int matches = keywords ? context.keywords.matches(u, v) : 0;
            parts[base + 5] = matches / (1.0 + matches);
            parts[base + 6] = dist[v] < 0 ? 0 : 1.0 / (dist[v] - 1);
            parts[base + 7] = graph.regionCode(u) >= 0 && graph.regionCode(u) == graph.regionCode(v) ? 1 : 0;
            parts[base + 8] = context.shareCluster(u, v) ? 1 : 0;

            double lv = w / suAfter + r * reach[v];
            after[v] = du == 0 ? lv * lv : r * r * constraint + shift[v] + lv * lv;
            int compV = context.components.componentOf(v);
            double value;
            if (compU != compV) {
                value = compU == giant || compV == giant ? 1 : 0.5;
            } else {
                value = Math.max(0, (constraint - after[v]) / constraint);
            }
            parts[base + 9] = value;
            parts[base + 10] = context.maxDegree == 0 ? 0 : (double) dv / context.maxDegree;
            parts[base + 11] = context.recency[v];
            double countryLift = context.affinities.countryLift(graph.countryCode(u), graph.countryCode(v));
            parts[base + 12] = Double.isNaN(countryLift) ? 0.5 : countryLift / (1 + countryLift);
            parts[base + 13] = context.participations[v];
        }
        return new CandidateScores(u, parts, candidate, constraint, after, dist);
    }

    /** Hop distances from u by breadth-first search; -1 where not reachable. O(n + m). */
    static int[] distances(CollaborationGraph graph, int u) {
        int n = graph.nodeCount();
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        dist[u] = 0;
        queue[tail++] = u;
        while (head < tail) {
            int x = queue[head++];
            for (int s = graph.rowStart(x); s < graph.rowEnd(x); s++) {
                int y = graph.neighbour(s);
                if (dist[y] < 0) {
                    dist[y] = dist[x] + 1;
                    queue[tail++] = y;
                }
            }
        }
        return dist;
    }
}
