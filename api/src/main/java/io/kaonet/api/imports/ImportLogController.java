package io.kaonet.api.imports;

import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.PageArguments;
import io.kaonet.queries.writes.ImportLog;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The import log ({@code Query.imports}): every import run the store holds, newest first. */
@Controller
public class ImportLogController {

    static final String CURSOR_KIND = "import";

    private final ImportLog log;

    public ImportLogController(ImportLog log) {
        this.log = log;
    }

    @QueryMapping
    public Connection<ImportLog.Entry> imports(@Arguments PageArguments arguments) {
        return Connection.afterId(log.list(), CURSOR_KIND, ImportLog.Entry::id, arguments.first(), arguments.after(),
                "an import run");
    }

    @SchemaMapping(typeName = "ImportRun", field = "startedAt")
    public String startedAt(ImportLog.Entry run) {
        return run.startedAt() == null ? "" : run.startedAt().toString();
    }

    @SchemaMapping(typeName = "ImportRun", field = "finishedAt")
    public String finishedAt(ImportLog.Entry run) {
        return run.updatedAt() == null ? startedAt(run) : run.updatedAt().toString();
    }

    /** Null when the run was logged before the log recorded counts (every kind is then absent). */
    @SchemaMapping(typeName = "ImportRun", field = "written")
    public WriteCounts written(ImportLog.Entry run) {
        var w = run.written();
        if (!w.keySet().containsAll(List.of("actors", "ties", "clusters", "memberships", "activities", "participations"))) {
            return null;
        }
        return new WriteCounts(w.get("actors"), w.get("ties"), w.get("clusters"), w.get("memberships"), w.get("activities"),
                w.get("participations"), run.changed() != null ? run.changed()
                        : w.values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * Records created or changed by a run, per kind ({@code WriteCounts}).
     *
     * @param changed records created or changed in all
     */
    public record WriteCounts(long actors, long ties, long clusters, long memberships, long activities, long participations,
                              long changed) {
    }
}
