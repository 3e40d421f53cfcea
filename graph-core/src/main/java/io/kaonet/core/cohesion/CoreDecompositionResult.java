package io.kaonet.core.cohesion;

import java.util.Arrays;

/**
 * Core numbers, the main core and the shells of a graph. The {@code k}-shell is the set of nodes
 * whose core number is exactly {@code k}; the main core is the {@code k}-core for the largest
 * {@code k} (the degeneracy).
 */
public final class CoreDecompositionResult {

    private final int[] core;
    private final int maxCore;
    private final int[] shellSizes;
    private final int lowestShell;

    CoreDecompositionResult(int[] core) {
        this.core = core;
        int max = 0;
        int min = Integer.MAX_VALUE;
        for (int c : core) {
            max = Math.max(max, c);
            min = Math.min(min, c);
        }
        this.maxCore = max;
        this.lowestShell = core.length == 0 ? 0 : min;
        this.shellSizes = new int[max + 1];
        for (int c : core) {
            shellSizes[c]++;
        }
    }

    /**
     * The core number of node {@code u}.
     *
     * @throws IndexOutOfBoundsException if {@code u} is not a node
     */
    public int core(int u) {
        return core[u];
    }

    /** Core numbers of every node (a copy). */
    public int[] cores() {
        return core.clone();
    }

    /** The largest core number (the degeneracy); 0 for an empty or edgeless graph. */
    public int maxCore() {
        return maxCore;
    }

    /** The members of the main core (core number {@link #maxCore()}), ascending. */
    public int[] mainCore() {
        return shell(maxCore);
    }

    /** The smallest core number any node has; 0 for an empty graph (and whenever there are isolates). */
    public int lowestShell() {
        return lowestShell;
    }

    /** The members of the lowest shell, ascending. */
    public int[] lowestShellMembers() {
        return shell(lowestShell);
    }

    /** The number of nodes with core number exactly {@code k}; 0 for a {@code k} outside 0..maxCore. */
    public int shellSize(int k) {
        return k < 0 || k >= shellSizes.length ? 0 : shellSizes[k];
    }

    /** The nodes with core number exactly {@code k}, ascending; empty for a {@code k} nobody has. */
    public int[] shell(int k) {
        int[] out = new int[shellSize(k)];
        for (int u = 0, at = 0; u < core.length && at < out.length; u++) {
            if (core[u] == k) {
                out[at++] = u;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "CoreDecompositionResult[maxCore=" + maxCore + ", shellSizes=" + Arrays.toString(shellSizes) + "]";
    }
}
