package io.kaonet.core.cohesion;

import io.kaonet.core.analysis.Analysis;
import io.kaonet.core.analysis.Execution;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs {@code body(workspace, i)} for {@code i = 0..count-1} on up to {@code concurrency} workers
 * of the common fork-join pool, each with its own workspace, handing out indexes in small chunks.
 * Bodies must write only to slots owned by their index, so results do not depend on scheduling.
 * The execution's termination flag is polled before every chunk, and each index is one progress step.
 */
final class ParallelLoop {

    private static final int CHUNK = 16;

    private ParallelLoop() {
    }

    static <W> void run(int count, int concurrency, Execution execution, Supplier<W> workspace,
                        ObjIntConsumer<W> body) {
        execution.progress().expect(count);
        int workers = Math.min(concurrency, (count + CHUNK - 1) / CHUNK);
        if (workers <= 1) {
            W w = workspace.get();
            for (int i = 0; i < count; i++) {
                if (i % CHUNK == 0) {
                    execution.step(i == 0 ? 0 : CHUNK);
                }
                body.accept(w, i);
            }
            execution.progress().advance(count == 0 ? 0 : count - CHUNK * ((count - 1) / CHUNK));
            return;
        }
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(k -> {
            W w = workspace.get();
            for (int start = next.getAndAdd(CHUNK); start < count; start = next.getAndAdd(CHUNK)) {
                execution.checkpoint();
                int end = Math.min(count, start + CHUNK);
                for (int i = start; i < end; i++) {
                    body.accept(w, i);
                }
                execution.progress().advance(end - start);
            }
        });
    }

    /** The default number of workers: the available processors. */
    static int defaultConcurrency() {
        return Runtime.getRuntime().availableProcessors();
    }
}
