package io.kaonet.api.jobs;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kaonet.core.analysis.AnalysisTerminatedException;
import io.kaonet.core.analysis.Execution;
import io.kaonet.core.analysis.TerminationFlag;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.projection.Projections.Projection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Every analysis result the API serves, computed once per (scope, data version, {@link AnalysisKey})
 * however many requests ask for it at the same time, and kept in a Caffeine cache weighed by bytes.
 *
 * <p>Each computation is a {@link Job} on a thread of its own: the requests that ask for it wait for
 * it, each as long as its own time-out allows ({@link Waiting}), and the job is cancelled as soon as
 * the last of them gives up, unless it was started as a job ({@link #start}); the analysis stops at
 * its next poll of the termination flag. A failed or cancelled computation is not kept. Results of
 * older data versions are dropped when a newer version is first seen. Cache statistics go to
 * Actuator as {@code cache.*} with {@code cache=kaonet.analyses} and {@code cache=kaonet.projections};
 * each computation is timed as {@code kaonet.analysis} (tags {@code analysis}, {@code outcome}).
 */
@Component
public class Analyses {

    /** How often a waiting request looks at its own time-out. */
    static final long POLL_MILLIS = 20;
    /**
     * The most work a page's analysis does inside its request; above it the page runs the analysis as
     * a job the user follows and can cancel (the map's exact betweenness, the dashboard's cohesion).
     * Work is counted as the analysis's searches × (actors + ties) for a breadth-first search per
     * source, or actors × ties for Brandes's betweenness, whose time is proportional to it: this much
     * takes about 0.6 s on two cores by the rate measured on 4,901 actors and 44,737 ties (a product
     * of 2.2·10^8 in 4.5 s on two loaded cores; docs/graphql/map.md).
     */
    public static final long IN_REQUEST_WORK = 30_000_000L;
    /** Finished jobs stay visible this long after they were last asked about. */
    static final Duration JOBS_KEPT = Duration.ofHours(1);
    private static final int RETRIES = 3;

    private final Projections projections;
    private final RequestDataVersion versions;
    private final MeterRegistry meters;
    private final AsyncCache<EntryKey, Object> results;
    private final Cache<String, Job> jobs = Caffeine.newBuilder().expireAfterAccess(JOBS_KEPT).maximumSize(10_000)
            .build();
    private final ExecutorService executor;
    /** The newest data version seen: results of older ones are dropped once, when a newer one first comes. */
    private final AtomicLong newestVersion = new AtomicLong(Long.MIN_VALUE);

    public Analyses(Projections projections, RequestDataVersion versions, CacheSettings settings, MeterRegistry meters) {
        this.projections = projections;
        this.versions = versions;
        this.meters = meters;
        this.results = Caffeine.newBuilder()
                .maximumWeight(settings.analysisBytes())
                .weigher((EntryKey k, Object v) -> (int) Math.min(Integer.MAX_VALUE, k.weigh(v)))
                .recordStats()
                .buildAsync();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kaonet-analysis-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CaffeineCacheMetrics.monitor(meters, results, "kaonet.analyses");
        CaffeineCacheMetrics.monitor(meters, projections.statistics(), "kaonet.projections");
    }

    /** The scope's graph at the current data version ({@link RequestDataVersion}: the request's). */
    public CollaborationGraph graph(Scope scope) {
        return projection(scope).graph();
    }

    /**
     * The result of {@code key} on the scope's current projection: cached, or being computed (then
     * this waits for it), or computed now by {@code task} on a job thread.
     *
     * @throws AnalysisTerminatedException if the current waiter's time-out passed, or the job was
     *     cancelled ({@link Job#cancel()}) before it finished
     */
    public <R> R get(Scope scope, AnalysisKey<R> key, AnalysisTask<R> task) {
        Waiting.current().assertRunning();
        return get(projection(scope), key, task);
    }

    /**
     * The scope's current projection, for asking several results of the same graph: at the
     * request's data version ({@link RequestDataVersion}), read from the store once per query.
     */
    public Projection projection(Scope scope) {
        return projections.projection(scope, versions.current());
    }

    /**
     * The result of {@code key} on that projection, as {@link #get(Scope, AnalysisKey, AnalysisTask)}
     * gives it: results asked of one projection all come from its graph, even if the data changed since.
     */
    public <R> R get(Projection projection, AnalysisKey<R> key, AnalysisTask<R> task) {
        TerminationFlag waiter = Waiting.current();
        waiter.assertRunning();
        for (int attempt = 1; ; attempt++) {
            JobFuture entry = entry(projection, key, task);
            try {
                return await(entry, waiter);
            } catch (AnalysisTerminatedException e) {
                // The job was stopped because its last waiter gave up just as this one came: start
                // it again while this waiter still has time.
                if (entry.job.cancelledByUser() || !waiter.running() || attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    /**
     * The result of {@code key} on that projection if it has already been computed (by a request or
     * a job), without computing it or waiting for a computation under way.
     */
    @SuppressWarnings("unchecked")
    public <R> Optional<R> computed(Projection projection, AnalysisKey<R> key) {
        CompletableFuture<Object> entry = results.getIfPresent(
                new EntryKey(projection.scope(), projection.version(), key, projection.graph().nodeCount()));
        return entry != null && entry.isDone() && !entry.isCompletedExceptionally()
                ? Optional.of((R) entry.join()) : Optional.empty();
    }

    /**
     * Starts computing {@code key} on the scope's current projection as a job that runs to its end
     * whether or not a request waits for it (until {@link Job#cancel()}), and returns at once. If the
     * result is cached or already being computed, the job that computed or computes it is returned.
     */
    public <R> Job start(Scope scope, AnalysisKey<R> key, AnalysisTask<R> task) {
        Projection projection = projection(scope);
        for (int attempt = 1; ; attempt++) {
            JobFuture entry = entry(projection, key, task);
            entry.job.keep();
            if (entry.job.running() || attempt == RETRIES) {
                return entry.job;
            }
            // Cancelled as its last waiter left: let it stop (at its next poll) and start anew.
            entry.handle((result, error) -> null).join();
        }
    }

    /** The job of that id, while it is kept. */
    public Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.getIfPresent(id));
    }

    /** How many results are cached now. */
    public long cachedResults() {
        results.synchronous().cleanUp();
        return results.synchronous().estimatedSize();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private <R> JobFuture entry(Projection projection, AnalysisKey<R> key, AnalysisTask<R> task) {
        long version = projection.version();
        if (newestVersion.getAndAccumulate(version, Math::max) < version) {
            results.asMap().keySet().removeIf(k -> k.version() < version);
        }
        EntryKey entryKey = new EntryKey(projection.scope(), version, key, projection.graph().nodeCount());
        // A cached result is the common case: found without making a job (a random id, a clock read, the key's text).
        CompletableFuture<Object> cached = results.asMap().get(entryKey);
        if (cached != null) {
            return (JobFuture) cached;
        }
        JobFuture mine = new JobFuture(new Job(key.toString(), projection.scope()));
        CompletableFuture<Object> theirs = results.asMap().putIfAbsent(entryKey, mine);
        if (theirs != null) {
            return (JobFuture) theirs;
        }
        jobs.put(mine.job.id(), mine.job);
        executor.execute(() -> run(mine, entryKey, projection.graph(), task));
        return mine;
    }

    private <R> void run(JobFuture future, EntryKey entryKey, CollaborationGraph graph, AnalysisTask<R> task) {
        Job job = future.job;
        Timer.Sample sample = Timer.start(meters);
        String outcome;
        try {
            R result = Waiting.run(job, () -> task.compute(graph, new Execution(job, job)));
            job.finish(JobState.SUCCEEDED, null);
            future.complete(result);
            outcome = "succeeded";
        } catch (CancellationException e) {
            job.finish(JobState.CANCELLED, job.cancelledByUser() ? "cancelled" : "no request waited for it any more");
            results.asMap().remove(entryKey, future);
            future.completeExceptionally(e);
            outcome = "cancelled";
        } catch (Exception | Error e) {
            job.finish(JobState.FAILED, e.getMessage());
            results.asMap().remove(entryKey, future);
            future.completeExceptionally(e);
            outcome = "failed";
        }
        sample.stop(Timer.builder("kaonet.analysis")
                .description("Computations of analyses (cache misses), by the key type that names them")
                .tag("analysis", entryKey.analysis().getClass().getSimpleName())
                .tag("outcome", outcome)
                .register(meters));
    }

    @SuppressWarnings("unchecked")
    private static <R> R await(JobFuture entry, TerminationFlag waiter) {
        if (entry.isDone() && !entry.isCompletedExceptionally()) {
            return (R) entry.join();
        }
        entry.job.attach();
        try {
            for (;;) {
                try {
                    return (R) entry.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (CancellationException e) {
                    // CompletableFuture.get throws a CancellationException it was completed with as is.
                    throw stopped(entry);
                } catch (TimeoutException e) {
                    if (!waiter.running()) {
                        throw new AnalysisTerminatedException("stopped waiting for " + entry.job.analysis());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisTerminatedException("interrupted while waiting for " + entry.job.analysis());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException) {
                throw stopped(entry);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            entry.job.detach();
        }
    }

    private static AnalysisTerminatedException stopped(JobFuture entry) {
        return new AnalysisTerminatedException(entry.job.analysis() + " was "
                + (entry.job.cancelledByUser() ? "cancelled" : "stopped: no request waited for it any more"));
    }

    /** The cache entry of one job: completed with its result. */
    private static final class JobFuture extends CompletableFuture<Object> {
        final Job job;

        JobFuture(Job job) {
            this.job = job;
        }
    }

    /** A result's place in the cache: its projection and its key; the node count only weighs it. */
    private record EntryKey(Scope scope, long version, AnalysisKey<?> analysis, int nodeCount) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        long weigh(Object result) {
            return ((AnalysisKey) analysis).estimatedBytes(result, nodeCount);
        }
    }
}
