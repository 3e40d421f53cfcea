package io.kaonet.core.cohesion;

import java.util.Arrays;

/**
 * The connected components of a graph.
 *
 * <p>Component {@code c} of node {@code u} is {@link #componentOf(int)}; components are numbered
 * {@code 0..count()-1} in order of their lowest node.
 */
public final class ComponentsResult {

    private final int[] component;
    private final int[] sizes;
    private final int giant;

    ComponentsResult(int[] component, int[] sizes) {
        this.component = component;
        this.sizes = sizes;
        int best = -1;
        for (int c = 0; c < sizes.length; c++) {
            if (best < 0 || sizes[c] > sizes[best]) {
                best = c;
            }
        }
        this.giant = best;
    }

    /** The number of components (isolated nodes count as components of size 1). */
    public int count() {
        return sizes.length;
    }

    /** The component of node {@code u}. */
    public int componentOf(int u) {
        return component[u];
    }

    /** The size of component {@code c}. */
    public int size(int c) {
        return sizes[c];
    }

    /** The largest component (the first of equal size), or -1 for an empty graph. */
    public int giant() {
        return giant;
    }

    /** The size of the largest component; 0 for an empty graph. */
    public int giantSize() {
        return giant < 0 ? 0 : sizes[giant];
    }

    /** Whether {@code u} lies in the largest component. */
    public boolean inGiant(int u) {
        return component[u] == giant;
    }

    /** The share of nodes in the largest component; 0 for an empty graph. */
    public double giantShare() {
        return component.length == 0 ? 0 : (double) giantSize() / component.length;
    }

    /** Component sizes, indexed by component. */
    public int[] sizes() {
        return Arrays.copyOf(sizes, sizes.length);
    }
}
