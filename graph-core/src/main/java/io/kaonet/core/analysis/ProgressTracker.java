package io.kaonet.core.analysis;

/**
 * Where an analysis reports how far it has got: first the number of steps it expects
 * ({@link #expect}, which may be called again by a later phase to add to the total), then each
 * step as it is done ({@link #advance}). Steps are an analysis's natural unit (a source of
 * betweenness, a node of structural holes, a period of a KPI series) and are not comparable between
 * analyses. Implementations must be safe to call from many threads.
 */
public interface ProgressTracker {

    /** A tracker that records nothing. */
    ProgressTracker NONE = new ProgressTracker() {
        @Override
        public void expect(long steps) {
        }

        @Override
        public void advance(long steps) {
        }
    };

    /** Adds {@code steps} to the steps expected in all. */
    void expect(long steps);

    /** Records {@code steps} more steps done. */
    void advance(long steps);
}
