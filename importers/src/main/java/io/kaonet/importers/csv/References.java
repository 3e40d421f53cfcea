package io.kaonet.importers.csv;

import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ids defined by one import and the references to them: a reference is resolved at once against
 * the ids defined so far, and the rest are checked against the database at the end, with one
 * {@link KnownIds} call per kind of record.
 */
final class References {

    private record Use(String id, String file, long line, String field, String value) {
    }

    private final Map<KnownIds.Kind, Set<String>> defined = new EnumMap<>(KnownIds.Kind.class);
    private final Map<KnownIds.Kind, List<Use>> pending = new EnumMap<>(KnownIds.Kind.class);
    private final Set<KnownIds.Kind> unreliable = EnumSet.noneOf(KnownIds.Kind.class);

    References() {
        for (KnownIds.Kind kind : KnownIds.Kind.values()) {
            defined.put(kind, new HashSet<>());
            pending.put(kind, new ArrayList<>());
        }
    }

    void define(KnownIds.Kind kind, String id) {
        defined.get(kind).add(id);
    }

    /**
     * Marks a kind whose file could not be read as a whole: references to it are not reported,
     * since they would only repeat that file's problem once per row.
     */
    void unreliable(KnownIds.Kind kind) {
        unreliable.add(kind);
    }

    void use(KnownIds.Kind kind, String id, String file, long line, String field, String value) {
        if (!defined.get(kind).contains(id)) {
            pending.get(kind).add(new Use(id, file, line, field, value));
        }
    }

    /** Asks the database about every unresolved id and reports those it does not know. */
    void resolve(KnownIds known, Problems problems) {
        for (KnownIds.Kind kind : KnownIds.Kind.values()) {
            List<Use> uses = pending.get(kind);
            if (uses.isEmpty() || unreliable.contains(kind) || problems.full()) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            uses.forEach(u -> ids.add(u.id()));
            Set<String> existing = Objects.requireNonNull(known.existing(kind, List.copyOf(ids)),
                    "KnownIds.existing must not return null");
            for (Use u : uses) {
                if (!existing.contains(u.id())) {
                    problems.add(u.file(), u.line(), u.field(), u.value(), "is not a known " + noun(kind));
                }
            }
        }
    }

    private static String noun(KnownIds.Kind kind) {
        return switch (kind) {
            case ACTOR -> "actor";
            case CLUSTER -> "cluster";
            case ACTIVITY -> "activity";
        };
    }
}
