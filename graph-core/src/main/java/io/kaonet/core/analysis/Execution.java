package io.kaonet.core.analysis;

import java.util.Objects;

/**
 * What an analysis polls while it computes: whether it may go on, and where it reports progress.
 *
 * @param termination polled between units of work
 * @param progress    told the steps expected and done
 */
public record Execution(TerminationFlag termination, ProgressTracker progress) {

    /** Never stops (other than by interrupting the thread, as before) and reports nowhere. */
    public static final Execution UNMONITORED = new Execution(TerminationFlag.RUNNING_TRUE, ProgressTracker.NONE);

    /** @throws NullPointerException if either part is null */
    public Execution {
        Objects.requireNonNull(termination, "termination must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
    }

    /**
     * Records {@code steps} done, after checking that the analysis may go on: the one call an
     * analysis makes between units of work.
     *
     * @throws AnalysisTerminatedException if the analysis must stop
     */
    public void step(long steps) {
        termination.assertRunning();
        progress.advance(steps);
    }

    /**
     * Checks that the analysis may go on.
     *
     * @throws AnalysisTerminatedException if it must stop
     */
    public void checkpoint() {
        termination.assertRunning();
    }
}
