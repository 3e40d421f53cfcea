package io.kaonet.core.bridges;

import java.util.List;
import java.util.Objects;

/**
 * The crossing ties of a graph with their roles, and the industry × industry tie matrix.
 */
public final class CrossIndustryTiesResult {

    private final List<CrossTie> ties;
    private final long tiesWithUnknownIndustry;
    private final IndustryTieMatrix matrix;
    private final int[][] counts = new int[Crossing.values().length][TieRole.values().length];

    CrossIndustryTiesResult(List<CrossTie> ties, long tiesWithUnknownIndustry, IndustryTieMatrix matrix) {
        this.ties = List.copyOf(ties);
        this.tiesWithUnknownIndustry = tiesWithUnknownIndustry;
        this.matrix = matrix;
        for (CrossTie t : ties) {
            for (Crossing c : Crossing.values()) {
                if (t.crosses(c)) {
                    counts[c.ordinal()][t.role().ordinal()]++;
                }
            }
        }
    }

    /** Every tie that crosses an industry or a sector boundary, in edge-id order; unmodifiable. */
    public List<CrossTie> ties() {
        return ties;
    }

    /**
     * The number of ties crossing this boundary with this role.
     *
     * @throws NullPointerException if an argument is null
     */
    public int count(Crossing crossing, TieRole role) {
        return counts[Objects.requireNonNull(crossing, "crossing must not be null").ordinal()][
                Objects.requireNonNull(role, "role must not be null").ordinal()];
    }

    /**
     * The number of ties crossing this boundary, whatever their role.
     *
     * @throws NullPointerException if {@code crossing} is null
     */
    public int count(Crossing crossing) {
        int sum = 0;
        for (TieRole r : TieRole.values()) {
            sum += count(crossing, r);
        }
        return sum;
    }

    /** The number of ties with at least one end of unknown industry (never counted as crossing industries). */
    public long tiesWithUnknownIndustry() {
        return tiesWithUnknownIndustry;
    }

    /** The industry × industry tie matrix over all ties. */
    public IndustryTieMatrix matrix() {
        return matrix;
    }
}
