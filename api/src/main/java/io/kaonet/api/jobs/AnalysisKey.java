package io.kaonet.api.jobs;

/**
 * What names one analysis result of a projection in the {@link Analyses} cache: a record of the
 * analysis's options (never a concatenated string), so that two requests for the same options find
 * the same entry. The type parameter ties the key to the type of its result.
 *
 * @param <R> the result the key names
 */
public interface AnalysisKey<R> {

    /**
     * The bytes a result of this key holds, for weighing the cache: by default 64 bytes per node of
     * the graph it was computed on plus 1 KiB (results are mostly a few numbers per actor); keys of
     * results that hold much more or much less say so.
     */
    default long estimatedBytes(R result, int nodeCount) {
        return 1024L + 64L * nodeCount;
    }
}
