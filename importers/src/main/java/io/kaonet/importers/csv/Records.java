package io.kaonet.importers.csv;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the records of an import go: kept whole ({@link #collecting()}), only counted
 * ({@link #counting()}, for a validation pass), or handed on in chunks of a fixed number of
 * records in the order they are made ({@link #chunked(int, Consumer)}). Not thread-safe.
 */
final class Records {

    private final boolean keep;
    private final int chunkSize;
    private final Consumer<NetworkBatch> chunks;
    private List<Cluster> clusters = new ArrayList<>();
    private List<Actor> actors = new ArrayList<>();
    private List<Activity> activities = new ArrayList<>();
    private List<Tie> ties = new ArrayList<>();
    private List<Membership> memberships = new ArrayList<>();
    private List<Participation> participations = new ArrayList<>();
    private int held;
    private long count;
    private long chunksHandedOn;

    private Records(boolean keep, int chunkSize, Consumer<NetworkBatch> chunks) {
        this.keep = keep;
        this.chunkSize = chunkSize;
        this.chunks = chunks;
    }

    static Records collecting() {
        return new Records(true, 0, null);
    }

    static Records counting() {
        return new Records(false, 0, null);
    }

    /** @throws IllegalArgumentException if {@code size} is not positive */
    static Records chunked(int size, Consumer<NetworkBatch> chunks) {
        if (size < 1) {
            throw new IllegalArgumentException("chunkRecords must be positive, was " + size);
        }
        return new Records(true, size, java.util.Objects.requireNonNull(chunks, "chunks"));
    }

    void cluster(Cluster c) {
        if (keep) {
            clusters.add(c);
        }
        added();
    }

    void actor(Actor a) {
        if (keep) {
            actors.add(a);
        }
        added();
    }

    void activity(Activity a) {
        if (keep) {
            activities.add(a);
        }
        added();
    }

    void tie(Tie t) {
        if (keep) {
            ties.add(t);
        }
        added();
    }

    void membership(Membership m) {
        if (keep) {
            memberships.add(m);
        }
        added();
    }

    void participation(Participation p) {
        if (keep) {
            participations.add(p);
        }
        added();
    }

    /** Records made so far. */
    long count() {
        return count;
    }

    /** Chunks handed on so far. */
    long chunks() {
        return chunksHandedOn;
    }

    /**
     * Forgets the records made after the first {@code count} (when a file is read again);
     * only records that are counted and not kept can be forgotten.
     */
    void rollBackTo(long count) {
        if (keep) {
            throw new IllegalStateException("kept records cannot be rolled back");
        }
        this.count = count;
    }

    /** Ends the import: hands on the last chunk, and returns the records kept (an empty batch when chunked or counted). */
    NetworkBatch finish() {
        if (chunks != null) {
            flush();
            return empty();
        }
        return keep ? batch() : empty();
    }

    private void added() {
        count++;
        if (chunks != null && ++held == chunkSize) {
            flush();
        }
    }

    private void flush() {
        if (held == 0) {
            return;
        }
        chunks.accept(batch());
        chunksHandedOn++;
        clusters = new ArrayList<>();
        actors = new ArrayList<>();
        activities = new ArrayList<>();
        ties = new ArrayList<>();
        memberships = new ArrayList<>();
        participations = new ArrayList<>();
        held = 0;
    }

    private NetworkBatch batch() {
        return new NetworkBatch(actors, ties, clusters, memberships, activities, participations);
    }

    private static NetworkBatch empty() {
        return new NetworkBatch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
