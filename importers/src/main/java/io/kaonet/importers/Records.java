package io.kaonet.importers;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the records of an import go, in one of four ways chosen when it is made:
 * {@link #collecting()} keeps every record for {@link #finish()} to return; {@link #counting()}
 * keeps none and only counts them (a validation pass over a large input);
 * {@link #spellings(CitySpellings)} keeps none and counts the actors' city spellings (the pass
 * before a chunked one); {@link #chunked(int, Consumer, CitySpellings)} hands them on as
 * {@link NetworkBatch} chunks of a fixed number of records, the last one smaller, in the order they
 * were added, so that a record defined before the records referring to it reaches the database first.
 *
 * <p>Actors' cities get one spelling per city ({@link CitySpellings}): collected records count every
 * actor's spelling and are folded when {@link #finish()} returns them; chunked records hand actors on
 * at once, so they take the spellings an earlier pass counted ({@link #spellings(CitySpellings)}
 * counts them without keeping a record).
 *
 * <p>Complexity: adding a record is amortised O(1); a chunk costs O(size) to hand on (the batch
 * copies its lists). Memory is O(records) when collecting, O(chunk size) when chunked and O(1) when
 * counting, plus one entry per distinct city spelling when collecting or counting spellings.
 *
 * <p>Not thread-safe: one import adds its records from one thread.
 */
public final class Records {

    private final boolean keep;
    private final int chunkSize;
    private final Consumer<NetworkBatch> chunks;
    /** The spellings counted (collecting, or counting spellings) or to fold with (chunked); null when counting only records. */
    private final CitySpellings cities;
    /** Whether actors are folded as they are added (chunked) rather than counted (collecting, counting spellings). */
    private final boolean foldAtOnce;
    private List<Cluster> clusters = new ArrayList<>();
    private List<Actor> actors = new ArrayList<>();
    private List<Activity> activities = new ArrayList<>();
    private List<Tie> ties = new ArrayList<>();
    private List<Membership> memberships = new ArrayList<>();
    private List<Participation> participations = new ArrayList<>();
    private int held;
    private long count;
    private long chunksHandedOn;

    private Records(boolean keep, int chunkSize, Consumer<NetworkBatch> chunks, CitySpellings cities, boolean foldAtOnce) {
        this.keep = keep;
        this.chunkSize = chunkSize;
        this.chunks = chunks;
        this.cities = cities;
        this.foldAtOnce = foldAtOnce;
    }

    /**
     * Records that are all kept, for {@link #finish()} to return in one batch, every actor's city
     * in its chosen spelling.
     */
    public static Records collecting() {
        return new Records(true, 0, null, new CitySpellings(), false);
    }

    /** Records that are only counted; {@link #finish()} returns an empty batch. */
    public static Records counting() {
        return new Records(false, 0, null, null, false);
    }

    /**
     * Records that are only counted, every actor's city spelling counted into {@code into}: the
     * pass before {@link #chunked(int, Consumer, CitySpellings)}. Cannot be rolled back.
     *
     * @throws NullPointerException if {@code into} is null
     */
    public static Records spellings(CitySpellings into) {
        return new Records(false, 0, null, Objects.requireNonNull(into, "spellings"), false);
    }

    /**
     * Records handed on in chunks of {@code size} records, in the order they are added (the last,
     * smaller chunk by {@link #finish()}), every actor's city in the spelling chosen from
     * {@code spellings}, counted by an earlier pass over the whole input
     * ({@link #spellings(CitySpellings)}; an actor already folded is handed on as it is).
     *
     * @param size      records per chunk
     * @param chunks    receives the chunks
     * @param spellings the spellings of the whole input
     * @throws IllegalArgumentException if {@code size} is not positive
     * @throws NullPointerException     if {@code chunks} or {@code spellings} is null
     */
    public static Records chunked(int size, Consumer<NetworkBatch> chunks, CitySpellings spellings) {
        if (size < 1) {
            throw new IllegalArgumentException("chunkRecords must be positive, was " + size);
        }
        return new Records(true, size, Objects.requireNonNull(chunks, "chunks"),
                Objects.requireNonNull(spellings, "spellings"), true);
    }

    /**
     * Adds a cluster. Every adding method first checks the record against {@link StoreLimits}.
     *
     * @throws StoreLimits.Exceeded when the database would refuse or change a value of the record
     */
    public void cluster(Cluster c) {
        StoreLimits.require(StoreLimits.of(c));
        add(clusters, c);
    }

    /** Adds an actor. */
    public void actor(Actor a) {
        StoreLimits.require(StoreLimits.of(a));
        if (cities == null) {
            add(actors, a);
        } else if (foldAtOnce) {
            add(actors, cities.fold(a));
        } else {
            cities.count(a.country(), a.city());
            add(actors, a);
        }
    }

    /** Adds an activity. */
    public void activity(Activity a) {
        StoreLimits.require(StoreLimits.of(a));
        add(activities, a);
    }

    /** Adds a tie. */
    public void tie(Tie t) {
        StoreLimits.require(StoreLimits.of(t));
        add(ties, t);
    }

    /** Adds a membership. */
    public void membership(Membership m) {
        StoreLimits.require(StoreLimits.of(m));
        add(memberships, m);
    }

    /** Adds a participation. */
    public void participation(Participation p) {
        StoreLimits.require(StoreLimits.of(p));
        add(participations, p);
    }

    /** Records added so far (less any rolled back). */
    public long count() {
        return count;
    }

    /** Chunks handed on so far. */
    public long chunks() {
        return chunksHandedOn;
    }

    /** Whether the records are kept or handed on (collecting, chunked) rather than only counted. */
    public boolean keeps() {
        return keep;
    }

    /**
     * Forgets the records made after the first {@code count} (when a file is read again);
     * only records that are counted and not kept can be forgotten.
     *
     * @throws IllegalStateException if the records are kept (collecting or chunked) or count spellings
     */
    public void rollBackTo(long count) {
        if (keep) {
            throw new IllegalStateException("kept records cannot be rolled back");
        }
        if (cities != null && count != this.count) {
            throw new IllegalStateException("counted city spellings cannot be rolled back");
        }
        this.count = count;
    }

    /**
     * Ends the import: hands on the last chunk, if any records are left, and returns the records
     * kept (an empty batch when chunked or counted).
     */
    public NetworkBatch finish() {
        if (chunks != null) {
            flush();
            return empty();
        }
        if (!keep) {
            return empty();
        }
        actors = actors.stream().map(cities::fold).toList();
        return batch();
    }

    private <T> void add(List<T> kept, T record) {
        if (keep) {
            kept.add(record);
        }
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
