package io.kaonet.api.matchmaking;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.Analyses;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.errors.NotFoundException;
import io.kaonet.api.network.Network;
import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.Cursors;
import io.kaonet.core.matchmaking.ActorCandidates;
import io.kaonet.core.matchmaking.CandidateFilter;
import io.kaonet.core.matchmaking.ClusterIntroductions;
import io.kaonet.core.matchmaking.Contact;
import io.kaonet.core.matchmaking.Explanation;
import io.kaonet.core.matchmaking.MatchCandidate;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.reads.ActorQueries;
import io.kaonet.queries.reads.ClusterQueries;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Arguments;
import io.kaonet.api.paging.CountArguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Matchmaking: an actor's explained candidates and a cluster's next introductions. */
@Controller
public class MatchmakingController {

    static final String CURSOR_KIND = "candidate";
    private static final int MAX_BRIDGES = 50;

    private final Analyses analyses;
    private final ActorQueries actors;
    private final ClusterQueries clusters;
    private final NetworkRankings rankings;

    public MatchmakingController(Analyses analyses, ActorQueries actors, ClusterQueries clusters,
                                 NetworkRankings rankings) {
        this.analyses = analyses;
        this.actors = actors;
        this.clusters = clusters;
        this.rankings = rankings;
    }

    /**
     * The arguments of {@code Network.candidates} and of the deprecated root {@code Query.candidates};
     * the defaults are the schema's.
     *
     * @param actorId the actor to find partners for
     * @param scope   the deprecated root field's scope (null for the whole network); absent under {@code Network}
     * @param filter  which candidates, or null for any
     * @param first   page size
     * @param after   cursor of the previous page's last candidate, or null
     */
    public record CandidatesArguments(String actorId, Scope scope, CandidateFilterInput filter, Integer first,
                                      String after) {

        public CandidatesArguments {
            requireGiven("first", first);
        }
    }

    /**
     * The arguments of {@code Network.clusterIntroductions}.
     *
     * @param clusterId the cluster
     * @param kinds     only members of these kinds, or null or empty for every kind
     */
    public record ClusterIntroductionsArguments(String clusterId, List<ActorKind> kinds) {
    }

    /**
     * The arguments of the deprecated root {@code Query.clusterIntroductions}; the defaults are the schema's.
     *
     * @param clusterId      the cluster
     * @param scope          the scope, or null for the whole network
     * @param kinds          only members of these kinds, or null or empty for every kind
     * @param pairs          pairs to suggest, 0 to 500
     * @param isolatedFirms  isolated firms to list, 0 to 500
     * @param bridgesPerFirm bridges per isolated firm, 0 to 50
     */
    public record RootClusterIntroductionsArguments(String clusterId, Scope scope, List<ActorKind> kinds,
                                                    Integer pairs, Integer isolatedFirms, Integer bridgesPerFirm) {

        public RootClusterIntroductionsArguments {
            limit(requireGiven("pairs", pairs), Cursors.MAX_PAGE_SIZE, "pairs");
            limit(requireGiven("isolatedFirms", isolatedFirms), Cursors.MAX_PAGE_SIZE, "isolatedFirms");
            limit(requireGiven("bridgesPerFirm", bridgesPerFirm), MAX_BRIDGES, "bridgesPerFirm");
        }
    }

    /** The deprecated root field; {@code network(scope) { candidates }} replaces it. */
    @QueryMapping(name = "candidates")
    public Connection<MatchCandidate> rootCandidates(@Arguments CandidatesArguments arguments) {
        return candidates(arguments.scope() == null ? Scope.ALL : arguments.scope(), arguments);
    }

    @SchemaMapping(typeName = "Network", field = "candidates")
    public Connection<MatchCandidate> candidates(Network network, @Arguments CandidatesArguments arguments) {
        return candidates(network.scope(), arguments);
    }

    private Connection<MatchCandidate> candidates(Scope scope, CandidatesArguments arguments) {
        String actorId = arguments.actorId();
        CandidateFilterInput filter = arguments.filter();
        String after = arguments.after();
        int size = Cursors.pageSize(arguments.first());
        int offset = after == null ? 0 : position(Cursors.decode(CURSOR_KIND, after)) + 1;
        if (actors.byId(actorId).isEmpty()) {
            throw new NotFoundException("actorId", actorId, "actor");
        }
        Matchmaking matchmaking = matchmaking(scope);
        if (matchmaking.graph().indexOf(actorId).isEmpty()) {
            return Connection.of(List.of(), c -> "", offset > 0, false, 0);
        }
        ActorCandidates result = matchmaking.candidates(actorId,
                filter == null ? CandidateFilter.NONE : filter.toFilter(), offset + size);
        List<MatchCandidate> all = result.candidates();
        List<MatchCandidate> page = offset >= all.size() ? List.of() : all.subList(offset, all.size());
        Map<MatchCandidate, String> cursors = new IdentityHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            cursors.put(page.get(i), Cursors.encode(CURSOR_KIND, String.valueOf(offset + i)));
        }
        return Connection.of(page, cursors::get, offset > 0, result.eligible() > offset + size, result.eligible());
    }

    /**
     * The deprecated root field; {@code network(scope) { clusterIntroductions }} replaces it. Its
     * counts apply to the lists that do not state their own {@code first}.
     */
    @QueryMapping(name = "clusterIntroductions")
    public IntroductionsAnswer rootClusterIntroductions(@Arguments RootClusterIntroductionsArguments arguments,
                                                        DataFetchingEnvironment env) {
        Counts root = new Counts(arguments.pairs(), arguments.isolatedFirms(), arguments.bridgesPerFirm());
        return clusterIntroductions(arguments.scope() == null ? Scope.ALL : arguments.scope(), arguments.clusterId(),
                arguments.kinds(), root, env);
    }

    /**
     * {@code network(scope) { clusterIntroductions(clusterId) }}: computed once, with the largest
     * {@code first} each list selected asks for; each list is then cut to its own {@code first}.
     */
    @SchemaMapping(typeName = "Network", field = "clusterIntroductions")
    public IntroductionsAnswer clusterIntroductions(Network network, @Arguments ClusterIntroductionsArguments arguments,
                                                    DataFetchingEnvironment env) {
        return clusterIntroductions(network.scope(), arguments.clusterId(), arguments.kinds(), null, env);
    }

    private IntroductionsAnswer clusterIntroductions(Scope scope, String clusterId, List<ActorKind> kinds, Counts root,
                                                     DataFetchingEnvironment env) {
        if (clusters.all().stream().noneMatch(c -> c.id().equals(clusterId))) {
            throw new NotFoundException("clusterId", clusterId, "cluster");
        }
        DataFetchingFieldSelectionSet selection = env.getSelectionSet();
        int pairs = largestFirst(selection, "pairs", root == null ? 0 : root.pairs());
        int isolated = largestFirst(selection, "isolated", root == null ? 0 : root.isolated());
        int bridges = largestFirst(selection, "isolated/bridges", root == null ? 0 : root.bridges());
        ClusterIntroductions result = matchmaking(scope).cluster(clusterId, kinds == null ? Set.of() : Set.copyOf(kinds),
                limit(pairs, Cursors.MAX_PAGE_SIZE, "first"), limit(isolated, Cursors.MAX_PAGE_SIZE, "first"),
                limit(bridges, MAX_BRIDGES, "first"));
        return new IntroductionsAnswer(result, root);
    }

    @SchemaMapping(typeName = "ClusterIntroductions", field = "pairs")
    public List<MatchCandidate> pairs(IntroductionsAnswer answer, @Arguments CountArguments count,
                                      DataFetchingEnvironment env) {
        int n = effective(env, count.first(), answer.root() == null ? null : answer.root().pairs(), Cursors.MAX_PAGE_SIZE);
        return head(answer.result().pairs(), n);
    }

    @SchemaMapping(typeName = "ClusterIntroductions", field = "isolated")
    public List<IsolatedBridges> isolated(IntroductionsAnswer answer, @Arguments CountArguments count,
                                          DataFetchingEnvironment env) {
        int n = effective(env, count.first(), answer.root() == null ? null : answer.root().isolated(), Cursors.MAX_PAGE_SIZE);
        return head(answer.result().isolated(), n).stream().map(f -> new IsolatedBridges(f, answer.root())).toList();
    }

    @SchemaMapping(typeName = "IsolatedFirmBridges", field = "bridges")
    public List<MatchCandidate> bridges(IsolatedBridges firm, @Arguments CountArguments count,
                                        DataFetchingEnvironment env) {
        int n = effective(env, count.first(), firm.root() == null ? null : firm.root().bridges(), MAX_BRIDGES);
        return head(firm.firm().bridges(), n);
    }

    @SchemaMapping(typeName = "IsolatedFirmBridges", field = "actor")
    public Contact isolatedActor(IsolatedBridges firm) {
        return firm.firm().firm();
    }

    @SchemaMapping(typeName = "IsolatedFirmBridges", field = "firm")
    public Contact isolatedFirm(IsolatedBridges firm) {
        return firm.firm().firm();
    }

    @SchemaMapping(typeName = "IsolatedFirmBridges", field = "partners")
    public int isolatedPartners(IsolatedBridges firm) {
        return firm.firm().partners();
    }

    @SchemaMapping(typeName = "ClusterIntroductions", field = "cluster")
    public String cluster(IntroductionsAnswer answer) {
        return answer.result().clusterId();
    }

    @SchemaMapping(typeName = "ClusterIntroductions", field = "clusterId")
    public String clusterId(IntroductionsAnswer answer) {
        return answer.result().clusterId();
    }

    @SchemaMapping(typeName = "ClusterIntroductions", field = "members")
    public int members(IntroductionsAnswer answer) {
        return answer.result().members();
    }

    @SchemaMapping(typeName = "MatchCandidate", field = "source")
    public Contact source(MatchCandidate candidate) {
        return candidate.actor();
    }

    @SchemaMapping(typeName = "MatchCandidate", field = "target")
    public Contact target(MatchCandidate candidate) {
        return candidate.candidate();
    }

    @SchemaMapping(typeName = "Explanation", field = "sourceIndustry")
    public String sourceIndustry(Explanation explanation) {
        return explanation.actorIndustry();
    }

    @SchemaMapping(typeName = "Explanation", field = "targetIndustry")
    public String targetIndustry(Explanation explanation) {
        return explanation.candidateIndustry();
    }

    @SchemaMapping(typeName = "Explanation", field = "commonClusters")
    public List<String> commonClusters(Explanation explanation) {
        return explanation.sharedClusters();
    }

    /** The counts of the deprecated root field. */
    record Counts(int pairs, int isolated, int bridges) {
    }

    /** The schema's {@code ClusterIntroductions}: the result, and the root field's counts (null under network). */
    public record IntroductionsAnswer(ClusterIntroductions result, Counts root) {
    }

    /** The schema's {@code IsolatedFirmBridges}, with the root field's counts (null under network). */
    public record IsolatedBridges(ClusterIntroductions.IsolatedFirm firm, Counts root) {
    }

    /** The largest {@code first} among the selected fields at {@code path}, and at least {@code floor}. */
    private static int largestFirst(DataFetchingFieldSelectionSet selection, String path, int floor) {
        int n = floor;
        for (SelectedField f : selection.getFields(path)) {
            if (f.getArguments().get("first") instanceof Integer first) {
                n = Math.max(n, first);
            }
        }
        return n;
    }

    /**
     * The length of a list: its own {@code first} when the query states it, else the deprecated root
     * field's count when there is one, else the schema's default of {@code first}.
     */
    private static int effective(DataFetchingEnvironment env, int first, Integer root, int max) {
        boolean explicit = env.getField().getArguments().stream().anyMatch(a -> a.getName().equals("first"));
        return limit(explicit || root == null ? first : root, max, "first");
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
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
        Matchmaking.Parameters parameters = rankings.inUse(s).parameters();
        return analyses.get(s, new WithParameters(parameters), (graph, run) -> new Matchmaking(graph, parameters));
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

    private static int limit(int value, int max, String name) {
        if (value < 0 || value > max) {
            throw new InvalidArgumentException(name, value, name + " must be within [0, " + max + "], was " + value);
        }
        return value;
    }

    /** Matchmaking with the parameters of the ranking in use (a record: equal parameters, one entry). */
    private record WithParameters(Matchmaking.Parameters parameters) implements AnalysisKey<Matchmaking> {
    }
}
