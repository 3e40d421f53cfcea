package io.kaonet.core.isolation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The isolated firms of a graph with their reasons and candidates. See {@link IsolatedFirms}. */
public final class IsolatedFirmsResult {

    private final List<IsolatedFirm> firms;
    private final int[] nodes;
    private final int firmCount;
    private final int[] reasonCounts;
    private final int mainComponentSize;
    private final int lowestTiedShell;
    private final IsolatedFirms.Parameters parameters;

    IsolatedFirmsResult(List<IsolatedFirm> firms, int firmCount, int[] reasonCounts, int mainComponentSize,
                        int lowestTiedShell, IsolatedFirms.Parameters parameters) {
        this.firms = List.copyOf(firms);
        this.nodes = firms.stream().mapToInt(IsolatedFirm::node).toArray();
        this.firmCount = firmCount;
        this.reasonCounts = reasonCounts.clone();
        this.mainComponentSize = mainComponentSize;
        this.lowestTiedShell = lowestTiedShell;
        this.parameters = parameters;
    }

    /** Every firm with at least one reason, in node order; unmodifiable. */
    public List<IsolatedFirm> firms() {
        return firms;
    }

    /** The isolated firm at node {@code u}, or empty when {@code u} is not a firm or has no reason. */
    public Optional<IsolatedFirm> firm(int u) {
        int at = Arrays.binarySearch(nodes, u);
        return at < 0 ? Optional.empty() : Optional.of(firms.get(at));
    }

    /** The number of firms in the graph, isolated or not. */
    public int firmCount() {
        return firmCount;
    }

    /**
     * The number of firms with this reason.
     *
     * @throws NullPointerException if {@code reason} is null
     */
    public int count(IsolationReason reason) {
        return reasonCounts[Objects.requireNonNull(reason, "reason must not be null").ordinal()];
    }

    /** The size of the largest component; every component of this size is a main one (none below 2). */
    public int mainComponentSize() {
        return mainComponentSize;
    }

    /** The smallest core number among actors with a tie (0 when no actor has one). */
    public int lowestTiedShell() {
        return lowestTiedShell;
    }

    /** The parameters used. */
    public IsolatedFirms.Parameters parameters() {
        return parameters;
    }
}
