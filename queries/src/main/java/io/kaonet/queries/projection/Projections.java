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
 * after a write: the next request reads the version (one small query) and projects anew. Analyses
 * can hang their own results on a projection through {@link #analysis}, which shares the same
 * invalidation. The cache keeps the most recently used {@link #CAPACITY} projections of the current
 * data version; projections of older versions are dropped as soon as a newer version is seen.
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
        return entry(scope).graph;
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
            Object computed = compute.apply(entry.graph);
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
        synchronized (cache) {
            // Projections of older versions can never be served again: drop them at once rather
            // than keep up to CAPACITY stale graphs (hundreds of MB each at national scale).
            cache.keySet().removeIf(k -> k.version() < version);
            entry = cache.get(key);
        }
        if (entry != null) {
            return entry;
        }
        Entry fresh = new Entry(reader.read(scope));
        synchronized (cache) {
            Entry raced = cache.putIfAbsent(key, fresh);
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
            return entry == null ? Optional.empty() : Optional.of(entry.graph);
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
        final CollaborationGraph graph;
        final Map<String, Object> analyses = new ConcurrentHashMap<>();

        Entry(CollaborationGraph graph) {
            this.graph = graph;
        }
    }
}
