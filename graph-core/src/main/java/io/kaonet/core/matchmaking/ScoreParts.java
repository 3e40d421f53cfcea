package io.kaonet.core.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a candidate's score, each in [0, 1]; the score is Σ weight × part with the weights
 * of {@link Matchmaking.Parameters.Weights}. See {@code docs/matchmaking.md} for each definition.
 *
 * @param structural      1 − e<sup>−s</sup> for the structural index s of the pair (Adamic–Adar by default)
 * @param community       1 when both are in the same community detected by Louvain, else 0
 * @param activity        ln(1 + deg v) / ln(1 + max deg): how active the candidate is
 * @param kinds           L / (1 + L) for the lift L of the pair's two kinds (0.5 when as common as average)
 * @param industries      L / (1 + L) for the lift of the two industries; 0.5 when an industry is unknown
 * @param keywords        k / (1 + k) for k matching keywords (offers↔seeks either way, shared technologies)
 * @param distance        1 / (d − 1) for network distance d ≥ 2; 0 when not connected
 * @param region          1 when both are in the same region, else 0
 * @param cluster         1 when both are members of a common cluster, else 0
 * @param structuralValue the larger of the relative drop of the actor's constraint and, for a tie
 *                        between different components one of which is the main one, 1 (0.5 when
 *                        neither is the main one)
 * @param degree          deg v / max deg: the candidate's partners on a linear scale, as preferential
 *                        attachment reads them (hubs stand out more than on the log scale of activity)
 * @param recency         ln(1 + r) / ln(1 + max r) for the r partners the candidate gained in the
 *                        {@value Matchmaking.Parameters#RECENT_YEARS} years before the newest tie of the
 *                        network: who is forming ties now
 * @param countries       L / (1 + L) for the lift of the two countries; 0.5 when a country is unknown
 * @param participations  ln(1 + a) / ln(1 + max a) for the a activities (projects, consortia, events)
 *                        the candidate took part in, single-participant ones included; 0 without
 *                        activities. With co-participation ties it counts what degree misses: the
 *                        grants an actor held alone and the consortia it joined with known partners
 */
public record ScoreParts(double structural, double community, double activity, double kinds, double industries,
                         double keywords, double distance, double region, double cluster, double structuralValue,
                         double degree, double recency, double countries,
                         double participations) {

    /** The names of the parts, in declaration order. */
    public static final List<String> NAMES = List.of("structural", "community", "activity", "kinds", "industries",
            "keywords", "distance", "region", "cluster", "structuralValue", "degree", "recency", "countries", "participations");

    /** The parts in the order of {@link #NAMES}. */
    public double[] toArray() {
        return new double[] {structural, community, activity, kinds, industries, keywords, distance, region, cluster,
            structuralValue, degree, recency, countries, participations};
    }

    /** Σ weight × part. */
    public double score(Matchmaking.Parameters.Weights weights) {
        double[] p = toArray();
        double[] w = weights.toArray();
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += w[i] * p[i];
        }
        return s;
    }

    /**
     * The parts that drove the rank under these weights: every part with a positive weight × part,
     * largest first (ties in the order of {@link #NAMES}).
     */
    public List<ScoreContribution> contributions(Matchmaking.Parameters.Weights weights) {
        double[] p = toArray();
        double[] w = weights.toArray();
        List<ScoreContribution> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (w[i] * p[i] > 0) {
                out.add(new ScoreContribution(NAMES.get(i), w[i], p[i], w[i] * p[i]));
            }
        }
        out.sort(Comparator.comparingDouble(ScoreContribution::contribution).reversed());
        return List.copyOf(out);
    }

    static ScoreParts of(double[] p) {
        return new ScoreParts(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13]);
    }
}
