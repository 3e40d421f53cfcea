package io.kaonet.queries.projection;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.reads.StoreQueries;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.ObjLongConsumer;

/**
 * Scope projections, cached by (scope, data version) in a Caffeine cache weighed by the bytes each
 * graph holds ({@link CollaborationGraph#estimatedBytes()}).
 *
 * <p>Every write that changes data moves the data version on, so a cached graph is never served
 * after a write: the next request reads the version (one small query) and brings the scope's
 * projection up to date — from its projection at the older version, re-reading only the actors the
 * writes touched when the change log tells which ({@link ProjectionReader#update}), else by a full
 * read. A projection of an older version is never served: it stays only as the base of its scope's
 * next update and leaves the cache when that update starts. A projection is read once however many threads ask for
 * it at the same time: the first reads it in its own thread, the others wait for that read (and see
 * its error, if it fails; a failed read is not kept).
 */
public final class Projections {

    /** The default budget: a quarter of the largest heap the JVM may use. */
    public static final long DEFAULT_MAX_BYTES = Runtime.getRuntime().maxMemory() / 4;

    private final ProjectionReader reader;
    private final StoreQueries store;
    private final AsyncCache<Key, ProjectionReader.Snapshot> cache;
    private final ObjLongConsumer<Scope> readTimes;

    /**
     * @param reader    reads a scope from the database
     * @param store     gives the data version
     * @param maxBytes  the most bytes of graphs kept (least recently used dropped first)
     * @param readTimes told each read from the database and the nanoseconds it took
     * @throws IllegalArgumentException if maxBytes is not positive
     */
    public Projections(ProjectionReader reader, StoreQueries store, long maxBytes, ObjLongConsumer<Scope> readTimes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
        this.reader = Objects.requireNonNull(reader, "reader must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.readTimes = Objects.requireNonNull(readTimes, "readTimes must not be null");
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, ProjectionReader.Snapshot s) -> (int) Math.min(Integer.MAX_VALUE, s.graph().estimatedBytes()))
                .recordStats()
                .buildAsync();
    }

    /**
     * @param reader reads a scope from the database
     * @param store  gives the data version
     */
    public Projections(ProjectionReader reader, StoreQueries store) {
        this(reader, store, DEFAULT_MAX_BYTES, (scope, nanos) -> { });
    }

    /** The scope's graph at the current data version. */
    public CollaborationGraph graph(Scope scope) {
        return projection(scope).graph();
    }

    /** The scope's projection at the current data version (read from the store now). */
    public Projection projection(Scope scope) {
        return projection(scope, store.dataVersion());
    }

    /**
     * The scope's projection at {@code version}, a data version the caller read from the store
     * ({@link StoreQueries#dataVersion()}) and may use for several projections, e.g. all those of one
     * request. A write after that read is seen by the caller's next read of the version, not by this
     * call: the projection is read (or updated) at the store's version of the moment and cached under
     * {@code version}, so its {@link Projection#version()} is {@code version} and its graph is at least
     * as new.
     */
    public Projection projection(Scope scope, long version) {
        Key key = new Key(scope, version);
        CompletableFuture<ProjectionReader.Snapshot> mine = new CompletableFuture<>();
        CompletableFuture<ProjectionReader.Snapshot> theirs = cache.asMap().putIfAbsent(key, mine);
        if (theirs == null) {
            try {
                long start = System.nanoTime();
                ProjectionReader.Snapshot snapshot = reader.update(scope, takeOlder(scope, version));
                readTimes.accept(scope, System.nanoTime() - start);
                mine.complete(snapshot);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                cache.asMap().remove(key, mine);
                throw e;
            }
            return new Projection(scope, version, mine.join().graph());
        }
        try {
            return new Projection(scope, version, theirs.join().graph());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * Removes this scope's projections of older data versions from the cache (they can never be
     * served again) and returns the newest of them that was read completely, as the base of its
     * update; null when there is none. Other scopes' older projections stay as the bases of their
     * own next updates, weighed like any other entry.
     */
    private ProjectionReader.Snapshot takeOlder(Scope scope, long version) {
        ProjectionReader.Snapshot base = null;
        var it = cache.asMap().entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().version() >= version || !e.getKey().scope().equals(scope)) {
                continue;
            }
            CompletableFuture<ProjectionReader.Snapshot> f = e.getValue();
            if (f.isDone() && !f.isCompletedExceptionally()) {
                ProjectionReader.Snapshot s = f.join();
                if (base == null || s.version() > base.version()) {
                    base = s;
                }
            }
            it.remove();
        }
        return base;
    }

    /**
     * The scope's graph at the current data version if it is cached (and read), without reading it
     * otherwise (the query-cost limit sizes a scope with it before anything runs).
     */
    public Optional<CollaborationGraph> cached(Scope scope) {
        return cached(scope, store.dataVersion());
    }

    /** As {@link #cached(Scope)}, at a data version the caller read ({@link #projection(Scope, long)}). */
    public Optional<CollaborationGraph> cached(Scope scope, long version) {
        CompletableFuture<ProjectionReader.Snapshot> f = cache.getIfPresent(new Key(scope, version));
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? Optional.of(f.join().graph()) : Optional.empty();
    }

    /** How many projections are cached now. */
    public int cachedProjections() {
        cache.synchronous().cleanUp();
        return (int) cache.synchronous().estimatedSize();
    }

    /** Forgets every cached projection. */
    public void clear() {
        cache.synchronous().invalidateAll();
    }

    /** The cache itself, read-only by contract: for binding its statistics to a metrics registry. */
    public Cache<?, ?> statistics() {
        return cache.synchronous();
    }

    /**
     * One scope's graph at one data version.
     *
     * @param scope   the scope projected
     * @param version the data version it was read at
     * @param graph   the graph
     */
    public record Projection(Scope scope, long version, CollaborationGraph graph) {
    }

    private record Key(Scope scope, long version) {
    }
}
