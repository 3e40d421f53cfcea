package io.kaonet.importers.cordis;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers records as they are read and hands them on as batches of a fixed number of records (the
 * last one smaller). Records keep the order they were added in, so that definitions added first
 * stay before the records referring to them.
 */
final class BatchChunks {

    private final int size;
    private final Consumer<NetworkBatch> out;
    private List<Actor> actors = new ArrayList<>();
    private List<Activity> activities = new ArrayList<>();
    private List<Participation> participations = new ArrayList<>();
    private int held;
    private long chunks;

    BatchChunks(int size, Consumer<NetworkBatch> out) {
        this.size = size;
        this.out = out;
    }

    void add(Actor actor) {
        actors.add(actor);
        added();
    }

    void add(Activity activity) {
        activities.add(activity);
        added();
    }

    void add(Participation participation) {
        participations.add(participation);
        added();
    }

    /** Hands on what is left; returns the number of chunks handed on in all. */
    long finish() {
        if (held > 0) {
            flush();
        }
        return chunks;
    }

    private void added() {
        if (++held == size) {
            flush();
        }
    }

    private void flush() {
        NetworkBatch chunk = new NetworkBatch(actors, List.of(), List.of(), List.of(), activities, participations);
        actors = new ArrayList<>();
        activities = new ArrayList<>();
        participations = new ArrayList<>();
        held = 0;
        chunks++;
        out.accept(chunk);
    }
}
