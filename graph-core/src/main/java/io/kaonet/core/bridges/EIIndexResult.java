package io.kaonet.core.bridges;

import java.util.Objects;

/**
 * The E–I index of a grouping, overall and per group. Indexes are NaN where no tie was counted
 * (E + I = 0); baselines are NaN where no pair was possible.
 */
public final class EIIndexResult {

    private final long external;
    private final long internal;
    private final long excluded;
    private final double baseline;
    private final long[] groupSize;
    private final long[] groupExternal;
    private final long[] groupInternal;
    private final double[] groupBaseline;

    EIIndexResult(long external, long internal, long excluded, double baseline, long[] groupSize,
                  long[] groupExternal, long[] groupInternal, double[] groupBaseline) {
        this.external = external;
        this.internal = internal;
        this.excluded = excluded;
        this.baseline = baseline;
        this.groupSize = groupSize;
        this.groupExternal = groupExternal;
        this.groupInternal = groupInternal;
        this.groupBaseline = groupBaseline;
    }

    /** Ties between two different known groups. */
    public long external() {
        return external;
    }

    /** Ties within one known group. */
    public long internal() {
        return internal;
    }

    /** Ties left out because an end's group is unknown. */
    public long excluded() {
        return excluded;
    }

    /** {@code (E − I) / (E + I)}; NaN when no tie joins two nodes of known group. */
    public double index() {
        return EIIndex.ratio(external, internal);
    }

    /** The index if ties fell uniformly at random among pairs of nodes with a known group. */
    public double baselineIndex() {
        return baseline;
    }

    /** The number of groups: one more than the largest group code (some may be empty). */
    public int groupCount() {
        return groupSize.length;
    }

    /** The number of nodes in group {@code g}. @throws IndexOutOfBoundsException if {@code g} is not a group */
    public long groupSize(int g) {
        return groupSize[Objects.checkIndex(g, groupSize.length)];
    }

    /** Ties with exactly one end in group {@code g}. @throws IndexOutOfBoundsException if {@code g} is not a group */
    public long groupExternal(int g) {
        return groupExternal[Objects.checkIndex(g, groupSize.length)];
    }

    /** Ties with both ends in group {@code g}. @throws IndexOutOfBoundsException if {@code g} is not a group */
    public long groupInternal(int g) {
        return groupInternal[Objects.checkIndex(g, groupSize.length)];
    }

    /** {@code (E_g − I_g) / (E_g + I_g)}; NaN when the group has no tie. @throws IndexOutOfBoundsException if {@code g} is not a group */
    public double groupIndex(int g) {
        return EIIndex.ratio(groupExternal(g), groupInternal(g));
    }

    /**
     * The group's index if ties fell at random: {@code n_g(N − n_g)} possible external against
     * {@code n_g(n_g − 1)/2} possible internal pairs.
     *
     * @throws IndexOutOfBoundsException if {@code g} is not a group
     */
    public double groupBaselineIndex(int g) {
        return groupBaseline[Objects.checkIndex(g, groupSize.length)];
    }
}
