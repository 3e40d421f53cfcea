package io.kaonet.core.timeline;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.cohesion.CohesionReport;
import io.kaonet.core.collaboration.CollaborationRatios;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The key figures of the network per period: the cohesion summary ({@link CohesionReport}) and the
 * collaboration ratios ({@link CollaborationRatios}) of each period's graph. Which graph belongs to
 * a period — the network on its last day, or everything active within it — is decided when it is
 * projected (see {@link PeriodBasis}); each snapshot says which.
 *
 * <p>Cost: one cohesion report and one ratio count per period (see {@link CohesionReport}).
 * Deterministic.
 */
public final class KpiSeries implements Analysis<List<KpiPoint>> {

    private final List<Snapshot> snapshots;
    private final Parameters parameters;

    /**
     * @param snapshots  the graph of each period, in the order the series should have
     * @param parameters how cohesion and collaboration are measured
     * @throws IllegalArgumentException if there is no snapshot, or two share a period label
     */
    public KpiSeries(List<Snapshot> snapshots, Parameters parameters) {
        this.snapshots = List.copyOf(Objects.requireNonNull(snapshots, "snapshots must not be null"));
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        if (this.snapshots.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one period");
        }
        if (this.snapshots.stream().map(s -> s.period().label()).distinct().count() != this.snapshots.size()) {
            throw new IllegalArgumentException("two snapshots share a period label");
        }
    }

    /** Measures every period. */
    @Override
    public List<KpiPoint> compute(Execution execution) {
        List<KpiPoint> points = new ArrayList<>(snapshots.size());
        for (Snapshot s : snapshots) {
            points.add(new KpiPoint(s.period(), s.basis(),
                    new CohesionReport(s.graph(), parameters.cohesion()).compute(execution),
                    new CollaborationRatios(s.graph(), parameters.collaboration()).compute().overall()));
        }
        return List.copyOf(points);
    }

    /**
     * The graph of one period.
     *
     * @param period the period
     * @param basis  how the graph was projected for it
     * @param graph  the projection
     */
    public record Snapshot(Period period, PeriodBasis basis, CollaborationGraph graph) {

        /** @throws NullPointerException if an argument is null */
        public Snapshot {
            Objects.requireNonNull(period, "period must not be null");
            Objects.requireNonNull(basis, "basis must not be null");
            Objects.requireNonNull(graph, "graph must not be null");
        }
    }

    /**
     * How each period is measured.
     *
     * @param cohesion      distances exact or sampled
     * @param collaboration which tie kinds count as collaboration
     */
    public record Parameters(CohesionReport.Parameters cohesion, CollaborationRatios.Parameters collaboration) {

        /** @throws NullPointerException if an argument is null */
        public Parameters {
            Objects.requireNonNull(cohesion, "cohesion parameters must not be null");
            Objects.requireNonNull(collaboration, "collaboration parameters must not be null");
        }

        /** The defaults of both. */
        public static Parameters defaults() {
            return new Parameters(CohesionReport.Parameters.defaults(), CollaborationRatios.Parameters.defaults());
        }
    }
}
