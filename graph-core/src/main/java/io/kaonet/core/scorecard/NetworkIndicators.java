package io.kaonet.core.scorecard;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.cohesion.CohesionReport;
import io.kaonet.core.cohesion.CohesionSummary;
import io.kaonet.core.collaboration.CollaborationRatios;
import io.kaonet.core.collaboration.Ratios;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.core.model.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scorecard indicators Kaonet derives from the network, for every cluster of a graph (usually
 * the whole network as of the last day of the period). Their names start with {@link #PREFIX},
 * which imported indicators may not use.
 *
 * <ul>
 *   <li>{@link EvaluationArea#CLUSTER_CORE}, on the subgraph induced by the cluster's members
 *       (see {@link CohesionReport#computePerCluster()}): {@code network.mean_degree} (ties per
 *       member among members), {@code network.giant_share} (share of members in the largest
 *       connected group) and {@code network.two_step_reach} (mean number of members within two
 *       steps: the faces one introduction away).</li>
 *   <li>{@link EvaluationArea#COLLABORATION}, over the cluster's member firms with partners anywhere
 *       in the graph (see {@link CollaborationRatios}): {@code network.industry_industry_share}
 *       and {@code network.industry_academia_government_share}, in percent.</li>
 * </ul>
 * A value that is undefined (a cluster without firms has no ratios) is left out.
 *
 * <p>Cost: one cohesion report per cluster plus one ratio count (see {@link CohesionReport}).
 */
public final class NetworkIndicators implements Analysis<List<Indicator>> {

    /** The prefix of every network-derived indicator name. */
    public static final String PREFIX = "network.";
    /** Mean degree within the cluster. */
    public static final String MEAN_DEGREE = PREFIX + "mean_degree";
    /** Share of members in the cluster's largest component. */
    public static final String GIANT_SHARE = PREFIX + "giant_share";
    /** Mean two-step reach within the cluster. */
    public static final String TWO_STEP_REACH = PREFIX + "two_step_reach";
    /** Percentage of member firms in industry–industry collaboration. */
    public static final String INDUSTRY_INDUSTRY = PREFIX + "industry_industry_share";
    /** Percentage of member firms in industry–academia–government collaboration. */
    public static final String INDUSTRY_ACADEMIA_GOVERNMENT = PREFIX + "industry_academia_government_share";

    private final CollaborationGraph graph;
    private final String period;
    private final CohesionReport.Parameters cohesion;
    private final CollaborationRatios.Parameters collaboration;

    /**
     * @param graph         the network the indicators are read from
     * @param period        the period label the indicators are filed under
     * @param cohesion      how distances are measured
     * @param collaboration which tie kinds count as collaboration
     * @throws IllegalArgumentException if the period is not a year label
     */
    public NetworkIndicators(CollaborationGraph graph, String period, CohesionReport.Parameters cohesion,
                             CollaborationRatios.Parameters collaboration) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.period = Period.parse(period).label();
        this.cohesion = Objects.requireNonNull(cohesion, "cohesion parameters must not be null");
        this.collaboration = Objects.requireNonNull(collaboration, "collaboration parameters must not be null");
    }

    /** With the default cohesion and collaboration parameters. */
    public NetworkIndicators(CollaborationGraph graph, String period) {
        this(graph, period, CohesionReport.Parameters.defaults(), CollaborationRatios.Parameters.defaults());
    }

    /** Whether an indicator name is one Kaonet derives from the network. */
    public static boolean isNetworkDerived(String name) {
        return name.startsWith(PREFIX);
    }

    /** The indicators of every cluster of the graph, cluster by cluster in cluster-code order. */
    @Override
    public List<Indicator> compute(Execution execution) {
        Map<String, CohesionSummary> cohesionByCluster = new CohesionReport(graph, cohesion).computePerCluster(execution);
        Map<String, Ratios> ratios = new CollaborationRatios(graph, collaboration).compute(execution).byCluster();
        String source = "network";
        List<Indicator> out = new ArrayList<>();
        cohesionByCluster.forEach((cluster, summary) -> {
            add(out, cluster, EvaluationArea.CLUSTER_CORE, MEAN_DEGREE, summary.meanDegree(), "ties per member", source);
            add(out, cluster, EvaluationArea.CLUSTER_CORE, GIANT_SHARE, summary.giantShare(), "share of members",
                    source);
            add(out, cluster, EvaluationArea.CLUSTER_CORE, TWO_STEP_REACH, summary.meanTwoStepReach(), "members",
                    source);
            Ratios r = ratios.get(cluster);
            add(out, cluster, EvaluationArea.COLLABORATION, INDUSTRY_INDUSTRY, 100 * r.industryIndustry(), "%", source);
            add(out, cluster, EvaluationArea.COLLABORATION, INDUSTRY_ACADEMIA_GOVERNMENT,
                    100 * r.industryAcademiaGovernment(), "%", source);
        });
        return List.copyOf(out);
    }

    private void add(List<Indicator> out, String cluster, EvaluationArea area, String name, double value, String unit,
                     String source) {
        if (Double.isFinite(value)) {
            out.add(new Indicator(cluster, area, name, period, value, unit, source));
        }
    }
}
