package io.kaonet.importers.field;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The readings of a field's text that every importer shares: trimming, ISO dates, decimal numbers
 * with {@code .} as the decimal point, {@code true}/{@code false}, ISO country codes and
 * {@code |}-separated lists. Each returns null (or, for lists, an empty list) for text it cannot
 * read; {@link FieldReader} reports the problem, with one wording for every format.
 *
 * <p>Complexity: O(length of the text) per call. Stateless and thread-safe.
 */
final class Values {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    /** Codes ISO 3166-1 leaves to users that Kaonet accepts as countries: Kosovo, as the EU writes it. */
    static final Set<String> USER_ASSIGNED_COUNTRIES = Set.of("XK");

    private Values() {
    }

    /** The text without leading and trailing white space, or null when that leaves nothing (or it is null). */
    public static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String v = text.strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * A date written exactly {@code yyyy-MM-dd}, or null when it is not one (including impossible
     * dates such as {@code 2023-02-30}).
     *
     * @throws NullPointerException if the text is null
     */
    public static LocalDate isoDate(String text) {
        // Read by hand rather than by a pattern and LocalDate.parse: a national network's ties carry
        // millions of dates, each read in validation and again when handed on, and the formatter cost
        // more than the rest of the tie. LocalDate.of refuses what the strict ISO parser refuses.
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the ASCII digits {@code 0-9} between {@code from} and {@code to} write, or -1 if another character is there. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Whether the text is a decimal number with {@code .} as the decimal point and an optional
     * exponent ({@code -1.5}, {@code .5}, {@code 2e3}); no thousands separators.
     *
     * @throws NullPointerException if the text is null
     */
    public static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /**
     * A finite decimal number as {@link #isDecimal(String)} accepts it, or null when it is not one.
     *
     * @throws NullPointerException if the text is null
     */
    public static Double decimal(String text) {
        if (!isDecimal(text)) {
            return null;
        }
        double d = Double.parseDouble(text);
        return Double.isFinite(d) ? d : null;
    }

    /**
     * {@code true} or {@code false} in any case (spreadsheets write {@code TRUE}), or null when it is neither.
     *
     * @throws NullPointerException if the text is null
     */
    public static Boolean trueOrFalse(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        return null;
    }

    /**
     * Whether the text is a country code Kaonet stores: ISO 3166-1 alpha-2 in capitals as ISO writes
     * it, or {@code XK}, the code the EU (and so CORDIS) gives Kosovo, which ISO leaves to users.
     */
    public static boolean isCountry(String text) {
        return ISO_COUNTRIES.contains(text) || USER_ASSIGNED_COUNTRIES.contains(text);
    }

    /** Whether the text is a whole number: digits with an optional sign, no decimal point. */
    public static boolean isWhole(String text) {
        return WHOLE.matcher(text).matches();
    }

    /** The items of a {@code |}-separated list, each trimmed, empty ones dropped; empty for null. */
    public static List<String> items(String text) {
        String v = trimmed(text);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
