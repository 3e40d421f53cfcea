package io.kaonet.api.matchmaking;

import io.kaonet.api.matchmaking.NetworkRankings.RankingInUse;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.network.Network;
import io.kaonet.api.paging.CountArguments;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.ScoreParts;
import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.matchmaking.backtest.Interval;
import io.kaonet.core.matchmaking.backtest.MethodScore;
import io.kaonet.core.matchmaking.backtest.Ranking;
import io.kaonet.core.matchmaking.backtest.RankingFit;
import io.kaonet.core.matchmaking.backtest.RankingMethod;
import io.kaonet.core.matchmaking.backtest.Weighting;
import io.kaonet.core.model.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Which ranking matchmaking uses on a network, why, and the figures behind the choice; fitting it anew. */
@Controller
public class MatchmakingRankingController {

    private final NetworkRankings rankings;

    public MatchmakingRankingController(NetworkRankings rankings) {
        this.rankings = rankings;
    }

    @SchemaMapping(typeName = "Network", field = "matchmakingRanking")
    public RankingInUse matchmakingRanking(Network network) {
        return rankings.inUse(network.scope());
    }

    /**
     * The arguments of {@code Mutation.fitMatchmakingRanking}.
     *
     * @param scope the network (its dates are ignored), or null for the whole cumulative network
     */
    public record FitMatchmakingRankingArguments(Scope scope) {
    }

    @MutationMapping
    public RankingInUse fitMatchmakingRanking(@Arguments FitMatchmakingRankingArguments arguments) {
        return rankings.startFit(arguments.scope());
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "label")
    public String label(RankingInUse r) {
        return RankingFit.label(r.ranking());
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "fitted")
    public boolean fitted(RankingInUse r) {
        return r.stored() != null;
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "dataVersion")
    public Long dataVersion(RankingInUse r) {
        return r.stored() == null ? null : r.stored().dataVersion();
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "fittedAt")
    public String fittedAt(RankingInUse r) {
        return r.stored() == null ? null : r.stored().fittedAt().toString();
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "fitPeriod")
    public Period fitPeriod(RankingInUse r) {
        return fit(r) == null ? null : new Period(fit(r).periods().fitFrom(), fit(r).periods().heldOutFrom().minusDays(1));
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "heldOutPeriod")
    public Period heldOutPeriod(RankingInUse r) {
        return fit(r) == null ? null : new Period(fit(r).periods().heldOutFrom(), fit(r).periods().heldOutUntil());
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "fitActors")
    public Integer fitActors(RankingInUse r) {
        return fit(r) == null ? null : fit(r).fitQueries();
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "fitTies")
    public Integer fitTies(RankingInUse r) {
        return fit(r) == null ? null : fit(r).fitTargets();
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "heldOutActors")
    public Integer heldOutActors(RankingInUse r) {
        return fit(r) == null ? null : fit(r).heldOutQueries();
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "heldOutTies")
    public Integer heldOutTies(RankingInUse r) {
        return fit(r) == null ? null : fit(r).heldOutTargets();
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "weights")
    public List<PartWeight> weights(RankingInUse r) {
        return PartWeight.of(r.weights());
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "learntWeights")
    public List<PartWeight> learntWeights(RankingInUse r) {
        return fit(r) == null ? List.of() : PartWeight.of(fit(r).learnt());
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "heldOut")
    public List<RankingFigures> heldOut(RankingInUse r) {
        FitResult f = fit(r);
        if (f == null) {
            return List.of();
        }
        List<RankingFigures> out = new ArrayList<>();
        for (int i = 0; i < f.heldOut().size(); i++) {
            MethodScore s = f.heldOut().get(i);
            Ranking ranking = i == 0 ? Ranking.LEARNT : i == 1 ? Ranking.BUILT_IN : baseline(s.method());
            int k = RankingFit.Parameters.K;
            MethodScore learnt = f.heldOut().get(0);
            boolean beaten = i > 0 && learnt.precisionAt(k) > s.precisionAt(k) && learnt.mrr() > s.mrr();
            out.add(new RankingFigures(ranking, s.label(), s.precisionAt(k), s.precisionIntervalAt(k), s.recallAt(k),
                    s.recallIntervals().get(s.ks().indexOf(k)), s.mrr(), s.mrrInterval(), ranking == r.ranking(), beaten));
        }
        return out;
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "decision")
    public String decision(RankingInUse r) {
        return fit(r) == null ? "NOT_FITTED" : fit(r).decision().name();
    }

    @SchemaMapping(typeName = "MatchmakingRanking", field = "crossValidation")
    public CrossValidation crossValidation(RankingInUse r) {
        FitResult f = fit(r);
        if (f == null || f.models().isEmpty()) {
            return null;
        }
        List<Map.Entry<String, Double>> best = new ArrayList<>(f.models().entrySet());
        // Stable: equal figures keep the order tried, so the chosen weighting (the first of the best) leads.
        best.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<CandidateWeighting> all = new ArrayList<>();
        CandidateWeighting chosen = null;
        for (int i = 0; i < best.size(); i++) {
            String name = best.get(i).getKey();
            Optional<Weighting> w = Weighting.parse(name);
            if (w.isEmpty()) {
                // Named by an older fit in a way no weighting writes now: nothing to describe it by.
                return null;
            }
            CandidateWeighting c = CandidateWeighting.of(name, w.get(), best.get(i).getValue(), i + 1,
                    name.equals(f.model()));
            all.add(c);
            if (c.chosen()) {
                chosen = c;
            }
        }
        return chosen == null ? null
                : new CrossValidation(Math.min(RankingFit.Parameters.FOLDS_DEFAULT, f.fitQueries()), chosen, all);
    }

    @SchemaMapping(typeName = "CrossValidation", field = "totalCount")
    public int totalCount(CrossValidation c) {
        return c.weightings().size();
    }

    @SchemaMapping(typeName = "CrossValidation", field = "weightings")
    public List<CandidateWeighting> weightings(CrossValidation c, @Arguments CountArguments count) {
        int first = count.first();
        if (first < 0 || first > 500) {
            throw new InvalidArgumentException("first", first, "first must be 0 to 500, was " + first);
        }
        return c.weightings().subList(0, Math.min(first, c.weightings().size()));
    }

    private static FitResult fit(RankingInUse r) {
        return r.stored() == null ? null : r.stored().fit();
    }

    private static Ranking baseline(RankingMethod method) {
        for (Ranking r : Ranking.values()) {
            if (r != Ranking.LEARNT && r != Ranking.BUILT_IN && r.method() == method) {
                return r;
            }
        }
        return null;
    }

    /**
     * A period of the fit.
     *
     * @param from  first day
     * @param until last day
     */
    public record Period(LocalDate from, LocalDate until) {
    }

    /**
     * The weight of one score part.
     *
     * @param part   the part's name
     * @param weight its weight
     */
    public record PartWeight(String part, double weight) {

        static List<PartWeight> of(Matchmaking.Parameters.Weights weights) {
            double[] w = weights.toArray();
            List<PartWeight> out = new ArrayList<>();
            for (int i = 0; i < w.length; i++) {
                out.add(new PartWeight(ScoreParts.NAMES.get(i), w[i]));
            }
            return out;
        }
    }

    /**
     * One ranking's figures on the held-out period.
     *
     * @param ranking                    the ranking; null for the random order, which is never used
     * @param label                      its name in a report
     * @param precisionAt10              mean precision at 10
     * @param precisionAt10Interval      its 95 % bootstrap interval over the actors asked about
     * @param recallAt10                 mean recall at 10
     * @param recallAt10Interval         its interval
     * @param meanReciprocalRank         mean reciprocal rank of the best-ranked new partner
     * @param meanReciprocalRankInterval its interval
     * @param inUse                      whether this is the ranking in use
     * @param beatenByLearnt             whether the learnt weights beat it on both P@10 and MRR
     */
    public record RankingFigures(Ranking ranking, String label, double precisionAt10, Interval precisionAt10Interval,
                                 double recallAt10, Interval recallAt10Interval, double meanReciprocalRank,
                                 Interval meanReciprocalRankInterval, boolean inUse, boolean beatenByLearnt) {
    }

    /**
     * The candidate weightings of a fit.
     *
     * @param folds      the folds of the cross-validation
     * @param chosen     the weighting chosen
     * @param weightings every candidate, best first
     */
    public record CrossValidation(int folds, CandidateWeighting chosen, List<CandidateWeighting> weightings) {

        public CrossValidation {
            weightings = List.copyOf(weightings);
        }
    }

    /**
     * One candidate weighting as the API shows it.
     *
     * @param name               its name in reports
     * @param kind               what sort it is
     * @param part               its part alone or blended; null otherwise
     * @param penalty            its logit's penalty; null without a logit
     * @param logitShare         the logit's share of a blend; null otherwise
     * @param meanReciprocalRank its cross-validated MRR
     * @param rank               its place, 1 for the best
     * @param chosen             whether it is the learnt weights
     */
    public record CandidateWeighting(String name, Weighting.Kind kind, String part, Double penalty, Double logitShare,
                                     double meanReciprocalRank, int rank, boolean chosen) {

        static CandidateWeighting of(String name, Weighting w, double mrr, int rank, boolean chosen) {
            return new CandidateWeighting(name, w.kind(), w.part(), Double.isNaN(w.penalty()) ? null : w.penalty(),
                    Double.isNaN(w.logitShare()) ? null : w.logitShare(), mrr, rank, chosen);
        }
    }
}
