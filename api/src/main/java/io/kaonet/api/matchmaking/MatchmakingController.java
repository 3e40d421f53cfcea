package io.kaonet.api.matchmaking;

import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.Cursors;
import io.kaonet.core.matchmaking.ActorCandidates;
import io.kaonet.core.matchmaking.CandidateFilter;
import io.kaonet.core.matchmaking.ClusterIntroductions;
import io.kaonet.core.matchmaking.Explanation;
import io.kaonet.core.matchmaking.MatchCandidate;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.MatchmakingParameters;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Matchmaking: an actor's explained candidates and a cluster's next introductions. */
@Controller
public class MatchmakingController {

    static final String CURSOR_KIND = "candidate";
    static final String ANALYSIS = "matchmaking/";
    private static final int DEFAULT_PAGE = 10;
    private static final int MAX_BRIDGES = 50;

    private final Projections projections;
    private final NetworkRankings rankings;

    public MatchmakingController(Projections projections, NetworkRankings rankings) {
        this.projections = projections;
        this.rankings = rankings;
    }

    @QueryMapping
    public Connection<MatchCandidate> candidates(@Argument String actorId, @Argument Scope scope,
                                                 @Argument CandidateFilterInput filter, @Argument Integer first,
                                                 @Argument String after) {
        int size = Cursors.pageSize(first, DEFAULT_PAGE);
        int offset = after == null ? 0 : position(Cursors.decode(CURSOR_KIND, after)) + 1;
        ActorCandidates result = matchmaking(scope).candidates(actorId,
                filter == null ? CandidateFilter.NONE : filter.toFilter(), offset + size);
        List<MatchCandidate> all = result.candidates();
        List<MatchCandidate> page = offset >= all.size() ? List.of() : all.subList(offset, all.size());
        Map<MatchCandidate, String> cursors = new IdentityHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            cursors.put(page.get(i), Cursors.encode(CURSOR_KIND, String.valueOf(offset + i)));
        }
        return Connection.of(page, cursors::get, offset > 0, result.eligible() > offset + size, result.eligible());
    }

    @QueryMapping
    public ClusterIntroductions clusterIntroductions(@Argument String clusterId, @Argument Scope scope,
                                                     @Argument List<ActorKind> kinds, @Argument Integer pairs,
                                                     @Argument Integer isolatedFirms, @Argument Integer bridgesPerFirm) {
        return matchmaking(scope).cluster(clusterId, kinds == null ? Set.of() : Set.copyOf(kinds),
                limit(pairs, 10, Cursors.MAX_PAGE_SIZE, "pairs"), limit(isolatedFirms, 20, Cursors.MAX_PAGE_SIZE,
                        "isolatedFirms"), limit(bridgesPerFirm, 3, MAX_BRIDGES, "bridgesPerFirm"));
    }

    @SchemaMapping(typeName = "Explanation", field = "distance")
    public Integer distance(Explanation explanation) {
        return explanation.distance() < 0 ? null : explanation.distance();
    }

    @SchemaMapping(typeName = "Explanation", field = "industryLift")
    public Double industryLift(Explanation explanation) {
        return finite(explanation.industryLift());
    }

    @SchemaMapping(typeName = "Explanation", field = "constraintBefore")
    public Double constraintBefore(Explanation explanation) {
        return finite(explanation.constraintBefore());
    }

    @SchemaMapping(typeName = "Explanation", field = "text")
    public String text(Explanation explanation) {
        return explanation.text();
    }

    /**
     * The CandidateFilter input; checked when turned into the core's filter, so that a bad value
     * is a BAD_ARGUMENT error rather than a binding failure.
     *
     * @param kinds       candidates of these kinds
     * @param industries  candidates in these industries
     * @param clusterIds  candidates in any of these clusters
     * @param maxDistance at most this many steps away, or null
     * @param relation    inside, across or any cluster
     */
    public record CandidateFilterInput(List<ActorKind> kinds, List<String> industries, List<String> clusterIds,
                                       Integer maxDistance, CandidateFilter.ClusterRelation relation) {

        CandidateFilter toFilter() {
            return new CandidateFilter(kinds == null ? null : Set.copyOf(kinds),
                    industries == null ? null : Set.copyOf(industries), clusterIds == null ? null : Set.copyOf(clusterIds),
                    maxDistance, relation);
        }
    }

    /** Matchmaking on the scope with the ranking its network uses (learnt, built-in or a baseline). */
    private Matchmaking matchmaking(Scope scope) {
        Scope s = scope == null ? Scope.ALL : scope;
        NetworkRankings.RankingInUse inUse = rankings.inUse(s);
        MatchmakingParameters parameters = inUse.parameters();
        String name = ANALYSIS + inUse.ranking() + "/" + (inUse.stored() == null ? "built-in" : inUse.stored().fittedAt());
        return projections.analysis(s, name, graph -> new Matchmaking(graph, parameters));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static int position(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor is not a cursor of this list");
        }
    }

    private static int limit(Integer value, int fallback, int max, String name) {
        int v = value == null ? fallback : value;
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(name + " must be within [0, " + max + "], was " + v);
        }
        return v;
    }
}
