package io.kaonet.importers.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a CSV file's header must and may have, checked by {@link CsvReader#header(CsvColumns)}.
 *
 * @param required       columns that must be present
 * @param optional       columns that may be present
 * @param unknownAllowed whether other columns are accepted (and ignored) rather than reported;
 *                       false for formats a person types, where an unknown column is usually a typo
 */
public record CsvColumns(List<String> required, List<String> optional, boolean unknownAllowed) {

    /** Any header at all: no required column, every column accepted. */
    public static final CsvColumns ANY = new CsvColumns(List.of(), List.of(), true);

    /** @throws IllegalArgumentException if a column name is blank or listed twice */
    public CsvColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        Set<String> seen = new HashSet<>();
        for (String name : concat(required, optional)) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("column names must not be blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("column '" + name + "' is listed twice");
            }
        }
    }

    /** Strict columns: the given required and optional ones, nothing else. */
    public static CsvColumns of(List<String> required, List<String> optional) {
        return new CsvColumns(required, optional, false);
    }

    /** These columns, accepting unknown ones. */
    public CsvColumns withUnknownAllowed() {
        return new CsvColumns(required, optional, true);
    }

    /** Every expected column, required first. */
    public List<String> all() {
        return concat(required, optional);
    }

    /** Whether the name is a required or optional column. */
    public boolean expects(String name) {
        return required.contains(name) || optional.contains(name);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
