package io.kaonet.api.jobs;

import io.kaonet.api.errors.NotFoundException;
import io.kaonet.core.model.Scope;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code startAnalysisJob}, {@code job(id)} and {@code cancelJob}: long analyses a page follows and may stop. */
@Controller
public class JobsController {

    private final Analyses analyses;
    private final List<JobStarter> starters;

    public JobsController(Analyses analyses, List<JobStarter> starters) {
        this.analyses = analyses;
        this.starters = starters;
    }

    /**
     * The arguments of {@code Mutation.startAnalysisJob}.
     *
     * @param scope    which part of the network, or null for the whole network (as {@code network()} reads it)
     * @param analysis which analysis
     */
    public record StartAnalysisJobArguments(Scope scope, AnalysisJobKind analysis) {
    }

    @MutationMapping
    public Job startAnalysisJob(@Arguments StartAnalysisJobArguments arguments) {
        Scope s = arguments.scope() == null ? Scope.ALL : arguments.scope();
        AnalysisJobKind analysis = arguments.analysis();
        return starters.stream().map(starter -> starter.start(analysis, s)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("no starter for " + analysis));
    }

    /**
     * The arguments of {@code Query.job} and {@code Mutation.cancelJob}.
     *
     * @param id the job's id
     */
    public record JobArguments(String id) {
    }

    @QueryMapping
    public Job job(@Arguments JobArguments arguments) {
        return analyses.job(arguments.id()).orElse(null);
    }

    @MutationMapping
    public Job cancelJob(@Arguments JobArguments arguments) {
        Job job = known(arguments.id());
        if (job.state() == JobState.RUNNING) {
            job.cancel();
        }
        return job;
    }

    @SchemaMapping(typeName = "AnalysisJob", field = "fractionDone")
    public Double fractionDone(Job job) {
        long total = job.total();
        return job.state() == JobState.SUCCEEDED ? Double.valueOf(1.0)
                : total == 0 ? null : Math.min(1.0, (double) job.done() / total);
    }

    private Job known(String id) {
        return analyses.job(id).orElseThrow(() -> new NotFoundException("id", id, "job"));
    }
}
