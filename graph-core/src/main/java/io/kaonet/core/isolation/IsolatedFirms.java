package io.kaonet.core.isolation;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.ComponentsResult;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.cohesion.CoreDecompositionResult;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The isolated firms of a graph: every {@link ActorKind#COMPANY} with at least one
 * {@link IsolationReason}, each with all its reasons and the best candidates to connect it.
 *
 * <p>The reasons are read on the undirected simple graph: isolates and pendants by degree; the main
 * component by {@link Components} (every largest component counts as main; none does when no
 * component has two actors); knowledge sources and financiers among the direct partners; the
 * lowest shell by {@link CoreDecomposition} (Seidman 1983), as the smallest core number among actors
 * with a tie, isolates included below it. See {@code docs/algorithms/isolation.md}.
 *
 * <p>Candidates: for each purpose a firm's reasons call for ({@link IsolationReason#remedy()}), up to
 * {@link Parameters#candidatesPerPurpose()} actors of a fitting kind that lie in a main component and
 * are not yet partners of the firm, ranked as {@link ConnectionCandidate} says: reachable through a
 * partner first, then sharing cluster and region, cluster, region, then by degree. The candidates
 * come from pools kept sorted by degree per cluster, per region, per cluster and region, and overall,
 * so a firm costs O(Σ_{p partner} deg(p) + c·k) for {@code c} memberships and {@code k} candidates,
 * beside skipping its own partners.
 *
 * <p>O(n + m) for the reasons, plus the candidates; repeats exactly (no randomness, no threads).
 */
public final class IsolatedFirms implements Analysis<IsolatedFirmsResult> {

    private final CollaborationGraph graph;
    private final Parameters parameters;

    /**
     * @param graph      the graph to inspect
     * @param parameters how many candidates to give
     * @throws NullPointerException if an argument is null
     */
    public IsolatedFirms(CollaborationGraph graph, Parameters parameters) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** With {@link Parameters#defaults()}. */
    public IsolatedFirms(CollaborationGraph graph) {
        this(graph, Parameters.defaults());
    }

    /** Finds the isolated firms, their reasons and candidates. */
    @Override
    public IsolatedFirmsResult compute(Execution execution) {
        int n = graph.nodeCount();
        ComponentsResult components = new Components(graph).compute(execution);
        CoreDecompositionResult cores = new CoreDecomposition(graph).compute(execution);
        execution.progress().expect(n);
        int giantSize = components.giantSize();
        boolean[] inMain = new boolean[n];
        int lowestTiedShell = Integer.MAX_VALUE;
        for (int u = 0; u < n; u++) {
            inMain[u] = giantSize >= 2 && components.size(components.componentOf(u)) == giantSize;
            if (graph.degree(u) > 0) {
                lowestTiedShell = Math.min(lowestTiedShell, cores.core(u));
            }
        }
        if (lowestTiedShell == Integer.MAX_VALUE) {
            lowestTiedShell = 0;
        }

        CandidateSearch search = new CandidateSearch(graph, inMain);
        int[] counts = new int[IsolationReason.values().length];
        int firms = 0;
        List<IsolatedFirm> isolated = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            execution.step(1);
            if (graph.kind(u) != ActorKind.COMPANY) {
                continue;
            }
            firms++;
            EnumSet<IsolationReason> reasons = reasonsOf(u, inMain[u], cores.core(u), lowestTiedShell);
            if (reasons.isEmpty()) {
                continue;
            }
            for (IsolationReason r : reasons) {
                counts[r.ordinal()]++;
            }
            List<ConnectionCandidate> candidates = new ArrayList<>();
            if (parameters.candidatesPerPurpose() > 0) {
                EnumSet<CandidatePurpose> purposes = EnumSet.noneOf(CandidatePurpose.class);
                reasons.forEach(r -> purposes.add(r.remedy()));
                for (CandidatePurpose purpose : purposes) {
                    candidates.addAll(search.candidates(u, purpose, parameters.candidatesPerPurpose()));
                }
            }
            isolated.add(new IsolatedFirm(u, reasons, graph.degree(u), cores.core(u),
                    components.size(components.componentOf(u)), candidates));
        }
        return new IsolatedFirmsResult(isolated, firms, counts, giantSize, lowestTiedShell, parameters);
    }

    private EnumSet<IsolationReason> reasonsOf(int u, boolean inMain, int core, int lowestTiedShell) {
        EnumSet<IsolationReason> reasons = EnumSet.noneOf(IsolationReason.class);
        int degree = graph.degree(u);
        if (degree == 0) {
            reasons.add(IsolationReason.NO_TIES);
        } else if (degree == 1) {
            reasons.add(IsolationReason.SINGLE_TIE);
        }
        if (!inMain) {
            reasons.add(IsolationReason.OUTSIDE_MAIN_COMPONENT);
        }
        boolean knowledge = false;
        boolean financier = false;
        for (int s = graph.rowStart(u), end = graph.rowEnd(u); s < end; s++) {
            ActorKind kind = graph.kind(graph.neighbour(s));
            knowledge |= kind.isKnowledgeSource();
            financier |= kind == ActorKind.FINANCIER;
        }
        if (!knowledge) {
            reasons.add(IsolationReason.NO_KNOWLEDGE_SOURCE);
        }
        if (!financier) {
            reasons.add(IsolationReason.NO_FINANCIER);
        }
        if (core <= lowestTiedShell) {
            reasons.add(IsolationReason.LOWEST_CORE_SHELL);
        }
        return reasons;
    }

    /**
     * How many candidates to give.
     *
     * @param candidatesPerPurpose candidates per purpose a firm's reasons call for, 0 to
     *                             {@link #MAX_CANDIDATES_PER_PURPOSE}; 0 skips the search
     */
    public record Parameters(int candidatesPerPurpose) {

        /** The default number of candidates per purpose. */
        public static final int CANDIDATES_PER_PURPOSE_DEFAULT = 3;
        /** The largest number of candidates per purpose. */
        public static final int MAX_CANDIDATES_PER_PURPOSE = 50;

        /** @throws IllegalArgumentException if candidatesPerPurpose is outside 0..50 */
        public Parameters {
            if (candidatesPerPurpose < 0 || candidatesPerPurpose > MAX_CANDIDATES_PER_PURPOSE) {
                throw new IllegalArgumentException("candidatesPerPurpose must be within [0, "
                        + MAX_CANDIDATES_PER_PURPOSE + "], was " + candidatesPerPurpose);
            }
        }

        /** {@link #CANDIDATES_PER_PURPOSE_DEFAULT} candidates per purpose. */
        public static Parameters defaults() {
            return new Parameters(CANDIDATES_PER_PURPOSE_DEFAULT);
        }
    }
}
