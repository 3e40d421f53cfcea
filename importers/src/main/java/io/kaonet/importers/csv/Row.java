package io.kaonet.importers.csv;

import io.kaonet.importers.Problems;
import io.kaonet.importers.text.CsvRecord;
import io.kaonet.importers.text.Values;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed access to one record of a Kaonet CSV file. Every accessor reports what is wrong with its
 * field (file, line, column, value as read) and returns null for it, so that one pass over a row
 * finds all of its problems; {@link #ok()} says whether there was any.
 */
final class Row {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private final String file;
    private final CsvRecord record;
    private final Problems problems;
    private boolean ok = true;

    Row(String file, CsvRecord record, Problems problems) {
        this.file = file;
        this.record = record;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    long line() {
        return record.line();
    }

    /** Whether no field of this row had a problem. */
    boolean ok() {
        return ok;
    }

    /** Reports a problem with a field of this row. */
    void problem(String column, String value, String message) {
        ok = false;
        problems.add(file, record.line(), column, value, message);
    }

    /** The field as read, untrimmed, or null when the column is absent. */
    String raw(String column) {
        return record.get(column);
    }

    /** The trimmed field, or null when empty or absent. */
    String text(String column) {
        return Values.trimmed(record.get(column));
    }

    /** The trimmed field; reported when empty. */
    String required(String column) {
        String v = text(column);
        if (v == null) {
            problem(column, null, "is required");
        }
        return v;
    }

    /** One of the allowed constants, spelt exactly; reported when missing (if required) or not allowed. */
    <E extends Enum<E>> E choice(String column, String what, List<E> allowed, boolean mandatory) {
        String v = mandatory ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        for (E e : allowed) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        String names = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        String hint = allowed.stream().filter(e -> e.name().equalsIgnoreCase(v)).findFirst()
                .map(e -> "did you mean " + e.name() + "? allowed: ").orElse("allowed: ");
        problem(column, raw(column), "is not " + what + " (" + hint + names + ")");
        return null;
    }

    static <E extends Enum<E>> List<E> all(Class<E> type) {
        return Arrays.asList(type.getEnumConstants());
    }

    LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        LocalDate d = Values.isoDate(v);
        if (d != null) {
            return d;
        }
        problem(column, raw(column), "is not a date (expected yyyy-MM-dd)");
        return null;
    }

    /** A finite decimal number with {@code .} as the decimal point. */
    Double number(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        Double d = Values.decimal(v);
        if (d != null) {
            return d;
        }
        problem(column, raw(column), "is not a number (expected digits with '.' as the decimal point)");
        return null;
    }

    Integer wholeNumber(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        if (WHOLE.matcher(v).matches()) {
            try {
                return Integer.valueOf(v.startsWith("+") ? v.substring(1) : v);
            } catch (NumberFormatException e) {
                problem(column, raw(column), "is not a whole number within ±" + Integer.MAX_VALUE);
                return null;
            }
        }
        problem(column, raw(column), "is not a whole number");
        return null;
    }

    /** {@code true} or {@code false} in any case (spreadsheets write {@code TRUE}). */
    Boolean bool(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        Boolean b = Values.trueOrFalse(v);
        if (b != null) {
            return b;
        }
        problem(column, raw(column), "is not true or false");
        return null;
    }

    /** An ISO 3166-1 alpha-2 code in upper case. */
    String country(String column) {
        String v = text(column);
        if (v == null || Values.isIsoCountry(v)) {
            return v;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        problem(column, raw(column), Values.isIsoCountry(upper)
                ? "is not an ISO 3166-1 alpha-2 country code (write it in capitals: " + upper + ")"
                : "is not an ISO 3166-1 alpha-2 country code (e.g. JP, IT, US)");
        return null;
    }

    /** Items separated by {@code |}, each trimmed, empty ones dropped. */
    List<String> keywords(String column) {
        return Values.items(raw(column));
    }
}
