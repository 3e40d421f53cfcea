package io.kaonet.importers.csv;

import io.kaonet.importers.KnownIds;
import io.kaonet.importers.text.FirstLines;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What one import remembers of the ids it defined and the keys of the current file, to find
 * duplicates (with the line of the earlier one) and to tell defined ids from references to
 * stored records. Three kinds:
 *
 * <ul>
 * <li>{@link #exact()} keeps every id and key, for imports read whole into memory;</li>
 * <li>{@link #hashed(ToLongFunction)} keeps a 64-bit hash and a line per id or key (about 16
 *     bytes, plus the table's free slots), for the validation pass of a large import. Equal keys
 *     have equal hashes, so no duplicate is missed; a hash met twice is only a suspect, and
 *     {@link #unconfirmed()} then asks for the file to be read again with the exact keys kept for
 *     the suspected hashes alone (see {@link FirstLines}), so that a collision never reports a
 *     false duplicate. References are resolved by hash: an id that is defined nowhere but whose
 *     hash equals a defined one's (probability about {@code defined / 2⁶⁴} per such reference)
 *     passes validation, and the writer refuses the chunk that holds it (a dangling reference), so it never passes silently;</li>
 * <li>{@link #none()} checks nothing, for the emitting pass over input already validated.</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
interface Ledger {

    /**
     * Starts a pass over a file, or repeats the pass just ended over the same file: forgets the
     * keys of the file and, for a file that defines ids, the ids it defined.
     */
    void beginFile(KaonetFile file);

    /** Defines an id; returns the line of the current file that defined it before, or -1. */
    long define(KnownIds.Kind kind, String id, long line);

    /** Whether the id is defined by the import (as far as this ledger can tell). */
    boolean defined(KnownIds.Kind kind, String id);

    /** Notes a key of a record of the current file; returns the line that had it before, or -1. */
    long seen(String key, long line);

    /**
     * Whether the pass just ended reported a duplicate this ledger could not confirm, so that its
     * problems must be discarded and the file read again (after {@link #beginFile}, which then
     * keeps the suspected keys exactly).
     */
    boolean unconfirmed();

    static Ledger exact() {
        return new Tables(FirstLines::exact);
    }

    static Ledger hashed(ToLongFunction<String> hash) {
        return new Tables(() -> FirstLines.hashed(hash));
    }

    static Ledger none() {
        return None.INSTANCE;
    }

    /** The kind of id a file defines, or null for a file of references. */
    static KnownIds.Kind defines(KaonetFile file) {
        return switch (file) {
            case CLUSTERS -> KnownIds.Kind.CLUSTER;
            case ACTORS -> KnownIds.Kind.ACTOR;
            case ACTIVITIES -> KnownIds.Kind.ACTIVITY;
            case TIES, MEMBERSHIPS, PARTICIPATIONS -> null;
        };
    }

    /**
     * A {@link FirstLines} table per kind of id and one for the keys of the current file: exact
     * ones keep everything, hashed ones confirm their suspects when the file is read again.
     */
    final class Tables implements Ledger {
        private final Map<KnownIds.Kind, FirstLines> ids = new EnumMap<>(KnownIds.Kind.class);
        private final FirstLines keys;
        private KaonetFile file;

        Tables(Supplier<FirstLines> table) {
            for (KnownIds.Kind kind : KnownIds.Kind.values()) {
                ids.put(kind, table.get());
            }
            keys = table.get();
        }

        @Override
        public void beginFile(KaonetFile next) {
            boolean again = next == file;
            file = next;
            begin(keys, again);
            KnownIds.Kind kind = defines(next);
            if (kind != null) {
                begin(ids.get(kind), again);
            }
        }

        @Override
        public long define(KnownIds.Kind kind, String id, long line) {
            return ids.get(kind).meet(id, line);
        }

        @Override
        public boolean defined(KnownIds.Kind kind, String id) {
            return ids.get(kind).met(id);
        }

        @Override
        public long seen(String key, long line) {
            return keys.meet(key, line);
        }

        @Override
        public boolean unconfirmed() {
            KnownIds.Kind kind = file == null ? null : defines(file);
            return keys.unconfirmed() || kind != null && ids.get(kind).unconfirmed();
        }

        private static void begin(FirstLines table, boolean again) {
            if (again) {
                table.restart();
            } else {
                table.reset();
            }
        }
    }

    /** Checks nothing: every id counts as defined and every key as new. */
    final class None implements Ledger {
        static final None INSTANCE = new None();

        @Override
        public void beginFile(KaonetFile file) {
        }

        @Override
        public long define(KnownIds.Kind kind, String id, long line) {
            return -1;
        }

        @Override
        public boolean defined(KnownIds.Kind kind, String id) {
            return true;
        }

        @Override
        public long seen(String key, long line) {
            return -1;
        }

        @Override
        public boolean unconfirmed() {
            return false;
        }
    }
}
