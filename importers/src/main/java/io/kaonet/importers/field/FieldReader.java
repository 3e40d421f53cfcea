package io.kaonet.importers.field;

import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.Problems;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks the fields of one record, for every import format: Kaonet CSV and its Excel
 * workbook, neo4j-admin CSV, GraphML and CORDIS. A year, a date, a number, a country, a kind… is
 * accepted or refused by one rule and reported with one message (and one "did you mean"), whatever
 * file it comes in. Every accessor reports what is wrong with its field (file, line, field, value
 * as given) to the import's {@link Problems} and returns null for it, so that one pass over a
 * record finds all of its problems; {@link #ok()} says whether there was any.
 *
 * <p>The rules are those of {@code docs/data-formats.md}: dates {@code yyyy-MM-dd}; numbers with
 * {@code .} as the decimal point and an optional exponent, finite; whole numbers without a decimal
 * point ({@code 1962.0} is refused as a year in every format); {@code true}/{@code false} in any
 * case; countries ISO 3166-1 alpha-2 in capitals, or {@code XK}; kinds spelt exactly as listed.
 * The {@link Dialect#CORDIS} dialect reads, in addition, what the European Commission's exports
 * write (values joined by {@code ;}, decimal commas, dates followed by a time, {@code yes}/{@code no},
 * its country codes {@code EL} and {@code UK}); its problems carry the same messages, widened only
 * where the rule is wider.
 *
 * <p>Why our own: the rules and their messages are Kaonet's (an import error names file, line,
 * field and value and suggests the fix); a general conversion library would still need every
 * message written here. Complexity: O(length of the field) per call. Not thread-safe (one reader
 * per record).
 */
public final class FieldReader {

    /** The conventions a file's values follow. */
    public enum Dialect {
        /** Kaonet's own rules, for every format but CORDIS. */
        KAONET,
        /**
         * The European Commission's CORDIS exports: an organisation listed twice in a project has its
         * values joined by {@code ;} (the first counts, amounts are added up), decimal commas,
         * dates with a time after them, {@code yes}/{@code no} and {@code 1}/{@code 0} for booleans,
         * country codes in any case and CORDIS's {@code EL} and {@code UK} for {@code GR} and
         * {@code GB}, locations as {@code "lat,lon"}.
         */
        CORDIS
    }

    /** The earliest founding year an actor may have. */
    public static final int EARLIEST_FOUNDING_YEAR = 1000;

    /** CORDIS country codes that are not ISO 3166-1 alpha-2, and their ISO codes. */
    static final Map<String, String> CORDIS_COUNTRIES = Map.of("EL", "GR", "UK", "GB");

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T].*)?");
    private static final List<TieKind> STORABLE_TIE_KINDS =
            Arrays.stream(TieKind.values()).filter(TieKind::storable).toList();

    private final FieldSource source;
    private final Problems problems;
    private final Dialect dialect;
    private boolean ok = true;

    /**
     * A reader of one record with {@link Dialect#KAONET}'s rules.
     *
     * @throws NullPointerException if an argument is null
     */
    public FieldReader(FieldSource source, Problems problems) {
        this(source, problems, Dialect.KAONET);
    }

    /**
     * A reader of one record.
     *
     * @throws NullPointerException if an argument is null
     */
    public FieldReader(FieldSource source, Problems problems, Dialect dialect) {
        this.source = Objects.requireNonNull(source, "source");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** The file of the record. */
    public String file() {
        return source.file();
    }

    /** The line the record starts on. */
    public long line() {
        return source.line();
    }

    /** Whether no field of this record had a problem. */
    public boolean ok() {
        return ok;
    }

    /** Reports a problem with a field of this record (field and value may be null). */
    public void problem(String field, String value, String message) {
        ok = false;
        problems.add(source.file(), source.line(), field, value, message);
    }

    /** The field as given, untrimmed, or null when the record has no such field. */
    public String raw(String field) {
        return source.get(field);
    }

    /** The trimmed field, or null when it is empty or absent. */
    public String text(String field) {
        return Values.trimmed(source.get(field));
    }

    /** The trimmed field; reported ({@code is required}) when empty or absent. */
    public String required(String field) {
        String v = text(field);
        if (v == null) {
            problem(field, null, "is required");
        }
        return v;
    }

    /**
     * The distinct non-empty parts of a CORDIS field joined by {@code ;}, in order; in
     * {@link Dialect#KAONET} the trimmed field alone. Empty when the field is.
     */
    public List<String> parts(String field) {
        String v = text(field);
        List<String> parts = new ArrayList<>();
        if (v == null) {
            return parts;
        }
        if (dialect == Dialect.KAONET) {
            parts.add(v);
            return parts;
        }
        for (String part : v.split(";")) {
            String p = part.strip();
            if (!p.isEmpty() && !parts.contains(p)) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The field's value: the trimmed field, or in CORDIS the first of its joined parts; null when empty. */
    public String single(String field) {
        if (dialect == Dialect.KAONET) {
            return text(field);
        }
        List<String> parts = parts(field);
        return parts.isEmpty() ? null : parts.get(0);
    }

    /**
     * One of the allowed constants, spelt exactly as it is named. Reported when not allowed, with
     * the allowed names and, when only the case differs, "did you mean".
     *
     * @param what     what the field holds, with its article ({@code "an actor kind"})
     * @param fallback the value of an empty field, or null for none
     * @param required whether an empty field without a fallback is reported ({@code is required})
     */
    public <E extends Enum<E>> E choice(String field, String what, List<E> allowed, E fallback, boolean required) {
        String v = single(field);
        if (v == null) {
            if (fallback == null && required) {
                problem(field, null, "is required");
            }
            return fallback;
        }
        E e = named(allowed, v);
        if (e == null) {
            problem(field, raw(field), notAllowed(v, what, allowed));
        }
        return e;
    }

    /** {@link #choice(String, String, List, Enum, boolean)} among all the constants of a type. */
    public <E extends Enum<E>> E choice(String field, String what, Class<E> type, E fallback, boolean required) {
        return choice(field, what, Arrays.asList(type.getEnumConstants()), fallback, required);
    }

    /**
     * A tie kind that can be stored, from the field's text (or, when {@code given} is not null, from
     * that text, as a relationship type is given). With {@code firstOfList}, the text is a
     * {@code |}-separated list of kinds and the first storable one counts (GraphML's {@code kinds},
     * as Kaonet's export writes it).
     *
     * @param fallback the kind of an empty field, or null to require one
     */
    public TieKind tieKind(String field, String given, TieKind fallback, boolean firstOfList) {
        String text = given != null ? given : raw(field);
        String v = Values.trimmed(text);
        if (v == null) {
            if (fallback == null) {
                problem(field, null, "is required");
            }
            return fallback;
        }
        if (firstOfList) {
            for (String part : v.split("\\|")) {
                TieKind k = named(STORABLE_TIE_KINDS, part.strip());
                if (k != null) {
                    return k;
                }
            }
        } else {
            TieKind k = named(STORABLE_TIE_KINDS, v);
            if (k != null) {
                return k;
            }
        }
        problem(field, text, notAllowed(firstOfList ? v.split("\\|")[0].strip() : v, "a tie kind", STORABLE_TIE_KINDS));
        return null;
    }

    /** A date {@code yyyy-MM-dd} (in CORDIS, possibly followed by a time). */
    public LocalDate date(String field) {
        String v = single(field);
        if (v == null) {
            return null;
        }
        LocalDate d = Values.isoDate(v);
        if (d == null && dialect == Dialect.CORDIS) {
            var m = DATE_TIME.matcher(v);
            if (m.matches()) {
                d = Values.isoDate(m.group(1));
            }
        }
        if (d == null) {
            problem(field, raw(field), "is not a date (expected yyyy-MM-dd)");
        }
        return d;
    }

    /**
     * Reports {@code later} when it is before {@code earlier} ({@code "is before start 2003-04-01"}).
     *
     * @return whether the two are in order (or either is unknown)
     */
    public boolean inOrder(String earlierField, LocalDate earlier, String laterField, LocalDate later) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problem(laterField, raw(laterField), "is before " + earlierField + " " + earlier);
            return false;
        }
        return true;
    }

    /** A finite decimal number ({@code .} as the decimal point; in CORDIS also {@code ,}). */
    public Double number(String field) {
        String v = single(field);
        if (v == null) {
            return null;
        }
        Double d = dialect == Dialect.CORDIS ? decimalWithComma(v) : Values.decimal(v);
        if (d == null) {
            problem(field, raw(field), notANumber());
        }
        return d;
    }

    /** A number greater than zero (a tie's weight). */
    public Double positiveNumber(String field) {
        Double d = number(field);
        if (d != null && !(d > 0)) {
            problem(field, raw(field), "must be positive");
            return null;
        }
        return d;
    }

    /**
     * A number not below zero (money or effort); in CORDIS, joined values ({@code "1000;250,5"})
     * are added up.
     */
    public Double amount(String field) {
        List<String> parts = parts(field);
        if (parts.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (String part : parts) {
            Double d = dialect == Dialect.CORDIS ? decimalWithComma(part) : Values.decimal(part);
            if (d == null || d < 0) {
                problem(field, raw(field), d == null ? notANumber() : "must not be negative");
                return null;
            }
            sum += d;
        }
        return sum;
    }

    /** A whole number: digits with an optional sign, within the range of an {@code int}. */
    public Integer wholeNumber(String field) {
        String v = single(field);
        if (v == null) {
            return null;
        }
        if (!Values.isWhole(v)) {
            problem(field, raw(field), "is not a whole number");
            return null;
        }
        try {
            return Integer.valueOf(v.startsWith("+") ? v.substring(1) : v);
        } catch (NumberFormatException e) {
            problem(field, raw(field), "is not a whole number within ±" + Integer.MAX_VALUE);
            return null;
        }
    }

    /** A whole number not below zero (a head count). */
    public Integer count(String field) {
        Integer n = wholeNumber(field);
        if (n != null && n < 0) {
            problem(field, raw(field), "must not be negative");
            return null;
        }
        return n;
    }

    /** A founding year, from {@link #EARLIEST_FOUNDING_YEAR} to the current year. */
    public Integer foundingYear(String field) {
        Integer year = wholeNumber(field);
        int thisYear = Year.now().getValue();
        if (year != null && (year < EARLIEST_FOUNDING_YEAR || year > thisYear)) {
            problem(field, raw(field), "is not a founding year (expected " + EARLIEST_FOUNDING_YEAR + " to " + thisYear + ")");
            return null;
        }
        return year;
    }

    /** {@code true} or {@code false} in any case (spreadsheets write {@code TRUE}); in CORDIS also yes/no, 1/0. */
    public Boolean bool(String field) {
        String v = single(field);
        if (v == null) {
            return null;
        }
        Boolean b = Values.trueOrFalse(v);
        if (b == null && dialect == Dialect.CORDIS) {
            b = switch (v.toLowerCase(Locale.ROOT)) {
                case "yes", "1" -> true;
                case "no", "0" -> false;
                default -> null;
            };
        }
        if (b == null) {
            problem(field, raw(field), "is not true or false");
        }
        return b;
    }

    /**
     * A country: an ISO 3166-1 alpha-2 code in capitals, or {@code XK} (Kosovo, as the EU writes it).
     * A code in lower case is refused with the capitals to write (in CORDIS it is read in any case,
     * and {@code EL} and {@code UK} become {@code GR} and {@code GB}).
     */
    public String country(String field) {
        String v = single(field);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (dialect == Dialect.CORDIS) {
            v = CORDIS_COUNTRIES.getOrDefault(upper, upper);
            upper = v;
        }
        if (Values.isCountry(v)) {
            return v;
        }
        problem(field, raw(field), Values.isCountry(upper)
                ? "is not an ISO 3166-1 alpha-2 country code (write it in capitals: " + upper + ")"
                : "is not an ISO 3166-1 alpha-2 country code (e.g. JP, IT, US)");
        return null;
    }

    /**
     * A location from two fields in decimal degrees, given together (latitude −90 to 90, longitude
     * −180 to 180); null when both are empty.
     */
    public GeoLocation location(String latitudeField, String longitudeField) {
        Double latitude = number(latitudeField);
        Double longitude = number(longitudeField);
        boolean valid = true;
        if (latitude != null && !inRange(latitude, 90)) {
            problem(latitudeField, raw(latitudeField), "is out of range (expected -90 to 90)");
            valid = false;
        }
        if (longitude != null && !inRange(longitude, 180)) {
            problem(longitudeField, raw(longitudeField), "is out of range (expected -180 to 180)");
            valid = false;
        }
        boolean hasLatitude = text(latitudeField) != null;
        boolean hasLongitude = text(longitudeField) != null;
        if (hasLatitude != hasLongitude) {
            problem(hasLatitude ? longitudeField : latitudeField, null,
                    "is required when " + (hasLatitude ? latitudeField : longitudeField) + " is given");
            return null;
        }
        return valid && latitude != null && longitude != null ? new GeoLocation(latitude, longitude) : null;
    }

    /**
     * A location from one field {@code "latitude,longitude"} (or, with decimal commas in CORDIS,
     * {@code "latitude;longitude"}); null when the field is empty.
     */
    public GeoLocation location(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        String[] halves = v.contains(";") ? v.split(";") : v.split(",");
        if (halves.length == 2) {
            Double latitude = dialect == Dialect.CORDIS ? decimalWithComma(halves[0]) : Values.decimal(halves[0].strip());
            Double longitude = dialect == Dialect.CORDIS ? decimalWithComma(halves[1]) : Values.decimal(halves[1].strip());
            if (latitude != null && longitude != null) {
                if (inRange(latitude, 90) && inRange(longitude, 180)) {
                    return new GeoLocation(latitude, longitude);
                }
                problem(field, raw(field), "is out of range (latitude -90 to 90, longitude -180 to 180)");
                return null;
            }
        }
        problem(field, raw(field), "is not a location (expected \"latitude,longitude\")");
        return null;
    }

    /** Items separated by {@code |}, each trimmed, empty ones dropped; empty when the field is. */
    public List<String> keywords(String field) {
        return Values.items(raw(field));
    }

    /**
     * Whether a text is a value of a neo4j-admin property type ({@code int}, {@code long},
     * {@code short}, {@code byte}, {@code float}, {@code double}, {@code boolean}, {@code date};
     * every other type takes any text), by the rules above.
     */
    public static boolean fitsType(String type, String text) {
        return switch (type) {
            case "int", "long", "short", "byte" -> Values.isWhole(text);
            case "float", "double" -> Values.isDecimal(text);
            case "boolean" -> Values.trueOrFalse(text) != null;
            case "date" -> Values.isoDate(text) != null;
            default -> true;
        };
    }

    /**
     * A decimal number with {@code .} or {@code ,} as the decimal point; where both occur, the last
     * one is the decimal point and the other separates thousands. Null when it is none.
     */
    static Double decimalWithComma(String text) {
        String v = text.strip().replace(" ", "").replace("\u00a0", "");
        int comma = v.lastIndexOf(',');
        int dot = v.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            v = comma > dot ? v.replace(".", "").replace(',', '.') : v.replace(",", "");
        } else if (comma >= 0) {
            if (v.indexOf(',') != comma) {
                return null;
            }
            v = v.replace(',', '.');
        }
        return Values.decimal(v);
    }

    private static boolean inRange(double degrees, double limit) {
        return degrees >= -limit && degrees <= limit;
    }

    private String notANumber() {
        return dialect == Dialect.CORDIS
                ? "is not a number (expected digits with '.' or ',' as the decimal point)"
                : "is not a number (expected digits with '.' as the decimal point)";
    }

    private static <E extends Enum<E>> E named(List<E> allowed, String name) {
        for (E e : allowed) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> String notAllowed(String value, String what, List<E> allowed) {
        String names = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        String hint = allowed.stream().filter(e -> e.name().equalsIgnoreCase(value)).findFirst()
                .map(e -> "did you mean " + e.name() + "? allowed: ").orElse("allowed: ");
        return "is not " + what + " (" + hint + names + ")";
    }
}
