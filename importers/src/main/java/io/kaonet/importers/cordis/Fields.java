package io.kaonet.importers.cordis;

import io.kaonet.core.model.GeoLocation;
import io.kaonet.importers.Problems;
import io.kaonet.importers.text.Values;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tolerant typed access to one CORDIS record. CORDIS joins the values of an organisation listed
 * twice in one project with {@code ;} ({@code "PRC;PRC"}), writes decimal commas
 * ({@code "2835524,25"}) and its own country codes ({@code EL}, {@code UK}); this class reads all of
 * them. What it cannot read is reported (file, line, field, value) and returned as null;
 * {@link #ok()} says whether anything was.
 */
final class Fields {

    /** CORDIS country codes that are not ISO 3166-1 alpha-2, and their ISO codes. */
    static final Map<String, String> CORDIS_COUNTRIES = Map.of("EL", "GR", "UK", "GB");
    /** Codes CORDIS uses that ISO 3166-1 leaves to users, kept as they are: Kosovo. */
    static final Set<String> USER_ASSIGNED_COUNTRIES = Set.of("XK");

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T].*)?");

    private final SourceRow row;
    private final Problems problems;
    private boolean ok = true;

    Fields(SourceRow row, Problems problems) {
        this.row = row;
        this.problems = problems;
    }

    boolean ok() {
        return ok;
    }

    long line() {
        return row.line();
    }

    String file() {
        return row.file();
    }

    void problem(String column, String value, String message) {
        ok = false;
        problems.add(row.file(), row.line(), column, value, message);
    }

    String raw(String column) {
        return row.get(column);
    }

    /** The trimmed field, or null when empty or absent. */
    String text(String column) {
        return Values.trimmed(row.get(column));
    }

    String required(String column) {
        String v = text(column);
        if (v == null) {
            problem(column, null, "is required");
        }
        return v;
    }

    /** The distinct non-empty parts of a field joined by {@code ;}, in order. */
    List<String> parts(String column) {
        String v = text(column);
        List<String> parts = new ArrayList<>();
        if (v != null) {
            for (String part : v.split(";")) {
                String p = part.strip();
                if (!p.isEmpty() && !parts.contains(p)) {
                    parts.add(p);
                }
            }
        }
        return parts;
    }

    /** The first part of a repeated field ({@code "PRC;PRC"} → {@code PRC}), or null when empty. */
    String single(String column) {
        List<String> parts = parts(column);
        return parts.isEmpty() ? null : parts.get(0);
    }

    /** {@code true}/{@code false} (also {@code yes}/{@code no}, {@code 1}/{@code 0}), any case, first of repeated values. */
    Boolean bool(String column) {
        String v = single(column);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> {
                return true;
            }
            case "false", "no", "0" -> {
                return false;
            }
            default -> {
                problem(column, raw(column), "is not true or false");
                return null;
            }
        }
    }

    /** A non-negative amount; repeated values ({@code "1000;250,5"}) are added up. */
    Double amount(String column) {
        List<String> parts = parts(column);
        if (parts.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (String part : parts) {
            Double d = decimal(part);
            if (d == null || d < 0) {
                problem(column, raw(column), d == null
                        ? "is not a number (expected digits with '.' or ',' as the decimal point)"
                        : "must not be negative");
                return null;
            }
            sum += d;
        }
        return sum;
    }

    /**
     * A decimal number with {@code .} or {@code ,} as the decimal point; where both occur, the last
     * one is the decimal point and the other separates thousands. Null when it is none.
     */
    static Double decimal(String text) {
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

    /** An ISO date {@code yyyy-MM-dd}, with or without a time after it. */
    LocalDate date(String column) {
        String v = single(column);
        if (v == null) {
            return null;
        }
        var m = DATE.matcher(v);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(column, raw(column), "is not a date (expected yyyy-MM-dd)");
        return null;
    }

    /** The date-time text as given, for ordering records by their update ({@code yyyy-MM-dd HH:mm:ss} sorts as text). */
    String timestamp(String column) {
        return single(column);
    }

    /**
     * A country as an ISO 3166-1 alpha-2 code: CORDIS's {@code EL} and {@code UK} become {@code GR}
     * and {@code GB}, {@code XK} (Kosovo) is kept; case is ignored.
     */
    String country(String column) {
        String v = single(column);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        String iso = CORDIS_COUNTRIES.getOrDefault(upper, upper);
        if (Values.isIsoCountry(iso) || USER_ASSIGNED_COUNTRIES.contains(iso)) {
            return iso;
        }
        problem(column, raw(column), "is not a country code (expected ISO 3166-1 alpha-2 or CORDIS's EL, UK, XK)");
        return null;
    }

    /** {@code "lat,lon"} (or {@code "lat;lon"} with decimal commas) in decimal degrees. */
    GeoLocation location(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        String[] parts = v.contains(";") ? v.split(";") : v.split(",");
        if (parts.length == 2) {
            Double lat = decimal(parts[0]);
            Double lon = decimal(parts[1]);
            if (lat != null && lon != null) {
                if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                    return new GeoLocation(lat, lon);
                }
                problem(column, raw(column), "is out of range (latitude -90 to 90, longitude -180 to 180)");
                return null;
            }
        }
        problem(column, raw(column), "is not a location (expected \"latitude,longitude\")");
        return null;
    }
}
