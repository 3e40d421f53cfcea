package io.kaonet.core.timeline;

import io.kaonet.core.model.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ready-made lists of periods: calendar years, the three policy phases of METI's Industrial Cluster
 * Project, and checked custom lists. Every list is sorted by start day.
 */
public final class Periods {

    /** The most periods one series may have. */
    public static final int MAX_PERIODS = 100;

    /** Phase I, start-up of the clusters: 2001–2005. */
    public static final Period PHASE_I = Period.years(2001, 2005);
    /** Phase II, growth: 2006–2010. */
    public static final Period PHASE_II = Period.years(2006, 2010);
    /** Phase III, self-sustaining development: 2011–2020. */
    public static final Period PHASE_III = Period.years(2011, 2020);

    private Periods() {
    }

    /**
     * The three policy phases as the seeds date them, in calendar years: 2001–2005 (start-up),
     * 2006–2010 (growth), 2011–2020 (self-sustaining). The programme ran in Japanese fiscal years
     * (April to March); Kaonet uses the calendar years the documents name, as the demo network does.
     */
    public static List<Period> policyPhases() {
        return List.of(PHASE_I, PHASE_II, PHASE_III);
    }

    /**
     * One period per calendar year from {@code first} to {@code last}.
     *
     * @throws IllegalArgumentException if the years are out of order, out of range, or more than
     *                                  {@link #MAX_PERIODS}
     */
    public static List<Period> years(int first, int last) {
        if (last < first) {
            throw new IllegalArgumentException("last year " + last + " must not be before first year " + first);
        }
        if (last - first + 1 > MAX_PERIODS) {
            throw new IllegalArgumentException("at most " + MAX_PERIODS + " years, asked for " + (last - first + 1));
        }
        List<Period> out = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            out.add(Period.year(y));
        }
        return List.copyOf(out);
    }

    /**
     * Checks a list of custom periods and sorts it by start day (then end day). Periods may overlap
     * or leave gaps.
     *
     * @throws IllegalArgumentException if the list is empty, longer than {@link #MAX_PERIODS}, or
     *                                  two periods share a label
     */
    public static List<Period> custom(List<Period> periods) {
        Objects.requireNonNull(periods, "periods must not be null");
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        if (periods.size() > MAX_PERIODS) {
            throw new IllegalArgumentException("at most " + MAX_PERIODS + " periods, was " + periods.size());
        }
        Set<String> labels = new HashSet<>();
        for (Period p : periods) {
            if (!labels.add(Objects.requireNonNull(p, "period must not be null").label())) {
                throw new IllegalArgumentException("period label '" + p.label() + "' is given twice");
            }
        }
        return periods.stream().sorted(Comparator.comparing(Period::start).thenComparing(Period::end)).toList();
    }
}
