package io.kaonet.importers.csv;

import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectArrayList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The references of one import: a reference to an id the import defines (per its {@link Ledger})
 * is resolved at once; the others are kept, compactly, and checked against the database at the
 * end with one {@link KnownIds} call per kind of record, asking for each distinct id once.
 *
 * <p>Memory: each distinct unresolved id once, and 16 bytes per reference to one of them (its
 * id's number, its place and line), plus the value as written where it differs from the id
 * (surrounding spaces). References to ids the import defines cost nothing.
 */
final class References {

    /** Where references come from: a file and a column. */
    private record Site(String file, String field) {
    }

    /** How far the references went, to return there when a file is read again. */
    record Mark(int[] ids, int[] uses, int[] values, Set<KnownIds.Kind> unreliable) {
    }

    private static final KnownIds.Kind[] KINDS = KnownIds.Kind.values();

    private final Ledger ledger;
    private final List<Site> sites = new ArrayList<>();
    private final Map<KnownIds.Kind, ObjectArrayList<String>> ids = new EnumMap<>(KnownIds.Kind.class);
    private final Map<KnownIds.Kind, Object2IntOpenHashMap<String>> numbers = new EnumMap<>(KnownIds.Kind.class);
    /** Two longs per use: (id number &lt;&lt; 32 | value number + 1), (line &lt;&lt; 16 | site). */
    private final Map<KnownIds.Kind, LongArrayList> uses = new EnumMap<>(KnownIds.Kind.class);
    /** Values as written, for the uses whose value differs from the id. */
    private final Map<KnownIds.Kind, ObjectArrayList<String>> values = new EnumMap<>(KnownIds.Kind.class);
    private final Set<KnownIds.Kind> unreliable = EnumSet.noneOf(KnownIds.Kind.class);

    References(Ledger ledger) {
        this.ledger = ledger;
        for (KnownIds.Kind kind : KINDS) {
            ids.put(kind, new ObjectArrayList<>());
            Object2IntOpenHashMap<String> n = new Object2IntOpenHashMap<>();
            n.defaultReturnValue(-1);
            numbers.put(kind, n);
            uses.put(kind, new LongArrayList());
            values.put(kind, new ObjectArrayList<>());
        }
    }

    /**
     * Marks a kind whose file could not be read as a whole: references to it are not reported,
     * since they would only repeat that file's problem once per row.
     */
    void unreliable(KnownIds.Kind kind) {
        unreliable.add(kind);
    }

    /** A reference to an id, written as {@code value}, at a file, line and column. */
    void use(KnownIds.Kind kind, String id, String file, long line, String field, String value) {
        if (ledger.defined(kind, id)) {
            return;
        }
        int number = numbers.get(kind).getInt(id);
        if (number < 0) {
            number = ids.get(kind).size();
            ids.get(kind).add(id);
            numbers.get(kind).put(id, number);
        }
        int valueNumber = -1;
        if (!id.equals(value)) {
            valueNumber = values.get(kind).size();
            values.get(kind).add(value);
        }
        LongArrayList u = uses.get(kind);
        u.add(((long) number << 32) | (valueNumber + 1L));
        u.add((line << 16) | site(file, field));
    }

    Mark mark() {
        int[] i = new int[KINDS.length];
        int[] u = new int[KINDS.length];
        int[] v = new int[KINDS.length];
        for (KnownIds.Kind kind : KINDS) {
            i[kind.ordinal()] = ids.get(kind).size();
            u[kind.ordinal()] = uses.get(kind).size();
            v[kind.ordinal()] = values.get(kind).size();
        }
        return new Mark(i, u, v, unreliable.isEmpty() ? EnumSet.noneOf(KnownIds.Kind.class) : EnumSet.copyOf(unreliable));
    }

    /** Forgets every reference made after the mark. */
    void rollBackTo(Mark mark) {
        for (KnownIds.Kind kind : KINDS) {
            ObjectArrayList<String> kindIds = ids.get(kind);
            for (int n = kindIds.size() - 1; n >= mark.ids()[kind.ordinal()]; n--) {
                numbers.get(kind).removeInt(kindIds.get(n));
            }
            kindIds.size(mark.ids()[kind.ordinal()]);
            uses.get(kind).size(mark.uses()[kind.ordinal()]);
            values.get(kind).size(mark.values()[kind.ordinal()]);
        }
        unreliable.clear();
        unreliable.addAll(mark.unreliable());
    }

    /** Asks the database about every unresolved id and reports each use of those it does not know. */
    void resolve(KnownIds known, Problems problems) {
        for (KnownIds.Kind kind : KINDS) {
            LongArrayList u = uses.get(kind);
            if (u.isEmpty() || unreliable.contains(kind) || problems.full()) {
                continue;
            }
            ObjectArrayList<String> kindIds = ids.get(kind);
            Set<String> existing = Objects.requireNonNull(known.existing(kind, List.copyOf(kindIds)),
                    "KnownIds.existing must not return null");
            for (int i = 0; i < u.size(); i += 2) {
                long first = u.getLong(i);
                long second = u.getLong(i + 1);
                String id = kindIds.get((int) (first >>> 32));
                if (!existing.contains(id)) {
                    int valueNumber = (int) (first & 0xffffffffL) - 1;
                    Site site = sites.get((int) (second & 0xffff));
                    problems.add(site.file(), second >>> 16, site.field(),
                            valueNumber < 0 ? id : values.get(kind).get(valueNumber), "is not a known " + noun(kind));
                }
            }
        }
    }

    private int site(String file, String field) {
        Site s = new Site(file, field);
        int i = sites.indexOf(s);
        if (i < 0) {
            i = sites.size();
            sites.add(s);
        }
        return i;
    }

    private static String noun(KnownIds.Kind kind) {
        return switch (kind) {
            case ACTOR -> "actor";
            case CLUSTER -> "cluster";
            case ACTIVITY -> "activity";
        };
    }
}
