package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.graph.CollaborationGraph;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The two periods a ranking is fitted and judged on: ties formed from {@code fitFrom} to the day
 * before {@code heldOutFrom} are predicted from the network before {@code fitFrom} (the fit), and
 * ties formed from {@code heldOutFrom} to {@code heldOutUntil} from the network before
 * {@code heldOutFrom} (the held-out judgement). The held-out period is later, so no choice looks at it.
 *
 * @param fitFrom      first day of the fit period
 * @param heldOutFrom  first day of the held-out period, after fitFrom
 * @param heldOutUntil last day of the held-out period, not before heldOutFrom
 */
public record FitPeriods(LocalDate fitFrom, LocalDate heldOutFrom, LocalDate heldOutUntil) {

    /** The share of dated ties in each of the two periods when chosen from the data. */
    public static final double PERIOD_SHARE_DEFAULT = 0.2;

    /** @throws IllegalArgumentException unless fitFrom &lt; heldOutFrom ≤ heldOutUntil */
    public FitPeriods {
        Objects.requireNonNull(fitFrom, "fitFrom must not be null");
        Objects.requireNonNull(heldOutFrom, "heldOutFrom must not be null");
        Objects.requireNonNull(heldOutUntil, "heldOutUntil must not be null");
        if (!fitFrom.isBefore(heldOutFrom) || heldOutUntil.isBefore(heldOutFrom)) {
            throw new IllegalArgumentException("periods must satisfy fitFrom < heldOutFrom <= heldOutUntil, were "
                    + fitFrom + ", " + heldOutFrom + ", " + heldOutUntil);
        }
    }

    /**
     * Periods read from a network's tie dates: the held-out period holds about the newest
     * {@code share} of the dated ties (from the start day of the tie at that quantile to the newest
     * start day), the fit period about the {@code share} before it. O(m log m).
     *
     * @return empty when the dates cannot make two periods (fewer than two distinct start days at the cut points)
     * @throws IllegalArgumentException unless 0 &lt; share ≤ 0.5
     */
    public static Optional<FitPeriods> of(CollaborationGraph graph, double share) {
        Objects.requireNonNull(graph, "graph must not be null");
        if (!(share > 0 && share <= 0.5)) {
            throw new IllegalArgumentException("share must be in (0, 0.5], was " + share);
        }
        int[] days = new int[graph.edgeCount()];
        int m = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.edgeSince(e) != CollaborationGraph.UNKNOWN_DAY) {
                days[m++] = graph.edgeSince(e);
            }
        }
        if (m < 3) {
            return Optional.empty();
        }
        days = Arrays.copyOf(days, m);
        Arrays.sort(days);
        int heldOut = days[Math.min(m - 1, (int) Math.round((1 - share) * m))];
        int fit = days[Math.min(m - 1, (int) Math.round((1 - 2 * share) * m))];
        int newest = days[m - 1];
        if (fit >= heldOut || fit == days[0]) {
            return Optional.empty();
        }
        return Optional.of(new FitPeriods(LocalDate.ofEpochDay(fit), LocalDate.ofEpochDay(heldOut),
                LocalDate.ofEpochDay(newest)));
    }
}
