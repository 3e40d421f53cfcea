package io.kaonet.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns attribute values (industries, regions, countries, cluster ids) to dense codes while a graph is built. */
final class CodeDictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The code of {@code value}, given it if new; -1 for a null or blank value. */
    int code(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        return codes.computeIfAbsent(value, v -> {
            names.add(v);
            return names.size() - 1;
        });
    }

    /** The values, indexed by code. */
    String[] names() {
        return names.toArray(String[]::new);
    }
}
