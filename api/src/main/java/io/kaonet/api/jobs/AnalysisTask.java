package io.kaonet.api.jobs;

import io.kaonet.core.analysis.Execution;
import io.kaonet.core.graph.CollaborationGraph;

/**
 * How to compute the result of an {@link AnalysisKey} from a projection: runs once per key and
 * projection, on a job thread, polling {@code execution} (a graph-core analysis is given it as is).
 *
 * @param <R> the result
 */
@FunctionalInterface
public interface AnalysisTask<R> {

    /** Computes the result of the graph. */
    R compute(CollaborationGraph graph, Execution execution);
}
