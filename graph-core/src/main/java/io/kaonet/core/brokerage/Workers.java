package io.kaonet.core.brokerage;

import io.kaonet.core.analysis.Execution;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one task per worker on its own thread and waits for all of them. Worker {@code w} of
 * {@code t} is given the index {@code w}; tasks split their work statically (item {@code i} goes to
 * worker {@code i % t}) so that, for a given worker count, every sum is formed in the same order
 * and results repeat bit for bit.
 */
final class Workers {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private Workers() {
    }

    /**
     * Calls {@code task.accept(w)} for {@code w = 0..count-1}, in the calling thread when
     * {@code count == 1}.
     *
     * @throws CancellationException if the calling thread is interrupted while waiting (the workers
     *     are interrupted too and stop at their next item)
     */
    static void run(int count, String name, IntConsumer task) {
        // Future.get() only notices an interrupt while it waits: tasks that finish before the caller
        // waits would hide one, so an interrupted caller is refused before any work starts.
        checkInterrupted(name);
        if (count == 1) {
            task.accept(0);
            return;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "kaonet-" + name + "-" + pool + "-" + threadNumber.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(count);
            for (int w = 0; w < count; w++) {
                int worker = w;
                futures.add(executor.submit(() -> task.accept(worker)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(name + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(name + " failed", cause);
        } finally {
            executor.shutdownNow();
        }
    }

    /** How many items a worker handles between two polls of the termination flag. */
    static final int POLL_EVERY = 64;

    /**
     * Reports the steps of worker {@code w} of {@code t} over {@code n} items that polling every
     * {@link #POLL_EVERY} items ({@code execution.step(POLL_EVERY)} at items 64, 128, …) has not
     * reported yet.
     */
    static void reportRest(Execution execution, int n, int w, int t) {
        int items = w < n ? (n - w + t - 1) / t : 0;
        if (items > 0) {
            execution.progress().advance(items - (long) POLL_EVERY * ((items - 1) / POLL_EVERY));
        }
    }

    /** Throws if the current thread has been interrupted; workers call it between items. */
    static void checkInterrupted(String name) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(name + " was interrupted");
        }
    }
}
