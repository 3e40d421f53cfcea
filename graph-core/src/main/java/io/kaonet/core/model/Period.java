package io.kaonet.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named span of days, both ends included: a year, a policy phase, or any period an analyst
 * gives.
 *
 * <p>Labels of whole years have a canonical form that {@link #parse(String)} reads: {@code "2009"}
 * for one calendar year, {@code "2006-2010"} for the years 2006 to 2010 (1 January of the first to
 * 31 December of the last), as the policy phases are written in the seeds.
 *
 * @param label a name for the period, shown with its results
 * @param start the first day
 * @param end   the last day
 */
public record Period(String label, LocalDate start, LocalDate end) {

    /** Earliest year a year label may name. */
    public static final int MIN_YEAR = 1900;
    /** Latest year a year label may name. */
    public static final int MAX_YEAR = 2200;

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    /** @throws IllegalArgumentException on a blank label, a missing day or an end before the start */
    public Period {
        Actor.requireText(label, "period label");
        Objects.requireNonNull(start, "period start must not be null");
        Objects.requireNonNull(end, "period end must not be null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + label + " ends on " + end + ", before its start " + start);
        }
    }

    /** The calendar year {@code year}, labelled {@code "2009"}. */
    public static Period year(int year) {
        return years(year, year);
    }

    /**
     * The calendar years {@code first..last}, labelled {@code "first-last"} (or {@code "first"} when
     * they are equal).
     *
     * @throws IllegalArgumentException if a year is outside {@link #MIN_YEAR}..{@link #MAX_YEAR} or
     *                                  {@code last < first}
     */
    public static Period years(int first, int last) {
        checkYear(first);
        checkYear(last);
        if (last < first) {
            throw new IllegalArgumentException("last year " + last + " must not be before first year " + first);
        }
        String label = first == last ? Integer.toString(first) : first + "-" + last;
        return new Period(label, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    /**
     * Reads a year label: {@code "2009"} or {@code "2006-2010"}, surrounding blanks ignored.
     *
     * @throws IllegalArgumentException when the text is not such a label, or names years out of range
     *                                  or in the wrong order
     */
    public static Period parse(String text) {
        Matcher m = YEARS.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period (expected a year such as 2009 or a span"
                    + " of years such as 2006-2010)");
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return years(first, last);
    }

    /** Whether the day lies in this period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
    }
}
