package io.kaonet.importers.csv;

import io.kaonet.importers.KnownIds;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
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
 *     the suspected hashes alone, so that a collision never reports a false duplicate. References
 *     are resolved by hash: an id that is defined nowhere but whose hash equals a defined one's
 *     (probability about {@code defined / 2⁶⁴} per such reference) passes validation, and the
 *     writer refuses the chunk that holds it (a dangling reference), so it never passes silently;</li>
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
        return new Exact();
    }

    static Ledger hashed(ToLongFunction<String> hash) {
        return new Hashed(hash);
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

    /** Every id and key kept as it is. */
    final class Exact implements Ledger {
        private final Map<KnownIds.Kind, Map<String, Long>> ids = new EnumMap<>(KnownIds.Kind.class);
        private final Map<String, Long> keys = new HashMap<>();

        Exact() {
            for (KnownIds.Kind kind : KnownIds.Kind.values()) {
                ids.put(kind, new HashMap<>());
            }
        }

        @Override
        public void beginFile(KaonetFile file) {
            keys.clear();
            KnownIds.Kind kind = defines(file);
            if (kind != null) {
                ids.get(kind).clear();
            }
        }

        @Override
        public long define(KnownIds.Kind kind, String id, long line) {
            return earlier(ids.get(kind), id, line);
        }

        @Override
        public boolean defined(KnownIds.Kind kind, String id) {
            return ids.get(kind).containsKey(id);
        }

        @Override
        public long seen(String key, long line) {
            return earlier(keys, key, line);
        }

        @Override
        public boolean unconfirmed() {
            return false;
        }

        private static long earlier(Map<String, Long> lines, String key, long line) {
            Long first = lines.putIfAbsent(key, line);
            return first == null ? -1 : first;
        }
    }

    /** Hashes and lines; the exact keys only for hashes that were met twice in an earlier pass over the file. */
    final class Hashed implements Ledger {
        private final ToLongFunction<String> hash;
        private final Map<KnownIds.Kind, Long2LongOpenHashMap> ids = new EnumMap<>(KnownIds.Kind.class);
        private final Long2LongOpenHashMap keys = table();
        /** Hashes met twice in the current pass, not yet confirmed. */
        private final LongOpenHashSet suspects = new LongOpenHashSet();
        /** Hashes whose keys this pass keeps exactly (suspects of earlier passes over the same file). */
        private final LongOpenHashSet exactHashes = new LongOpenHashSet();
        private final Map<String, Long> exactKeys = new HashMap<>();
        private KaonetFile file;

        Hashed(ToLongFunction<String> hash) {
            this.hash = hash;
            for (KnownIds.Kind kind : KnownIds.Kind.values()) {
                ids.put(kind, table());
            }
        }

        @Override
        public void beginFile(KaonetFile next) {
            if (next == file) {
                exactHashes.addAll(suspects);
            } else {
                exactHashes.clear();
                file = next;
            }
            suspects.clear();
            exactKeys.clear();
            keys.clear();
            keys.trim();
            KnownIds.Kind kind = defines(next);
            if (kind != null) {
                ids.get(kind).clear();
            }
        }

        @Override
        public long define(KnownIds.Kind kind, String id, long line) {
            return earlier(ids.get(kind), id, line);
        }

        @Override
        public boolean defined(KnownIds.Kind kind, String id) {
            return ids.get(kind).containsKey(hash.applyAsLong(id));
        }

        @Override
        public long seen(String key, long line) {
            return earlier(keys, key, line);
        }

        @Override
        public boolean unconfirmed() {
            return !suspects.isEmpty();
        }

        private long earlier(Long2LongOpenHashMap lines, String key, long line) {
            long h = hash.applyAsLong(key);
            long first = lines.putIfAbsent(h, line);
            if (exactHashes.contains(h)) {
                Long exactFirst = exactKeys.putIfAbsent(key, line);
                return exactFirst == null ? -1 : exactFirst;
            }
            if (first >= 0) {
                suspects.add(h);
            }
            return first;
        }

        private static Long2LongOpenHashMap table() {
            Long2LongOpenHashMap m = new Long2LongOpenHashMap();
            m.defaultReturnValue(-1);
            return m;
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
