package io.kaonet.api.isolation;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.core.isolation.CandidatePurpose;
import java.util.EnumMap;

import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.OffsetPage;
import io.kaonet.api.paging.SortDirection;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.isolation.ConnectionCandidate;
import io.kaonet.core.isolation.IsolatedFirm;
import io.kaonet.core.isolation.IsolatedFirms;
import io.kaonet.core.isolation.IsolatedFirmsResult;
import io.kaonet.core.isolation.IsolationReason;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.queries.reads.ActorQueries;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code network(scope) { isolatedFirms(...) }}: the firms of the scope with every isolation reason
 * and explained candidates, filtered by reason and ranked. The analysis, its views and each ranking
 * are cached on the projection.
 */
@Controller
public class IsolatedFirmsController {

    private final Analyses analyses;
    private final ActorQueries actors;

    public IsolatedFirmsController(Analyses analyses, ActorQueries actors) {
        this.analyses = analyses;
        this.actors = actors;
    }

    /**
     * The arguments of {@code Network.isolatedFirms}; the defaults are the schema's.
     *
     * @param first      page size
     * @param after      cursor of the previous page's last firm, or null
     * @param reasons    keep firms with any (or all) of these reasons; null or empty for every firm
     * @param requireAll whether a firm must have every reason
     * @param orderBy    what to rank by
     * @param direction  largest or smallest first
     * @param candidates candidates per purpose (deprecated in favour of {@code IsolatedFirm.candidates(first:)})
     */
    public record IsolatedFirmsArguments(Integer first, String after, List<IsolationReason> reasons,
                                         Boolean requireAll, IsolatedFirmOrder orderBy, SortDirection direction,
                                         Integer candidates) {

        public IsolatedFirmsArguments {
            requireGiven("first", first);
            requireGiven("requireAll", requireAll);
            requireGiven("orderBy", orderBy);
            requireGiven("direction", direction);
            requireGiven("candidates", candidates);
        }
    }

    /**
     * The arguments of {@code IsolatedFirm.candidates}.
     *
     * @param first at most this many per purpose, or null for the deprecated {@code isolatedFirms(candidates:)}
     */
    public record CandidatesArguments(Integer first) {
    }

    @SchemaMapping(typeName = "Network", field = "isolatedFirms")
    public IsolatedFirmConnection isolatedFirms(Network network, @Arguments IsolatedFirmsArguments arguments,
                                                DataFetchingEnvironment env) {
        List<IsolationReason> reasons = arguments.reasons();
        // Computed once with the most candidates any selected list asks for; each list is cut to its own.
        int k = arguments.candidates();
        for (SelectedField f : env.getSelectionSet().getFields("edges/node/candidates")) {
            if (f.getArguments().get("first") instanceof Integer n) {
                k = Math.max(k, n);
            }
        }
        IsolatedFirms.Parameters parameters = new IsolatedFirms.Parameters(k);
        Set<IsolationReason> wanted = reasons == null || reasons.isEmpty() ? EnumSet.noneOf(IsolationReason.class)
                : EnumSet.copyOf(reasons);
        boolean all = arguments.requireAll();
        IsolatedFirmOrder order = arguments.orderBy();
        SortDirection dir = arguments.direction();
        String kind = "isolated-firm/" + wanted + "/" + all + "/" + order + "/" + dir;
        OffsetPage page = OffsetPage.of(kind, arguments.first(), arguments.after());

        ProjectionMemo memo = ProjectionMemo.of(analyses, network.scope());
        IsolatedFirmsResult result = memo.get(new Firms(parameters),
                (g, run) -> new IsolatedFirms(g, parameters).compute(run));
        List<IsolatedFirmView> views = memo.get(new Views(parameters), (g, run) -> views(g, result));
        int[] ranked = memo.get(new Ranking(parameters, wanted, all, order, dir),
                (g, run) -> rank(result, wanted, all, order, dir));
        Connection<IsolatedFirmView> connection = page.of(kind, ranked.length, i -> views.get(ranked[i]));
        List<ReasonCount> counts = new ArrayList<>();
        for (IsolationReason r : IsolationReason.values()) {
            counts.add(new ReasonCount(r, result.count(r)));
        }
        return new IsolatedFirmConnection(connection.edges(), connection.pageInfo(), connection.totalCount(),
                result.firmCount(), counts, result.mainComponentSize(), result.lowestTiedShell());
    }

    /** A firm's candidates, at most {@code first} per purpose (the deprecated isolatedFirms(candidates:) when omitted). */
    @SchemaMapping(typeName = "IsolatedFirm", field = "candidates")
    public List<Candidate> candidates(IsolatedFirmView firm, @Arguments CandidatesArguments arguments,
                                      DataFetchingEnvironment env) {
        int perPurpose = arguments.first() != null ? arguments.first() : parentCandidates(env);
        if (perPurpose < 0 || perPurpose > 50) {
            throw new InvalidArgumentException("first", perPurpose, "first must be within [0, 50], was " + perPurpose);
        }
        Map<CandidatePurpose, Integer> taken = new EnumMap<>(CandidatePurpose.class);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : firm.candidates()) {
            if (taken.merge(c.purpose(), 1, Integer::sum) <= perPurpose) {
                out.add(c);
            }
        }
        return out;
    }

    private static int parentCandidates(DataFetchingEnvironment env) {
        for (ExecutionStepInfo info = env.getExecutionStepInfo(); info != null; info = info.getParent()) {
            if (info.getField() != null && info.getField().getName().equals("isolatedFirms")
                    && info.getArgument("candidates") instanceof Integer n) {
                return n;
            }
        }
        throw new IllegalStateException("IsolatedFirm.candidates outside isolatedFirms");
    }

    @BatchMapping(typeName = "IsolatedFirm", field = "actor")
    public Map<IsolatedFirmView, Actor> actor(List<IsolatedFirmView> firms) {
        Map<String, Actor> byId = actors.byIds(firms.stream().map(IsolatedFirmView::actorId).toList());
        Map<IsolatedFirmView, Actor> out = new LinkedHashMap<>();
        firms.forEach(f -> out.put(f, byId.get(f.actorId())));
        return out;
    }

    @BatchMapping(typeName = "ConnectionCandidate", field = "actor")
    public Map<Candidate, Actor> candidateActor(List<Candidate> candidates) {
        Map<String, Actor> byId = actors.byIds(candidates.stream().map(Candidate::actorId).distinct().toList());
        Map<Candidate, Actor> out = new LinkedHashMap<>();
        candidates.forEach(c -> out.put(c, byId.get(c.actorId())));
        return out;
    }

    @BatchMapping(typeName = "ConnectionCandidate", field = "introducer")
    public Map<Candidate, Actor> introducer(List<Candidate> candidates) {
        Map<String, Actor> byId = actors.byIds(candidates.stream().map(Candidate::introducerId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Candidate, Actor> out = new LinkedHashMap<>();
        candidates.forEach(c -> out.put(c, c.introducerId() == null ? null : byId.get(c.introducerId())));
        return out;
    }

    private static int[] rank(IsolatedFirmsResult result, Set<IsolationReason> wanted, boolean all,
                              IsolatedFirmOrder order, SortDirection dir) {
        List<IsolatedFirm> firms = result.firms();
        IntArrayList kept = new IntArrayList();
        for (int i = 0; i < firms.size(); i++) {
            Set<IsolationReason> reasons = firms.get(i).reasons();
            boolean keep = wanted.isEmpty() || (all ? reasons.containsAll(wanted)
                    : wanted.stream().anyMatch(reasons::contains));
            if (keep) {
                kept.add(i);
            }
        }
        int[] out = kept.toIntArray();
        int sign = dir == SortDirection.ASC ? 1 : -1;
        // Firms are in node order, which is actor id order in a projection: the position breaks ties.
        IntArrays.stableSort(out, (a, b) -> {
            int c = sign * Integer.compare(key(firms.get(a), order), key(firms.get(b), order));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return out;
    }

    private static int key(IsolatedFirm f, IsolatedFirmOrder order) {
        return switch (order) {
            case REASON_COUNT -> f.reasons().size();
            case PARTNERS -> f.partners();
            case CORE_NUMBER -> f.coreNumber();
            case COMPONENT_SIZE -> f.componentSize();
            case ACTOR_ID -> f.node();
        };
    }

    private static List<IsolatedFirmView> views(CollaborationGraph g, IsolatedFirmsResult result) {
        List<IsolatedFirmView> out = new ArrayList<>(result.firms().size());
        for (IsolatedFirm f : result.firms()) {
            List<Candidate> candidates = new ArrayList<>(f.candidates().size());
            for (ConnectionCandidate c : f.candidates()) {
                List<String> shared = c.sharedClusters().stream().map(g.clusterIds()::get).toList();
                candidates.add(new Candidate(g.id(c.node()), c.purpose(),
                        c.hasIntroducer() ? g.id(c.introducer()) : null, shared, c.sameRegion(), c.partners(),
                        explain(g, f.node(), c, shared)));
            }
            out.add(new IsolatedFirmView(g.id(f.node()), f.reasons(), f.partners(), f.coreNumber(), f.componentSize(),
                    candidates));
        }
        return out;
    }

    /** One sentence saying why the candidate was picked, from the facts the ranking used. */
    static String explain(CollaborationGraph g, int firm, ConnectionCandidate c, List<String> sharedClusters) {
        StringBuilder s = new StringBuilder();
        s.append(g.name(c.node())).append(" (").append(kindLabel(g.kind(c.node()))).append(") is ")
                .append(switch (c.purpose()) {
                    case KNOWLEDGE_SOURCE -> "a knowledge source";
                    case FINANCIER -> "a financier";
                    case INTERMEDIARY -> "an intermediary";
                }).append(" in the main component with ").append(c.partners())
                .append(c.partners() == 1 ? " partner" : " partners");
        List<String> shared = new ArrayList<>();
        if (!sharedClusters.isEmpty()) {
            shared.add((sharedClusters.size() == 1 ? "cluster " : "clusters ") + String.join(", ", sharedClusters));
        }
        if (c.sameRegion()) {
            shared.add("region " + g.region(firm));
        }
        if (!shared.isEmpty()) {
            s.append("; it shares ").append(String.join(" and ", shared)).append(" with the firm");
        }
        if (c.hasIntroducer()) {
            s.append("; ").append(g.name(c.introducer())).append(", already a partner of the firm, can introduce them");
        }
        return s.append('.').toString();
    }

    private static String kindLabel(ActorKind kind) {
        return kind == ActorKind.TLO ? "TLO" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private record Firms(IsolatedFirms.Parameters parameters) implements AnalysisKey<IsolatedFirmsResult> {
    }

    private record Views(IsolatedFirms.Parameters parameters) implements AnalysisKey<List<IsolatedFirmView>> {
    }

    private record Ranking(IsolatedFirms.Parameters parameters, Set<IsolationReason> reasons, boolean requireAll,
                           IsolatedFirmOrder order, SortDirection direction) implements AnalysisKey<int[]> {
    }
}
