package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.reads.StoreQueries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Scope projections, cached by (scope, data version).
 *
 * <p>Every write that changes data moves the data version on, so a cached graph is never served
 * after a write: the next request reads the version (one small query) and brings the scope's
 * projection up to date — from its projection at the older version, re-reading only the actors the
 * writes touched when the change log tells which ({@link ProjectionReader#update}), else by a full
 * read. Analyses can hang their own results on a projection through {@link #analysis}, which shares
 * the same invalidation (they are computed anew on the updated graph). The cache keeps the most
 * recently used {@link #CAPACITY} projections; a projection of an older version stays only as the
 * base of its scope's next update, and goes as soon as that update is made.
 */
public final class Projections {

    /** Projections kept at most. */
    public static final int CAPACITY = 32;

    private final ProjectionReader reader;
    private final StoreQueries store;
    private final Map<Key, Entry> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * @param reader reads a scope from the database
     * @param store  gives the data version
     */
    public Projections(ProjectionReader reader, StoreQueries store) {
        this.reader = reader;
        this.store = store;
    }

    /** The scope's graph at the current data version. */
    public CollaborationGraph graph(Scope scope) {
        return entry(scope).snapshot.graph();
    }

    /**
     * An analysis result computed once per projection: {@code compute} runs the first time a name is
     * asked for on the current projection of the scope, and its result is reused until the data changes.
     */
    @SuppressWarnings("unchecked")
    public <T> T analysis(Scope scope, String name, Function<CollaborationGraph, T> compute) {
        Entry entry = entry(scope);
        Object cached = entry.analyses.get(name);
        if (cached == null) {
            // Computed outside the map so that an analysis may itself ask for another one; two
            // racing threads may both compute, and the first result wins.
            Object computed = compute.apply(entry.snapshot.graph());
            cached = entry.analyses.putIfAbsent(name, computed);
            if (cached == null) {
                cached = computed;
            }
        }
        return (T) cached;
    }

    private Entry entry(Scope scope) {
        long version = store.dataVersion();
        Key key = new Key(scope, version);
        Entry entry;
        Entry base = null;
        synchronized (cache) {
            entry = cache.get(key);
            if (entry == null) {
                // The scope's projection of an older version is the base of the update and leaves
                // the cache now; a graph of an older version is never served.
                var it = cache.entrySet().iterator();
                while (it.hasNext()) {
                    var e = it.next();
                    if (e.getKey().scope().equals(scope) && e.getKey().version() < version) {
                        if (base == null || e.getValue().snapshot.version() > base.snapshot.version()) {
                            base = e.getValue();
                        }
                        it.remove();
                    }
                }
            }
        }
        if (entry != null) {
            return entry;
        }
        Entry fresh = new Entry(reader.update(scope, base == null ? null : base.snapshot));
        synchronized (cache) {
            Entry raced = cache.putIfAbsent(new Key(scope, fresh.snapshot.version()), fresh);
            return raced != null ? raced : fresh;
        }
    }

    /**
     * The scope's graph at the current data version if it is cached, without reading it otherwise
     * (the query-cost limit sizes a scope with it before anything runs).
     */
    public Optional<CollaborationGraph> cached(Scope scope) {
        long version = store.dataVersion();
        synchronized (cache) {
            Entry entry = cache.get(new Key(scope, version));
            return entry == null ? Optional.empty() : Optional.of(entry.snapshot.graph());
        }
    }

    /** How many projections are cached now. */
    public int cachedProjections() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /** Forgets every cached projection. */
    public void clear() {
        synchronized (cache) {
            cache.clear();
        }
    }

    private record Key(Scope scope, long version) {
    }

    private static final class Entry {
        final ProjectionReader.Snapshot snapshot;
        final Map<String, Object> analyses = new ConcurrentHashMap<>();

        Entry(ProjectionReader.Snapshot snapshot) {
            this.snapshot = snapshot;
        }
    }
}
