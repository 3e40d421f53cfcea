package io.kaonet.api.bridges;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.brokers.ActorGrouping;
import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.OffsetPage;
import io.kaonet.api.paging.SortDirection;
import io.kaonet.core.bridges.CrossIndustryTies;
import io.kaonet.core.bridges.CrossIndustryTiesResult;
import io.kaonet.core.bridges.CrossTie;
import io.kaonet.core.bridges.Crossing;
import io.kaonet.core.bridges.EIIndex;
import io.kaonet.core.bridges.EIIndexResult;
import io.kaonet.core.bridges.IndustryTieMatrix;
import io.kaonet.core.bridges.LocalBridge;
import io.kaonet.core.bridges.TieRole;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Actor;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.queries.reads.ActorQueries;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code network(scope) { crossIndustryTies industryMatrix eiIndex }}: ties across industries and
 * sectors with their roles and spans, the industry × industry matrix, and the E–I index of a grouping.
 */
@Controller
public class BridgesController {

    private final Analyses analyses;
    private final ActorQueries actors;

    public BridgesController(Analyses analyses, ActorQueries actors) {
        this.analyses = analyses;
        this.actors = actors;
    }

    /**
     * The arguments of {@code Network.crossIndustryTies}; the defaults are the schema's.
     *
     * @param first     page size
     * @param after     cursor of the previous page's last tie, or null
     * @param crossing  only ties of this crossing, or null for every crossing
     * @param role      only ties of this role, or null for every role
     * @param orderBy   what to rank by
     * @param direction largest or smallest first
     */
    public record CrossTiesArguments(Integer first, String after, Crossing crossing, TieRole role,
                                     CrossTieOrder orderBy, SortDirection direction) {

        public CrossTiesArguments {
            requireGiven("first", first);
            requireGiven("orderBy", orderBy);
            requireGiven("direction", direction);
        }
    }

    /**
     * The arguments of {@code Network.eiIndex}.
     *
     * @param groupBy how to group actors
     */
    public record EIIndexArguments(ActorGrouping groupBy) {

        public EIIndexArguments {
            requireGiven("groupBy", groupBy);
        }
    }

    @SchemaMapping(typeName = "Network", field = "crossIndustryTies")
    public CrossTieConnection crossIndustryTies(Network network, @Arguments CrossTiesArguments arguments) {
        Crossing crossing = arguments.crossing();
        TieRole role = arguments.role();
        CrossTieOrder order = arguments.orderBy();
        SortDirection dir = arguments.direction();
        String kind = "cross-tie/" + crossing + "/" + role + "/" + order + "/" + dir;
        OffsetPage page = OffsetPage.of(kind, arguments.first(), arguments.after());
        ProjectionMemo memo = ProjectionMemo.of(analyses, network.scope());
        CrossIndustryTiesResult result = crossTies(memo);
        List<CrossTieView> views = memo.get(new Views(), (g, run) -> views(g, result));
        int[] ranked = memo.get(new Ranking(crossing, role, order, dir),
                (g, run) -> rank(result, crossing, role, order, dir));
        Connection<CrossTieView> connection = page.of(kind, ranked.length, i -> views.get(ranked[i]));
        List<CrossTieCount> counts = new ArrayList<>();
        for (Crossing c : Crossing.values()) {
            for (TieRole r : TieRole.values()) {
                counts.add(new CrossTieCount(c, r, result.count(c, r)));
            }
        }
        return new CrossTieConnection(connection.edges(), connection.pageInfo(), connection.totalCount(), counts,
                result.tiesWithUnknownIndustry());
    }

    @BatchMapping(typeName = "CrossTie", field = "actors")
    public Map<CrossTieView, List<Actor>> actors(List<CrossTieView> ties) {
        Map<String, Actor> byId = actors.byIds(ties.stream().flatMap(t -> t.actorIds().stream()).distinct().toList());
        Map<CrossTieView, List<Actor>> out = new LinkedHashMap<>();
        ties.forEach(t -> out.put(t, t.actorIds().stream().map(byId::get).toList()));
        return out;
    }

    @SchemaMapping(typeName = "Network", field = "industryMatrix")
    public IndustryMatrixView industryMatrix(Network network) {
        ProjectionMemo memo = ProjectionMemo.of(analyses, network.scope());
        CrossIndustryTiesResult result = crossTies(memo);
        return memo.get(new Matrix(), (g, run) -> matrix(result));
    }

    @SchemaMapping(typeName = "Network", field = "eiIndex")
    public EIIndexView eiIndex(Network network, @Arguments EIIndexArguments arguments) {
        ActorGrouping grouping = arguments.groupBy();
        ProjectionMemo memo = ProjectionMemo.of(analyses, network.scope());
        ActorGrouping.Groups groups = grouping.on(memo);
        return memo.get(new EI(grouping), (g, run) -> {
            EIIndexResult r = new EIIndex(g, groups.codes()).compute(run);
            List<EIIndexView.Group> out = new ArrayList<>();
            for (int c = 0; c < r.groupCount(); c++) {
                if (r.groupSize(c) > 0) {
                    out.add(new EIIndexView.Group(groups.label(c), r.groupSize(c), r.groupExternal(c),
                            r.groupInternal(c), finite(r.groupIndex(c)), finite(r.groupBaselineIndex(c))));
                }
            }
            out.sort(Comparator.comparingLong(EIIndexView.Group::size).reversed()
                    .thenComparing(EIIndexView.Group::group));
            return new EIIndexView(grouping, r.external(), r.internal(), r.excluded(), finite(r.index()),
                    finite(r.baselineIndex()), List.copyOf(out));
        });
    }

    private static CrossIndustryTiesResult crossTies(ProjectionMemo memo) {
        return memo.get(new CrossTies(), (g, run) -> new CrossIndustryTies(g).compute(run));
    }

    private static List<CrossTieView> views(CollaborationGraph g, CrossIndustryTiesResult result) {
        List<CrossTieView> out = new ArrayList<>(result.ties().size());
        for (CrossTie t : result.ties()) {
            int a = t.low();
            int b = t.high();
            List<String> industries = new ArrayList<>(2);
            industries.add(g.industry(a));
            industries.add(g.industry(b));
            out.add(new CrossTieView(List.of(g.id(a), g.id(b)), g.edgeKinds(t.edge()).asList(), t.crossesIndustry(),
                    t.crossesSector(), industries, List.of(g.kind(a).sector(), g.kind(b).sector()), t.role(),
                    t.span() == LocalBridge.INFINITE_SPAN ? null : t.span()));
        }
        return out;
    }

    private static int[] rank(CrossIndustryTiesResult result, Crossing crossing, TieRole role, CrossTieOrder order,
                              SortDirection dir) {
        List<CrossTie> ties = result.ties();
        IntArrayList kept = new IntArrayList();
        for (int i = 0; i < ties.size(); i++) {
            CrossTie t = ties.get(i);
            if ((crossing == null || t.crosses(crossing)) && (role == null || t.role() == role)) {
                kept.add(i);
            }
        }
        int[] out = kept.toIntArray();
        int sign = dir == SortDirection.ASC ? 1 : -1;
        // Ties come in edge-id order, which is the order of their ends' ids in a projection.
        IntArrays.stableSort(out, (a, b) -> {
            int c = order == CrossTieOrder.SPAN ? sign * Integer.compare(ties.get(a).span(), ties.get(b).span())
                    : sign * Integer.compare(a, b);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return out;
    }

    private static IndustryMatrixView matrix(CrossIndustryTiesResult result) {
        IndustryTieMatrix m = result.matrix();
        List<IndustryMatrixView.Cell> cells = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            for (int j = i; j < m.size(); j++) {
                long count = m.count(i, j);
                if (count > 0) {
                    cells.add(new IndustryMatrixView.Cell(name(m, i), name(m, j), count));
                }
            }
        }
        cells.sort(Comparator.comparingLong(IndustryMatrixView.Cell::ties).reversed()
                .thenComparing(IndustryMatrixView.Cell::industryA, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(IndustryMatrixView.Cell::industryB, Comparator.nullsLast(Comparator.naturalOrder())));
        return new IndustryMatrixView(m.industries(), List.copyOf(cells), m.total(), result.tiesWithUnknownIndustry(),
                result.count(Crossing.INDUSTRY));
    }

    private static String name(IndustryTieMatrix m, int i) {
        return i == m.unknown() ? null : m.industries().get(i);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private record CrossTies() implements AnalysisKey<CrossIndustryTiesResult> {
    }

    private record Views() implements AnalysisKey<List<CrossTieView>> {
    }

    private record Ranking(Crossing crossing, TieRole role, CrossTieOrder order, SortDirection direction)
            implements AnalysisKey<int[]> {
    }

    private record Matrix() implements AnalysisKey<IndustryMatrixView> {
    }

    private record EI(ActorGrouping grouping) implements AnalysisKey<EIIndexView> {
    }
}
