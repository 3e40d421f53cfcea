package io.kaonet.core.brokerage;

import java.util.Arrays;

/**
 * Burt's constraint, effective size, efficiency and hierarchy of every node; NaN where a measure
 * is undefined (isolates; hierarchy below two contacts). See {@link StructuralHoles}.
 */
public final class StructuralHolesResult {

    private final double[] constraint;
    private final double[] effectiveSize;
    private final double[] efficiency;
    private final double[] hierarchy;
    private final Metadata metadata;

    StructuralHolesResult(double[] constraint, double[] effectiveSize, double[] efficiency, double[] hierarchy,
                          Metadata metadata) {
        this.constraint = constraint;
        this.effectiveSize = effectiveSize;
        this.efficiency = efficiency;
        this.hierarchy = hierarchy;
        this.metadata = metadata;
    }

    /** Burt's aggregate constraint on {@code u}; NaN for an isolate. */
    public double constraint(int u) {
        return constraint[u];
    }

    /** The effective size of {@code u}'s network (non-redundant contacts); NaN for an isolate. */
    public double effectiveSize(int u) {
        return effectiveSize[u];
    }

    /** Effective size per contact, in (0, 1]; NaN for an isolate. */
    public double efficiency(int u) {
        return efficiency[u];
    }

    /** How much {@code u}'s constraint rests on one contact, in [0, 1]; NaN below two contacts. */
    public double hierarchy(int u) {
        return hierarchy[u];
    }

    /** Constraint of every node, indexed by node. */
    public double[] constraintAll() {
        return Arrays.copyOf(constraint, constraint.length);
    }

    /** Effective size of every node, indexed by node. */
    public double[] effectiveSizeAll() {
        return Arrays.copyOf(effectiveSize, effectiveSize.length);
    }

    /** Efficiency of every node, indexed by node. */
    public double[] efficiencyAll() {
        return Arrays.copyOf(efficiency, efficiency.length);
    }

    /** Hierarchy of every node, indexed by node. */
    public double[] hierarchyAll() {
        return Arrays.copyOf(hierarchy, hierarchy.length);
    }

    /** How the measures were computed. */
    public Metadata metadata() {
        return metadata;
    }

    /**
     * How the measures were computed.
     *
     * @param direction how ties were read
     * @param weighted whether tie weights were the tie values
     * @param threads the worker threads used
     */
    public record Metadata(Direction direction, boolean weighted, int threads) {
    }
}
