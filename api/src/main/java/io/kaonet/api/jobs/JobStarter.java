package io.kaonet.api.jobs;

import io.kaonet.core.model.Scope;
import java.util.Optional;

/**
 * Starts the analyses of one capability as jobs, with the same {@link AnalysisKey} the fields that
 * read them use, so that a finished job's result is what those fields answer with. Implemented
 * beside the controller that reads the results.
 */
public interface JobStarter {

    /** The job computing {@code kind} on the scope, or empty when this starter does not know the kind. */
    Optional<Job> start(AnalysisJobKind kind, Scope scope);
}
