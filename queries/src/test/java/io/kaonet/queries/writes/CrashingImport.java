package io.kaonet.queries.writes;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.schema.GraphSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The import that {@link BulkWriterCrashIT} kills: a deterministic network of {@value #ACTORS}
 * actors (batch 0) and {@value #TIE_BATCHES} batches of {@value #TIES_PER_BATCH} ties, written by
 * a {@link BulkWriter} into an embedded Neo4j over the folder given as argument. It prints
 * {@code committed N} after each batch.
 */
public final class CrashingImport {

    static final String IMPORT_ID = "crash-test";
    static final int ACTORS = 1_000;
    static final int TIE_BATCHES = 12;
    static final int TIES_PER_BATCH = 500;

    private CrashingImport() {
    }

    /** Batch 0 holds the actors; batch b ≥ 1 the ties {@code t-b-0, t-b-1, …}. */
    static List<NetworkBatch> batches() {
        List<NetworkBatch> batches = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            actors.add(Actor.of("crash-a" + i, "Actor " + i, ActorKind.COMPANY));
        }
        batches.add(new NetworkBatch(actors, List.of(), List.of(), List.of(), List.of(), List.of()));
        Random random = new Random(42);
        for (int b = 1; b <= TIE_BATCHES; b++) {
            List<Tie> ties = new ArrayList<>();
            for (int j = 0; j < TIES_PER_BATCH; j++) {
                int u = random.nextInt(ACTORS);
                int v = (u + 1 + random.nextInt(ACTORS - 1)) % ACTORS;
                ties.add(new Tie("t-" + b + "-" + j, "crash-a" + u, "crash-a" + v, TieKind.ALLIANCE, null, null, 1, "crash"));
            }
            batches.add(new NetworkBatch(List.of(), ties, List.of(), List.of(), List.of(), List.of()));
        }
        return batches;
    }

    static long records() {
        return batches().stream().mapToLong(NetworkBatch::size).sum();
    }

    public static void main(String[] args) {
        try (Neo4jConnection connection = Neo4jConnection.open(Neo4jSettings.embedded(Path.of(args[0]), 0, null))) {
            GraphSchema.install(connection);
            // Progress is reported after each commit, on the run's writer thread.
            BulkWriter.Run run = new BulkWriter(connection).start(IMPORT_ID, records(), progress -> {
                System.out.println("committed " + progress.batches());
                System.out.flush();
            });
            batches().forEach(run);
            run.finish();
        }
    }
}
