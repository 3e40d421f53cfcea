package io.kaonet.api.scorecard;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.Analyses;
import static io.kaonet.api.cohesion.Figures.finite;

import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.network.Network;
import io.kaonet.api.scorecard.IndicatorImport.IndicatorImportOutcome;
import io.kaonet.core.model.Indicator;
import io.kaonet.core.model.Period;
import io.kaonet.core.model.Scope;
import io.kaonet.core.scorecard.AreaScore;
import io.kaonet.core.scorecard.ClusterScore;
import io.kaonet.core.scorecard.Grade;
import io.kaonet.core.scorecard.IndexMissingReason;
import io.kaonet.core.scorecard.IndicatorScore;
import io.kaonet.core.scorecard.NetworkIndicators;
import io.kaonet.core.scorecard.Scorecard;
import io.kaonet.core.scorecard.ScorecardResult;
import io.kaonet.core.scorecard.Standardisation;
import io.kaonet.core.model.EvaluationArea;
import io.kaonet.queries.indicators.IndicatorStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The cluster scorecard: imported survey indicators plus network indicators read from the whole
 * network as of the period's last day; and the import of survey indicators.
 *
 * <p>{@code importIndicators} is an administrative write: it must be restricted to administrators
 * once the API's authorisation mechanism exists.
 */
@Controller
public class ScorecardController {

    /** The unit of indicators given in per cent. */
    static final String PERCENT = "%";

    private final Analyses analyses;
    private final IndicatorStore indicators;
    private final IndicatorImport indicatorImport;

    public ScorecardController(Analyses analyses, IndicatorStore indicators, IndicatorImport indicatorImport) {
        this.analyses = analyses;
        this.indicators = indicators;
        this.indicatorImport = indicatorImport;
    }

    /**
     * The arguments of {@code Network.scorecard}; the default is the schema's.
     *
     * @param period          the survey period, e.g. {@code FY2023}
     * @param standardization how indicators are put on one scale
     */
    public record ScorecardArguments(String period, Standardisation standardization) {

        public ScorecardArguments {
            requireGiven("standardization", standardization);
        }
    }

    /**
     * The arguments of the deprecated root {@code Query.scorecard}, with its British spelling.
     *
     * @param period          the survey period
     * @param standardisation how indicators are put on one scale
     */
    public record RootScorecardArguments(String period, Standardisation standardisation) {

        public RootScorecardArguments {
            requireGiven("standardisation", standardisation);
        }
    }

    /**
     * The arguments of {@code Mutation.importIndicators}; the default name is the schema's.
     *
     * @param content the whole text of the file
     * @param name    the file name used in problem reports
     */
    public record ImportIndicatorsArguments(String content, String name) {

        public ImportIndicatorsArguments {
            requireGiven("name", name);
        }
    }

    /** The deprecated root field; {@code network { scorecard }} replaces it. */
    @QueryMapping(name = "scorecard")
    public ScorecardAnswer rootScorecard(@Arguments RootScorecardArguments arguments) {
        return scorecard(arguments.period(), arguments.standardisation());
    }

    /** {@code network { scorecard }}: the scorecard compares every cluster, so the scope must be the whole network. */
    @SchemaMapping(typeName = "Network", field = "scorecard")
    public ScorecardAnswer scorecard(Network network, @Arguments ScorecardArguments arguments) {
        if (!network.scope().equals(Scope.ALL)) {
            throw new InvalidArgumentException("scope", null,
                    "the scorecard compares every cluster on the whole network: ask network { scorecard } without a scope");
        }
        return scorecard(arguments.period(), arguments.standardization());
    }

    private ScorecardAnswer scorecard(String period, Standardisation standardisation) {
        Period p = Period.parse(period);
        List<Indicator> survey = indicators.forPeriod(p.label());
        Set<String> clusters = survey.stream().map(Indicator::clusterId).collect(Collectors.toSet());
        List<Indicator> network = analyses.get(Scope.ALL.withAsOf(p.end()), new Indicators(p.label()),
                (g, run) -> new NetworkIndicators(g, p.label()).compute(run));
        List<Indicator> all = new ArrayList<>(survey);
        network.stream().filter(i -> clusters.contains(i.clusterId())).forEach(all::add);
        ScorecardResult result = new Scorecard(p.label(), all, Scorecard.Parameters.of(standardisation)).compute();
        return new ScorecardAnswer(result.period(), p.end(), result.standardisation(),
                result.clusters().stream().map(ScorecardController::view).toList());
    }

    @QueryMapping
    public List<String> indicatorPeriods() {
        return indicators.periods();
    }

    /** An administrative write (see the class comment). */
    @MutationMapping
    public IndicatorImportOutcome importIndicators(@Arguments ImportIndicatorsArguments arguments) {
        return indicatorImport.importText(arguments.name(), arguments.content());
    }

    private static ClusterScoreView view(ClusterScore s) {
        List<AreaScoreView> areas = new ArrayList<>();
        for (AreaScore a : s.areas()) {
            List<IndicatorScoreView> list = new ArrayList<>();
            for (IndicatorScore i : a.indicators()) {
                list.add(new IndicatorScoreView(i.name(), i.value(), i.unit(), i.mean(), i.clusters(), finite(i.index()),
                        i.networkDerived(), i.source(), share(i.value(), i.unit()), share(i.mean(), i.unit()),
                        i.indexMissingBecause()));
            }
            areas.add(new AreaScoreView(a.area(), finite(a.index()), List.copyOf(list)));
        }
        return new ClusterScoreView(s.clusterId(), finite(s.overallIndex()), s.grade(), List.copyOf(areas));
    }

    /** The schema's {@code Scorecard}. */
    public record ScorecardAnswer(String period, LocalDate asOf, Standardisation standardisation,
                                  List<ClusterScoreView> clusters) {

        /** The schema's {@code standardization} ({@code standardisation} is its deprecated name). */
        public Standardisation standardization() {
            return standardisation;
        }
    }

    /** The schema's {@code ClusterScore}. */
    public record ClusterScoreView(String clusterId, Double overallIndex, Grade grade, List<AreaScoreView> areas) {

        /** The {@code cluster} field, as the cluster's id (resolved to a Cluster by {@code References}). */
        public String cluster() {
            return clusterId;
        }
    }

    /** The schema's {@code AreaScore}. */
    public record AreaScoreView(EvaluationArea area, Double index, List<IndicatorScoreView> indicators) {
    }

    /** A value in % as a share from 0 to 1; null for other units. */
    static Double share(double value, String unit) {
        return PERCENT.equals(unit) ? value / 100 : null;
    }

    /** The schema's {@code IndicatorScore}. */
    public record IndicatorScoreView(String name, double value, String unit, double mean, int clusters, Double index,
                                     boolean networkDerived, String source, Double share, Double meanShare,
                                     IndexMissingReason indexMissingBecause) {
    }

    private record Indicators(String period) implements AnalysisKey<List<Indicator>> {
    }
}
