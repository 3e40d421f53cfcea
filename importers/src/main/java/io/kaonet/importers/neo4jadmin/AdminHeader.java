package io.kaonet.importers.neo4jadmin;

import io.kaonet.importers.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a neo4j-admin import CSV file: each column's property name, its role
 * ({@code :ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID}, {@code :TYPE}, {@code :IGNORE}
 * or a property) and its type ({@code int}, {@code long}, {@code float}, {@code double},
 * {@code boolean}, {@code date}, {@code string}…, arrays with {@code []}).
 */
final class AdminHeader {

    enum Role { ID, LABEL, START_ID, END_ID, TYPE, IGNORE, PROPERTY }

    record Column(String name, Role role, String type, boolean array) {
    }

    static final Set<String> TYPES = Set.of("int", "long", "short", "byte", "float", "double", "boolean", "char",
            "string", "date", "localdatetime", "datetime", "localtime", "time", "duration", "point");
    private static final Pattern SPEC = Pattern.compile("([^:]*)(?::([A-Za-z_]+)(?:\\(([^)]*)\\))?(\\[\\])?)?");

    final List<Column> columns;

    private AdminHeader(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Parses the header; problems name the column. Null when the header is unusable. */
    static AdminHeader parse(String file, long line, List<String> names, Problems problems) {
        List<Column> columns = new ArrayList<>();
        boolean ok = true;
        for (String raw : names) {
            Matcher m = SPEC.matcher(raw.strip());
            if (!m.matches()) {
                problems.add(file, line, raw, null, "is not a neo4j-admin column (name:type)");
                ok = false;
                continue;
            }
            String name = m.group(1).strip();
            String spec = m.group(2);
            boolean array = m.group(4) != null;
            Role role = Role.PROPERTY;
            String type = "string";
            if (spec != null) {
                switch (spec.toUpperCase(Locale.ROOT)) {
                    case "ID" -> role = Role.ID;
                    case "LABEL" -> role = Role.LABEL;
                    case "START_ID" -> role = Role.START_ID;
                    case "END_ID" -> role = Role.END_ID;
                    case "TYPE" -> role = Role.TYPE;
                    case "IGNORE" -> role = Role.IGNORE;
                    default -> {
                        type = spec.toLowerCase(Locale.ROOT);
                        if (!TYPES.contains(type)) {
                            problems.add(file, line, raw, null, "has an unknown type '" + spec
                                    + "' (expected int, long, float, double, boolean, date, string…)");
                            ok = false;
                        }
                    }
                }
            }
            if (role == Role.PROPERTY && name.isEmpty()) {
                problems.add(file, line, raw, null, "has no property name");
                ok = false;
            }
            columns.add(new Column(name, role, type, array));
        }
        AdminHeader header = new AdminHeader(columns);
        boolean nodes = header.has(Role.ID);
        boolean relationships = header.has(Role.START_ID) || header.has(Role.END_ID);
        if (nodes == relationships) {
            problems.add(file, line, null, null, nodes
                    ? "has both :ID and :START_ID/:END_ID columns"
                    : "is neither a node file (an :ID column) nor a relationship file (:START_ID, :END_ID, :TYPE)");
            return null;
        }
        if (relationships) {
            for (Role r : List.of(Role.START_ID, Role.END_ID, Role.TYPE)) {
                if (!header.has(r)) {
                    problems.add(file, line, ":" + r.name(), null, "required column is missing");
                    ok = false;
                }
            }
        }
        for (Role r : Role.values()) {
            if (r != Role.PROPERTY && r != Role.IGNORE && header.count(r) > 1) {
                problems.add(file, line, ":" + r.name(), null, "column appears more than once");
                ok = false;
            }
        }
        return ok ? header : null;
    }

    boolean nodes() {
        return has(Role.ID);
    }

    int index(Role role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private boolean has(Role role) {
        return index(role) >= 0;
    }

    private long count(Role role) {
        return columns.stream().filter(c -> c.role() == role).count();
    }
}
