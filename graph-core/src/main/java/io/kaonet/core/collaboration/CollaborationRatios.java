package io.kaonet.core.collaboration;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Sector;
import io.kaonet.core.model.TieKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The collaboration ratios of METI's cluster evaluation survey, read off the network: the share of
 * firms with at least one industry–industry collaboration, and with at least one
 * industry–academia–government collaboration.
 *
 * <p><b>Definitions.</b> A <em>firm</em> is an actor of kind {@link ActorKind#COMPANY}. A
 * <em>collaboration</em> is an edge whose ties include at least one of the
 * {@linkplain Parameters#collaborationKinds() collaboration kinds} (by default joint research,
 * technology transfer, supply, alliance and spin-off: financing, coordination and introductions
 * are support, not collaboration). The partner's {@link ActorKind#sector() sector} classes it:
 * <ul>
 *   <li><em>industry–industry</em>: the partner's sector is {@link Sector#INDUSTRY} (another firm,
 *       a trading firm, a financier or a professional);</li>
 *   <li><em>industry–academia</em>: {@link Sector#ACADEMIA} (university, research institute, TLO);</li>
 *   <li><em>industry–government</em>: {@link Sector#GOVERNMENT} (government, coordinator, support
 *       organisation, incubator);</li>
 *   <li><em>industry–academia–government</em>: academia or government, the "sangakukan"
 *       collaboration of the survey.</li>
 * </ul>
 * Each ratio is the number of firms with at least one such collaboration over all firms of the
 * graph, isolated firms included; NaN when there is no firm. Directions are ignored.
 *
 * <p><b>Per cluster</b> the denominator is the cluster's member firms, and their collaborations
 * with any partner in the graph count, members of other clusters included (the survey asks each
 * member firm about all of its collaborations). On a projection restricted to one cluster only
 * partners inside it are in the graph.
 *
 * <p>O(n + m log d) time (an edge id lookup per slot), O(n) memory. Deterministic.
 */
public final class CollaborationRatios implements Analysis<CollaborationRatiosResult> {

    private static final int INDUSTRY = 1;
    private static final int ACADEMIA = 2;
    private static final int GOVERNMENT = 4;

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph (a scope's projection)
     * @param parameters which tie kinds count as collaboration
     * @throws NullPointerException if an argument is null
     */
    public CollaborationRatios(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Ratios with the default collaboration kinds. */
    public CollaborationRatios(CollaborationGraph graph) {
        this(graph, Parameters.defaults());
    }

    /** Counts the firms of the whole graph and of each cluster. */
    @Override
    public CollaborationRatiosResult compute(Execution execution) {
        execution.progress().expect(graph.nodeCount());
        int mask = 0;
        for (TieKind k : parameters.collaborationKinds()) {
            mask |= k.bit();
        }
        List<String> clusterIds = graph.clusterIds();
        Counter overall = new Counter();
        Counter[] perCluster = new Counter[clusterIds.size()];
        for (int c = 0; c < perCluster.length; c++) {
            perCluster[c] = new Counter();
        }
        for (int u = 0; u < graph.nodeCount(); u++) {
            execution.step(1);
            if (!graph.kind(u).isFirm()) {
                continue;
            }
            int sectors = 0;
            for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
                if ((graph.edgeKinds(graph.edgeId(u, s)).mask() & mask) == 0) {
                    continue;
                }
                sectors |= switch (graph.kind(graph.neighbour(s)).sector()) {
                    case INDUSTRY -> INDUSTRY;
                    case ACADEMIA -> ACADEMIA;
                    case GOVERNMENT -> GOVERNMENT;
                };
            }
            overall.add(sectors);
            for (int c : graph.clusterCodes(u)) {
                perCluster[c].add(sectors);
            }
        }
        Map<String, Ratios> byCluster = new LinkedHashMap<>();
        for (int c = 0; c < perCluster.length; c++) {
            byCluster.put(clusterIds.get(c), perCluster[c].ratios());
        }
        return new CollaborationRatiosResult(overall.ratios(), Collections.unmodifiableMap(byCluster),
                parameters.collaborationKinds());
    }

    private static final class Counter {
        int firms;
        int industry;
        int academia;
        int government;
        int academiaOrGovernment;
        int any;

        void add(int sectors) {
            firms++;
            industry += (sectors & INDUSTRY) != 0 ? 1 : 0;
            academia += (sectors & ACADEMIA) != 0 ? 1 : 0;
            government += (sectors & GOVERNMENT) != 0 ? 1 : 0;
            academiaOrGovernment += (sectors & (ACADEMIA | GOVERNMENT)) != 0 ? 1 : 0;
            any += sectors != 0 ? 1 : 0;
        }

        Ratios ratios() {
            return new Ratios(firms, industry, academiaOrGovernment, academia, government, any);
        }
    }

    /**
     * Which ties count as collaboration.
     *
     * @param collaborationKinds tie kinds that make an edge a collaboration; not empty
     */
    public record Parameters(Set<TieKind> collaborationKinds) {

        /** Joint research, technology transfer, supply, alliance and spin-off. */
        public static final Set<TieKind> DEFAULT_KINDS = Collections.unmodifiableSet(EnumSet.of(
                TieKind.JOINT_RESEARCH, TieKind.TECHNOLOGY_TRANSFER, TieKind.SUPPLY, TieKind.ALLIANCE,
                TieKind.SPIN_OFF));

        /** @throws IllegalArgumentException if no kind is given */
        public Parameters {
            Objects.requireNonNull(collaborationKinds, "collaboration kinds must not be null");
            if (collaborationKinds.isEmpty()) {
                throw new IllegalArgumentException("at least one tie kind must count as collaboration");
            }
            collaborationKinds = Collections.unmodifiableSet(EnumSet.copyOf(collaborationKinds));
        }

        /** The {@link #DEFAULT_KINDS}. */
        public static Parameters defaults() {
            return new Parameters(DEFAULT_KINDS);
        }
    }
}
