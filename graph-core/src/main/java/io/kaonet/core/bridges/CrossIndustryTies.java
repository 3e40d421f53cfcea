package io.kaonet.core.bridges;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cross-industry and cross-sector ties ("new fusion" and industry–academia–government ties), each
 * classed as a bridge, a local bridge with its span, or embedded; and the industry × industry tie
 * matrix.
 *
 * <p>A tie crosses industries when both ends have a known industry ({@code industryCode >= 0}) and
 * the industries differ: a tie with an unknown end is not counted as crossing industries (it is
 * counted in {@link CrossIndustryTiesResult#tiesWithUnknownIndustry()} and in the matrix's unknown
 * row). A tie crosses sectors when {@code kind(u).sector() != kind(v).sector()}; every actor has a
 * kind, so sector is never unknown. The roles follow Granovetter (1973): see {@link LocalBridges}.
 *
 * <p>O(n + m + k²) for the matrix of {@code k} industries and the bridges, plus the local-bridge test per crossing tie and one
 * bidirectional search per crossing local bridge (see {@link LocalBridges}). Repeats exactly.
 */
public final class CrossIndustryTies implements Analysis<CrossIndustryTiesResult> {

    private final CollaborationGraph graph;

    /**
     * @param graph the graph to inspect
     * @throws NullPointerException if {@code graph} is null
     */
    public CrossIndustryTies(CollaborationGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    /** Classifies every crossing tie and fills the tie matrix. */
    @Override
    public CrossIndustryTiesResult compute(Execution execution) {
        List<String> industries = graph.industries();
        int size = industries.size() + 1;
        int unknown = size - 1;
        long[] cells = new long[size * size];
        BridgesResult bridges = new Bridges(graph).compute(execution);
        execution.progress().expect(graph.nodeCount());
        SpanSearch search = new SpanSearch(graph);

        int m = graph.edgeCount();
        int[] edge = new int[m];
        int[] low = new int[m];
        int[] high = new int[m];
        byte[] crosses = new byte[m];
        TieRole[] role = new TieRole[m];
        int count = 0;
        long unknownIndustry = 0;
        for (int u = 0, e = 0; u < graph.nodeCount(); u++) {
            execution.step(1);
            for (int s = graph.rowStart(u); s < graph.rowEnd(u); s++) {
                int v = graph.neighbour(s);
                if (v < u) {
                    continue;
                }
                int iu = graph.industryCode(u);
                int iv = graph.industryCode(v);
                int ru = iu < 0 ? unknown : iu;
                int rv = iv < 0 ? unknown : iv;
                cells[ru * size + rv]++;
                if (ru != rv) {
                    cells[rv * size + ru]++;
                }
                if (iu < 0 || iv < 0) {
                    unknownIndustry++;
                }
                boolean industry = iu >= 0 && iv >= 0 && iu != iv;
                boolean sector = graph.kind(u).sector() != graph.kind(v).sector();
                if (industry || sector) {
                    edge[count] = e;
                    low[count] = u;
                    high[count] = v;
                    crosses[count] = (byte) ((industry ? 1 : 0) | (sector ? 2 : 0));
                    role[count] = bridges.isBridge(e) ? TieRole.BRIDGE
                            : search.shareNeighbour(u, v) ? TieRole.EMBEDDED : TieRole.LOCAL_BRIDGE;
                    count++;
                }
                e++;
            }
        }

        int[] localAt = new int[count];
        int locals = 0;
        for (int i = 0; i < count; i++) {
            if (role[i] == TieRole.LOCAL_BRIDGE) {
                localAt[locals++] = i;
            }
        }
        int[] localLow = new int[locals];
        int[] localHigh = new int[locals];
        for (int j = 0; j < locals; j++) {
            localLow[j] = low[localAt[j]];
            localHigh[j] = high[localAt[j]];
        }
        int[] localSpan = search.spans(localLow, localHigh, new boolean[locals]);
        int[] span = new int[count];
        for (int i = 0; i < count; i++) {
            span[i] = role[i] == TieRole.BRIDGE ? LocalBridge.INFINITE_SPAN : 2;
        }
        for (int j = 0; j < locals; j++) {
            span[localAt[j]] = localSpan[j];
        }

        List<CrossTie> ties = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ties.add(new CrossTie(edge[i], low[i], high[i], (crosses[i] & 1) != 0, (crosses[i] & 2) != 0, role[i],
                    span[i]));
        }
        return new CrossIndustryTiesResult(ties, unknownIndustry,
                new IndustryTieMatrix(industries, Arrays.copyOf(cells, cells.length), m));
    }
}
