package io.kaonet.core.analysis;

/**
 * An analysis of one graph with one set of parameters, both given to its constructor and checked
 * there. {@link #compute(Execution)} does the work and returns an immutable result record that
 * carries its metadata (sampled or exact, seed, iterations); implementations poll the execution's
 * termination flag between units of work and report their steps to its progress tracker.
 *
 * @param <R> the result record
 */
public interface Analysis<R> {

    /**
     * Computes the result, polling {@code execution}.
     *
     * @throws AnalysisTerminatedException if the execution's flag stopped it
     * @throws java.util.concurrent.CancellationException if the calling thread was interrupted
     */
    R compute(Execution execution);

    /** Computes the result with nothing polling it ({@link Execution#UNMONITORED}). */
    default R compute() {
        return compute(Execution.UNMONITORED);
    }
}
