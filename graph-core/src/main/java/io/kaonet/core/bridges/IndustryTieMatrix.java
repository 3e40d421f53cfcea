package io.kaonet.core.bridges;

import java.util.List;
import java.util.Objects;

/**
 * The industry × industry tie matrix: {@code count(i, j)} ties join an actor of industry {@code i}
 * to one of industry {@code j}. Every tie is counted once, in cell (i, j) and mirrored in (j, i);
 * the diagonal holds ties within one industry, each counted once. Industries are indexed by the
 * graph's industry codes; actors with no industry fall in the extra last row and column,
 * {@link #unknown()}, so no tie is left out: the diagonal plus the upper triangle sum to
 * {@link #total()}, the number of ties.
 */
public final class IndustryTieMatrix {

    private final List<String> industries;
    private final int size;
    private final long[] cells;
    private final long total;

    IndustryTieMatrix(List<String> industries, long[] cells, long total) {
        this.industries = List.copyOf(industries);
        this.size = industries.size() + 1;
        this.cells = cells;
        this.total = total;
    }

    /** The known industries, indexed by code; row {@link #unknown()} follows them. */
    public List<String> industries() {
        return industries;
    }

    /** The number of rows and columns: the known industries plus one for unknown. */
    public int size() {
        return size;
    }

    /** The index of the row and column of actors with no industry. */
    public int unknown() {
        return size - 1;
    }

    /**
     * The number of ties between industries {@code i} and {@code j} (equal to {@code count(j, i)}).
     *
     * @throws IndexOutOfBoundsException if an index is not below {@link #size()}
     */
    public long count(int i, int j) {
        Objects.checkIndex(i, size);
        Objects.checkIndex(j, size);
        return cells[i * size + j];
    }

    /** The number of ties counted: every tie of the graph. */
    public long total() {
        return total;
    }
}
