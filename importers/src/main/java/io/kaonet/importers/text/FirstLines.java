package io.kaonet.importers.text;

import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The line on which each key (an id, or a record's identifying key) was first met in a pass over
 * an input, so that an importer reports a duplicate with the line of the earlier one. Two kinds:
 *
 * <ul>
 * <li>{@link #exact()} keeps every key, for imports read whole into memory;</li>
 * <li>{@link #hashed(ToLongFunction)} keeps a 64-bit hash (normally {@link KeyHash}) and a line per
 *     key, for the validation pass of an input larger than memory. Equal keys have equal hashes,
 *     so no duplicate is missed; but a hash met twice is only a suspect, and the pass that met it
 *     is {@link #unconfirmed()}. The importer then discards what that pass reported, calls
 *     {@link #restart()} and reads the same input again: the new pass keeps, besides the hashes,
 *     the exact keys of the suspected hashes (of every earlier pass over the input), and reports
 *     a duplicate only between equal keys, with the line of the equal one. Each repetition keeps
 *     more hashes exactly, so repeating until a pass is confirmed ends; with a good hash it takes
 *     one repetition, and only for input that has a duplicate (or a pass cut short, which may
 *     suspect more hashes when repeated).</li>
 * </ul>
 *
 * <p>{@link #met(String)} answers by hash in a hashed table: an importer resolving references with
 * it accepts a key never met whose hash equals a met key's (probability about
 * {@code met keys / 2⁶⁴} per such key with {@link KeyHash}).
 *
 * <p>Complexity: O(1) expected per key besides hashing it. Memory per distinct key met: exact, the
 * key and its line in a {@link HashMap}; hashed, 16 bytes in an open hash table (21–43 bytes with
 * its free slots), plus the exact keys of the suspected hashes only. Not thread-safe.
 */
public abstract sealed class FirstLines {

    private FirstLines() {
    }

    /** A table that keeps every key. */
    public static FirstLines exact() {
        return new Exact();
    }

    /**
     * A table that keeps the keys' hashes, and the exact keys of suspected hashes only.
     *
     * @param hash the keys' hash; equal keys must have equal hashes
     * @throws NullPointerException if {@code hash} is null
     */
    public static FirstLines hashed(ToLongFunction<String> hash) {
        return new Hashed(Objects.requireNonNull(hash, "hash"));
    }

    /**
     * Notes that the key is met on the line.
     *
     * @return the line of this pass that met the key before (in a hashed table, possibly a different
     *         key with the same hash, which makes the pass {@link #unconfirmed()}), or -1 when none did
     */
    public abstract long meet(String key, long line);

    /** Whether this pass met the key (in a hashed table: a key with its hash). */
    public abstract boolean met(String key);

    /**
     * Whether this pass returned from {@link #meet} a line it could not confirm (a hash met twice,
     * whose keys were not kept): what it reported must be discarded and the input read again
     * after {@link #restart()}. Always false for an exact table.
     */
    public abstract boolean unconfirmed();

    /**
     * Starts another pass over the same input: forgets the keys met, and keeps the exact keys of
     * the hashes suspected so far.
     */
    public abstract void restart();

    /** Starts a pass over a new input: forgets everything. */
    public abstract void reset();

    private static final class Exact extends FirstLines {
        private final Map<String, Long> lines = new HashMap<>();

        @Override
        public long meet(String key, long line) {
            Long first = lines.putIfAbsent(key, line);
            return first == null ? -1 : first;
        }

        @Override
        public boolean met(String key) {
            return lines.containsKey(key);
        }

        @Override
        public boolean unconfirmed() {
            return false;
        }

        @Override
        public void restart() {
            lines.clear();
        }

        @Override
        public void reset() {
            lines.clear();
        }
    }

    private static final class Hashed extends FirstLines {
        private final ToLongFunction<String> hash;
        private final Long2LongOpenHashMap lines = new Long2LongOpenHashMap();
        /** Hashes met twice in this pass that are not kept exactly. */
        private final LongOpenHashSet suspects = new LongOpenHashSet();
        /** Hashes whose keys this pass keeps exactly: the suspects of earlier passes over the input. */
        private final LongOpenHashSet exactHashes = new LongOpenHashSet();
        private final Map<String, Long> exactLines = new HashMap<>();

        Hashed(ToLongFunction<String> hash) {
            this.hash = hash;
            lines.defaultReturnValue(-1);
        }

        @Override
        public long meet(String key, long line) {
            long h = hash.applyAsLong(key);
            long first = lines.putIfAbsent(h, line);
            if (exactHashes.contains(h)) {
                Long exactFirst = exactLines.putIfAbsent(key, line);
                return exactFirst == null ? -1 : exactFirst;
            }
            if (first >= 0) {
                suspects.add(h);
            }
            return first;
        }

        @Override
        public boolean met(String key) {
            return lines.containsKey(hash.applyAsLong(key));
        }

        @Override
        public boolean unconfirmed() {
            return !suspects.isEmpty();
        }

        @Override
        public void restart() {
            exactHashes.addAll(suspects);
            suspects.clear();
            exactLines.clear();
            lines.clear();
        }

        @Override
        public void reset() {
            exactHashes.clear();
            suspects.clear();
            exactLines.clear();
            lines.clear();
            lines.trim();
        }
    }
}
