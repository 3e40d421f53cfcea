package io.kaonet.importers.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file's header: its column names in file order, and where each one is.
 *
 * <p>Names are trimmed of surrounding white space. When a name occurs twice (which
 * {@link CsvReader#header(CsvColumns)} reports), {@link #index(String)} gives the first.
 */
public final class CsvHeader {

    private final long line;
    private final List<String> names;
    private final Map<String, Integer> indexes;

    CsvHeader(long line, List<String> names) {
        this.line = line;
        this.names = List.copyOf(names);
        this.indexes = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            indexes.putIfAbsent(this.names.get(i), i);
        }
    }

    /** The line the header is on (1 unless blank lines come first). */
    public long line() {
        return line;
    }

    /** The column names in file order. */
    public List<String> names() {
        return names;
    }

    /** The number of columns. */
    public int size() {
        return names.size();
    }

    /** The 0-based position of a column, or -1 when the header has no such column. */
    public int index(String name) {
        Integer i = indexes.get(name);
        return i == null ? -1 : i;
    }

    /** Whether the header has a column of this name. */
    public boolean has(String name) {
        return indexes.containsKey(name);
    }

    /** The name of the column at a 0-based position, for problem reports: {@code "column 7"} past the end. */
    public String name(int index) {
        return index >= 0 && index < names.size() ? names.get(index) : "column " + (index + 1);
    }

    @Override
    public String toString() {
        return "CsvHeader" + names;
    }
}
