package io.kaonet.api.jobs;

import io.kaonet.queries.reads.StoreQueries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The data version as one GraphQL query sees it: read from the store once, by the first thing of the
 * query that needs it (the cost model sizing a scope, or the first analysis looking for its cached
 * projection), and the same for every later field of that query. Without it a query read the
 * version once for the cost model and once more per analysis field, each a read transaction.
 *
 * <p>Why this stays correct whoever writes: nothing is kept between requests, so every request
 * reads the store again and sees every write committed before it began, by this process or by
 * another one writing to an external server. A query itself writes nothing, so within it one
 * version is the version of the moment of its first read, as if all its fields ran at that instant
 * (a projection read later is at least as new, see
 * {@link io.kaonet.queries.projection.Projections#projection(io.kaonet.core.model.Scope, long)}).
 * Mutations are not memoised: a mutation's later fields must see its own writes.
 *
 * <p>The memo is bound to the thread around the cost model and each data fetch by
 * {@link io.kaonet.api.limits.QueryLimits}, the way {@link Waiting} binds the time-out (a thread-local
 * for the same reason: Spring for GraphQL runs data fetchers on the request's thread); anything not
 * bound reads the store. Reads are counted as {@code kaonet.data.version.reads}.
 */
@Component
public class RequestDataVersion {

    private static final ThreadLocal<Memo> CURRENT = new ThreadLocal<>();

    private final StoreQueries store;
    private final Counter reads;

    public RequestDataVersion(StoreQueries store, MeterRegistry meters) {
        this.store = store;
        this.reads = Counter.builder("kaonet.data.version.reads")
                .description("Reads of the data version from the store (at most one per GraphQL query)")
                .register(meters);
    }

    /** The current request's data version (read at its first use), or the store's now when no request is bound. */
    public long current() {
        Memo memo = CURRENT.get();
        return memo == null ? read() : memo.get(this);
    }

    private long read() {
        reads.increment();
        return store.dataVersion();
    }

    /** Runs {@code work} with {@code memo} bound as the current request's (none when null), then restores the previous one. */
    public static <T, E extends Exception> T run(Memo memo, Work<T, E> work) throws E {
        return memo == null ? work.get() : Waiting.bound(CURRENT, memo, work);
    }

    /** Work that may throw what it declares, as a data fetcher does (the cost model throws nothing checked). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /** The value. */
        T get() throws E;
    }

    /** One request's data version, read on first use; safe for the fields of one request running in parallel. */
    public static final class Memo {
        private long version;
        private boolean read;

        synchronized long get(RequestDataVersion source) {
            if (!read) {
                version = source.read();
                read = true;
            }
            return version;
        }
    }
}
