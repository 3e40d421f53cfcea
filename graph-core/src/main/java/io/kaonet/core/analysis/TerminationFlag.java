package io.kaonet.core.analysis;

/**
 * Whether an analysis may go on. Analyses poll it between units of work (one single-source search,
 * one node's neighbourhood, one period) so that a request's time-out or a user's cancel stops them
 * within a fraction of a second; implementations must be cheap and safe to call from many threads.
 */
@FunctionalInterface
public interface TerminationFlag {

    /** A flag that never stops anything. */
    TerminationFlag RUNNING_TRUE = () -> true;

    /** Whether the analysis may go on. */
    boolean running();

    /**
     * Returns normally if the analysis may go on.
     *
     * @throws AnalysisTerminatedException if it must stop
     */
    default void assertRunning() {
        if (!running()) {
            throw new AnalysisTerminatedException("the analysis was stopped before it finished");
        }
    }
}
