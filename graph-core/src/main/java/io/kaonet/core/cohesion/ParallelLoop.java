package io.kaonet.core.cohesion;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs {@code body(workspace, i)} for {@code i = 0..count-1} on up to {@code concurrency} workers
 * of the common fork-join pool, each with its own workspace, handing out indexes in small chunks.
 * Bodies must write only to slots owned by their index, so results do not depend on scheduling.
 */
final class ParallelLoop {

    private static final int CHUNK = 16;

    private ParallelLoop() {
    }

    static <W> void run(int count, int concurrency, Supplier<W> workspace, ObjIntConsumer<W> body) {
        int workers = Math.min(concurrency, (count + CHUNK - 1) / CHUNK);
        if (workers <= 1) {
            W w = workspace.get();
            for (int i = 0; i < count; i++) {
                body.accept(w, i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(k -> {
            W w = workspace.get();
            for (int start = next.getAndAdd(CHUNK); start < count; start = next.getAndAdd(CHUNK)) {
                int end = Math.min(count, start + CHUNK);
                for (int i = start; i < end; i++) {
                    body.accept(w, i);
                }
            }
        });
    }

    /** The default number of workers: the available processors. */
    static int defaultConcurrency() {
        return Runtime.getRuntime().availableProcessors();
    }
}
