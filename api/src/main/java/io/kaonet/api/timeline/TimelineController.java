package io.kaonet.api.timeline;

import io.kaonet.api.cohesion.ActorInScope;
import io.kaonet.api.cohesion.CohesionFigures;
import io.kaonet.api.cohesion.CollaborationFigures;
import io.kaonet.api.cohesion.RankedPage;
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
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
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
    private static final int DEFAULT_TIE_PAGE = 100;

    private final Analyses analyses;

    public TimelineController(Analyses analyses) {
        this.analyses = analyses;
    }

    @QueryMapping
    public KpiSeriesAnswer kpiSeries(@Argument Scope scope, @Argument PeriodChoice periods, @Argument int firstYear,
                                     @Argument int lastYear, @Argument List<PeriodInput> custom,
                                     @Argument PeriodBasis basis) {
        Scope base = scope == null ? Scope.ALL : scope;
        if (periods != PeriodChoice.CUSTOM && custom != null) {
            throw new IllegalArgumentException("custom periods are read only with periods: CUSTOM");
        }
        List<Period> list = switch (periods) {
            case YEARS -> Periods.years(firstYear, lastYear);
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

    @QueryMapping
    public ChangesAnswer changes(@Argument Scope scope, @Argument LocalDate from, @Argument LocalDate to,
                                 @Argument int topBrokers) {
        Scope base = scope == null ? Scope.ALL : scope;
        if (base.asOf() != null || base.from() != null || base.to() != null) {
            throw new IllegalArgumentException("the scope must not carry dates: from and to set them");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " must not be before from " + from);
        }
        if (topBrokers < 1 || topBrokers > MAX_TOP_BROKERS) {
            throw new IllegalArgumentException("topBrokers must be within [1, " + MAX_TOP_BROKERS + "], was "
                    + topBrokers);
        }
        CollaborationGraph before = analyses.graph(base.withAsOf(from));
        return analyses.get(base.withAsOf(to), new Changes(from, topBrokers), (after, run) -> {
            NetworkChangesResult r = new NetworkChanges(before, after,
                    NetworkChanges.Parameters.defaults().withTopBrokers(topBrokers)).compute();
            return new ChangesAnswer(from, to, r.tiesBefore(), r.tiesAfter(), r.tiesKept(),
                    views(r.tiesFormed(), after), views(r.tiesEnded(), before), r.topBrokers(), r.newBrokers(),
                    r.formerBrokers(), actors(r.becameIsolated(), after), actors(r.stoppedBeingIsolated(), after),
                    r.enteredActors(), r.leftActors());
        });
    }

    @SchemaMapping(typeName = "NetworkChanges", field = "tiesFormed")
    public Connection<TieChangeView> tiesFormed(ChangesAnswer changes, @Argument Integer first, @Argument String after) {
        return RankedPage.of(changes.formedTies(), first, DEFAULT_TIE_PAGE, after, TIE_CURSOR);
    }

    @SchemaMapping(typeName = "NetworkChanges", field = "tiesEnded")
    public Connection<TieChangeView> tiesEnded(ChangesAnswer changes, @Argument Integer first, @Argument String after) {
        return RankedPage.of(changes.endedTies(), first, DEFAULT_TIE_PAGE, after, TIE_CURSOR);
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
    public record ChangesAnswer(LocalDate from, LocalDate to, int tiesBefore, int tiesAfter, long tiesKept,
                                List<TieChangeView> formedTies, List<TieChangeView> endedTies, int topBrokers,
                                List<BrokerChange> newBrokers, List<BrokerChange> formerBrokers,
                                List<ActorInScope> becameIsolated, List<ActorInScope> stoppedBeingIsolated,
                                List<String> enteredActors, List<String> leftActors) {
    }

    /** The schema's {@code TieChange}. */
    public record TieChangeView(ActorInScope first, ActorInScope second, List<TieKind> kinds) {
    }

    /** One period's KPIs; the basis is part of the period's scope. */
    private record Kpi(Period period) implements AnalysisKey<KpiPointAnswer> {
    }

    private record Changes(LocalDate from, int topBrokers) implements AnalysisKey<ChangesAnswer> {
    }
}
