package io.kaonet.api.matchmaking;

import io.kaonet.api.matchmaking.NetworkRankings.RankingInUse;
import io.kaonet.api.network.Network;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.ScoreParts;
import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.matchmaking.backtest.Interval;
import io.kaonet.core.matchmaking.backtest.MethodScore;
import io.kaonet.core.matchmaking.backtest.Ranking;
import io.kaonet.core.matchmaking.backtest.RankingFit;
import io.kaonet.core.matchmaking.backtest.RankingMethod;
import io.kaonet.core.model.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
            out.add(new RankingFigures(ranking, s.label(), s.precisionAt(k), s.precisionIntervalAt(k), s.recallAt(k),
                    s.recallIntervals().get(s.ks().indexOf(k)), s.mrr(), s.mrrInterval(), ranking == r.ranking()));
        }
        return out;
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
     */
    public record RankingFigures(Ranking ranking, String label, double precisionAt10, Interval precisionAt10Interval,
                                 double recallAt10, Interval recallAt10Interval, double meanReciprocalRank,
                                 Interval meanReciprocalRankInterval, boolean inUse) {
    }
}
