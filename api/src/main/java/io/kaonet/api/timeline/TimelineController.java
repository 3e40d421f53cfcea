package io.kaonet.api.timeline;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.cohesion.ActorInScope;
import io.kaonet.api.cohesion.CohesionFigures;
import io.kaonet.api.cohesion.CollaborationFigures;
import io.kaonet.api.cohesion.RankedPage;
import graphql.schema.DataFetchingEnvironment;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.network.Network;
import io.kaonet.api.paging.Connection;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Period;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.core.timeline.BrokerChange;
import io.kaonet.core.timeline.KpiPoint;
import io.kaonet.core.timeline.KpiSeries;
import io.kaonet.core.timeline.NetworkChanges;
import io.kaonet.core.timeline.NetworkChangesResult;
import io.kaonet.core.timeline.PeriodBasis;
import io.kaonet.core.timeline.Periods;
import io.kaonet.core.timeline.TieChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Arguments;
import io.kaonet.api.paging.CountArguments;
import io.kaonet.api.paging.PageArguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The network over time: KPI series per period, and what changed between two days. Each period or
 * day is its own projection of the scope (cached like any other), so the core compares graphs and
 * never reads the store.
 */
@Controller
public class TimelineController {

    /** The most top brokers a request may ask for. */
    static final int MAX_TOP_BROKERS = 500;
    private static final String TIE_CURSOR = "tie-change";

    private final Analyses analyses;

    public TimelineController(Analyses analyses) {
        this.analyses = analyses;
    }

    /**
     * The arguments of {@code Network.kpiSeries} and of the deprecated root {@code Query.kpiSeries};
     * the defaults are the schema's.
     *
     * @param scope     the deprecated root field's scope (null for the whole network); absent under {@code Network}
     * @param periods   which periods
     * @param firstYear first year, for {@code YEARS}
     * @param lastYear  last year, for {@code YEARS}
     * @param custom    the periods, for {@code CUSTOM} only
     * @param basis     how a period's network is cut
     */
    public record KpiSeriesArguments(Scope scope, PeriodChoice periods, Integer firstYear, Integer lastYear,
                                     List<PeriodInput> custom, PeriodBasis basis) {

        public KpiSeriesArguments {
            requireGiven("periods", periods);
            requireGiven("firstYear", firstYear);
            requireGiven("lastYear", lastYear);
            requireGiven("basis", basis);
        }
    }

    /**
     * The arguments of {@code Network.changes}.
     *
     * @param from the day before
     * @param to   the day after
     */
    public record ChangesArguments(LocalDate from, LocalDate to) {
    }

    /**
     * The arguments of the deprecated root {@code Query.changes}; the default is the schema's.
     *
     * @param scope      the scope, or null for the whole network
     * @param from       the day before
     * @param to         the day after
     * @param topBrokers how many top actors by betweenness count as brokers, 1 to {@link #MAX_TOP_BROKERS}
     */
    public record RootChangesArguments(Scope scope, LocalDate from, LocalDate to, Integer topBrokers) {

        public RootChangesArguments {
            checkedTopBrokers("topBrokers", requireGiven("topBrokers", topBrokers));
        }
    }

    /** The deprecated root field; {@code network(scope) { kpiSeries }} replaces it. */
    @QueryMapping(name = "kpiSeries")
    public KpiSeriesAnswer rootKpiSeries(@Arguments KpiSeriesArguments arguments) {
        return kpiSeries(arguments.scope() == null ? Scope.ALL : arguments.scope(), arguments);
    }

    @SchemaMapping(typeName = "Network", field = "kpiSeries")
    public KpiSeriesAnswer kpiSeries(Network network, @Arguments KpiSeriesArguments arguments) {
        requireNoDates(network.scope());
        return kpiSeries(network.scope(), arguments);
    }

    private KpiSeriesAnswer kpiSeries(Scope base, KpiSeriesArguments arguments) {
        PeriodChoice periods = arguments.periods();
        List<PeriodInput> custom = arguments.custom();
        PeriodBasis basis = arguments.basis();
        if (periods != PeriodChoice.CUSTOM && custom != null) {
            throw new IllegalArgumentException("custom periods are read only with periods: CUSTOM");
        }
        List<Period> list = switch (periods) {
            case YEARS -> Periods.years(arguments.firstYear(), arguments.lastYear());
            case PHASES -> Periods.policyPhases();
            case CUSTOM -> {
                if (custom == null || custom.isEmpty()) {
                    throw new IllegalArgumentException("periods CUSTOM needs the periods in custom");
                }
                yield Periods.custom(custom.stream().map(PeriodInput::toPeriod).toList());
            }
        };
        List<KpiPointAnswer> points = new ArrayList<>();
        for (Period p : list) {
            Scope periodScope = basis.scope(base, p);
            points.add(analyses.get(periodScope, new Kpi(p), (g, run) -> {
                KpiPoint point = new KpiSeries(List.of(new KpiSeries.Snapshot(p, basis, g)),
                        KpiSeries.Parameters.defaults()).compute(run).get(0);
                return new KpiPointAnswer(p, CohesionFigures.of(point.cohesion()),
                        CollaborationFigures.of(point.collaboration()));
            }));
        }
        return new KpiSeriesAnswer(basis, List.copyOf(points));
    }

    /** The deprecated root field; {@code network(scope) { changes(from, to) }} replaces it. */
    @QueryMapping(name = "changes")
    public ChangesAnswer rootChanges(@Arguments RootChangesArguments arguments) {
        Scope base = arguments.scope() == null ? Scope.ALL : arguments.scope();
        requireNoDates(base);
        return changes(base, arguments.from(), arguments.to(), arguments.topBrokers(), true);
    }

    /**
     * {@code network(scope) { changes(from, to) }}. The brokers lists size themselves
     * ({@code newBrokers(first:)}); the changes are computed once with the {@code first} of the first
     * brokers list selected, and a list asking for another size computes its own (cached) answer.
     */
    @SchemaMapping(typeName = "Network", field = "changes")
    public ChangesAnswer changes(Network network, @Arguments ChangesArguments arguments,
                                 DataFetchingEnvironment env) {
        requireNoDates(network.scope());
        int topBrokers = env.getSelectionSet().getFields("newBrokers", "formerBrokers").stream()
                .map(f -> f.getArguments().get("first")).filter(Integer.class::isInstance).map(Integer.class::cast)
                .findFirst().orElse(1);
        return changes(network.scope(), arguments.from(), arguments.to(), checkedTopBrokers("first", topBrokers), false);
    }

    @SchemaMapping(typeName = "NetworkChanges", field = "newBrokers")
    public List<BrokerChange> newBrokers(ChangesAnswer changes, @Arguments CountArguments count,
                                         DataFetchingEnvironment env) {
        return brokersAnswer(changes, count.first(), env).newBrokers();
    }

    @SchemaMapping(typeName = "NetworkChanges", field = "formerBrokers")
    public List<BrokerChange> formerBrokers(ChangesAnswer changes, @Arguments CountArguments count,
                                            DataFetchingEnvironment env) {
        return brokersAnswer(changes, count.first(), env).formerBrokers();
    }

    @SchemaMapping(typeName = "BrokerChange", field = "actor")
    public String brokerChangeActor(BrokerChange change) {
        return change.actorId();
    }

    /**
     * The changes whose broker lists have the size asked for: under the deprecated root field the
     * root's {@code topBrokers} applies unless the list states its own {@code first}.
     */
    private ChangesAnswer brokersAnswer(ChangesAnswer changes, int first, DataFetchingEnvironment env) {
        boolean explicit = env.getField().getArguments().stream().anyMatch(a -> a.getName().equals("first"));
        int size = !explicit && changes.rootField() ? changes.topBrokers() : checkedTopBrokers("first", first);
        return size == changes.topBrokers() ? changes
                : changes(changes.scope(), changes.from(), changes.to(), size, changes.rootField());
    }

    private static void requireNoDates(Scope scope) {
        if (scope.asOf() != null || scope.from() != null || scope.to() != null) {
            throw new InvalidArgumentException("scope", null,
                    "the scope must not carry dates (asOf, from, to): the analysis over time sets them");
        }
    }

    private static int checkedTopBrokers(String name, int value) {
        if (value < 1 || value > MAX_TOP_BROKERS) {
            throw new InvalidArgumentException(name, value, name + " must be within [1, " + MAX_TOP_BROKERS
                    + "], was " + value);
        }
        return value;
    }

    private ChangesAnswer changes(Scope base, LocalDate from, LocalDate to, int topBrokers, boolean rootField) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " must not be before from " + from);
        }
        CollaborationGraph before = analyses.graph(base.withAsOf(from));
        return analyses.get(base.withAsOf(to), new Changes(from, topBrokers, rootField), (after, run) -> {
            NetworkChangesResult r = new NetworkChanges(before, after,
                    NetworkChanges.Parameters.defaults().withTopBrokers(topBrokers)).compute(run);
            return new ChangesAnswer(base, rootField, from, to, r.tiesBefore(), r.tiesAfter(), r.tiesKept(),
                    views(r.tiesFormed(), after), views(r.tiesEnded(), before), r.topBrokers(), r.newBrokers(),
                    r.formerBrokers(), actors(r.becameIsolated(), after), actors(r.stoppedBeingIsolated(), after),
                    r.enteredActors(), r.leftActors());
        });
    }

    @SchemaMapping(typeName = "NetworkChanges", field = "tiesFormed")
    public Connection<TieChangeView> tiesFormed(ChangesAnswer changes, @Arguments PageArguments page) {
        return RankedPage.of(changes.formedTies(), page.first(), page.after(), TIE_CURSOR);
    }

    @SchemaMapping(typeName = "NetworkChanges", field = "tiesEnded")
    public Connection<TieChangeView> tiesEnded(ChangesAnswer changes, @Arguments PageArguments page) {
        return RankedPage.of(changes.endedTies(), page.first(), page.after(), TIE_CURSOR);
    }

    private static List<TieChangeView> views(List<TieChange> changes, CollaborationGraph g) {
        List<TieChangeView> out = new ArrayList<>(changes.size());
        for (TieChange c : changes) {
            out.add(new TieChangeView(actor(g, c.firstId()), actor(g, c.secondId()), c.kinds()));
        }
        return List.copyOf(out);
    }

    private static List<ActorInScope> actors(List<String> ids, CollaborationGraph g) {
        return ids.stream().map(id -> actor(g, id)).toList();
    }

    private static ActorInScope actor(CollaborationGraph g, String id) {
        return ActorInScope.of(g, g.indexOf(id).orElseThrow());
    }

    /**
     * A period given by the client.
     *
     * @param label its name
     * @param start first day
     * @param end   last day
     */
    public record PeriodInput(String label, LocalDate start, LocalDate end) {

        Period toPeriod() {
            return new Period(label, start, end);
        }
    }

    /** The schema's {@code KpiSeries}. */
    public record KpiSeriesAnswer(PeriodBasis basis, List<KpiPointAnswer> points) {
    }

    /** The schema's {@code KpiPoint}. */
    public record KpiPointAnswer(Period period, CohesionFigures cohesion, CollaborationFigures collaboration) {
    }

    /** The schema's {@code NetworkChanges}; the tie lists are paged by their own fields. */
    public record ChangesAnswer(Scope scope, boolean rootField, LocalDate from, LocalDate to, int tiesBefore,
                                int tiesAfter, long tiesKept, List<TieChangeView> formedTies,
                                List<TieChangeView> endedTies, int topBrokers, List<BrokerChange> newBrokers,
                                List<BrokerChange> formerBrokers, List<ActorInScope> becameIsolated,
                                List<ActorInScope> stoppedBeingIsolated, List<String> enteredActors,
                                List<String> leftActors) {

        /** The {@code enteredScope} field, as ids (resolved to Actors by {@code References}). */
        public List<String> enteredScope() {
            return enteredActors;
        }

        /** The {@code leftScope} field, as ids. */
        public List<String> leftScope() {
            return leftActors;
        }
    }

    /** The schema's {@code TieChange}. */
    public record TieChangeView(ActorInScope first, ActorInScope second, List<TieKind> kinds) {

        /** The schema's {@code source} ({@code first} is its deprecated name). */
        public ActorInScope source() {
            return first;
        }

        /** The schema's {@code target} ({@code second} is its deprecated name). */
        public ActorInScope target() {
            return second;
        }
    }

    /** One period's KPIs; the basis is part of the period's scope. */
    private record Kpi(Period period) implements AnalysisKey<KpiPointAnswer> {
    }

    private record Changes(LocalDate from, int topBrokers, boolean rootField) implements AnalysisKey<ChangesAnswer> {
    }
}
