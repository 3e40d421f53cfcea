package io.kaonet.importers.properties;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.CitySpellings;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.Records;
import io.kaonet.importers.StoreLimits;
import io.kaonet.importers.field.FieldReader;
import io.kaonet.importers.field.FieldSource;
import io.kaonet.importers.text.FirstLines;
import io.kaonet.importers.text.KeyHash;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Builds validated records from property bags, for the formats whose elements carry Kaonet's
 * attributes by name (GraphML, neo4j-admin CSV): each call checks one element, reports its
 * problems with file, line, attribute and value, and keeps, or hands on in chunks, the record it
 * makes. References to ids defined nowhere in the input are checked against the database at
 * {@link #finish(KnownIds)}, once per kind.
 *
 * <p>Three modes: {@link Mode#COLLECT} keeps every record, and every id and key exactly, for
 * {@link #finish(KnownIds)} to return; {@link Mode#VALIDATE} checks and keeps no record (the first
 * pass of a large import): ids and keys are remembered as 64-bit hashes, so that a pass over a huge
 * input needs memory for those hashes only; {@link Mode#EMIT} builds records without checking
 * duplicates or references (the second pass, over input the first pass found valid) and hands
 * them to a consumer in chunks, in input order.
 *
 * <p>Actors' cities get one spelling per city ({@link CitySpellings}): a collecting network folds
 * them when it returns its records; an emitting one hands actors on as it reads them, so it takes
 * the spellings a {@linkplain #countingCities counting network} read from the input first.
 *
 * <p>A validating network confirms its duplicates: the input is given to it through
 * {@link #read(Runnable)}, which, when a hash was met twice, has the input read again keeping the
 * exact ids and keys of the hashes met twice (see {@link FirstLines}); so a hash collision never
 * reports a false duplicate, and a duplicate is reported as {@link Mode#COLLECT} reports it. References to
 * ids the input defines are resolved by hash: one to an id defined nowhere whose hash equals a
 * defined id's (about {@code ids / 2⁶⁴} per such reference) passes validation, and the database
 * writer then refuses the chunk that holds it as a dangling reference.
 *
 * <p>Attribute names and rules (the same as Kaonet CSV, see {@code docs/data-formats.md}): actors
 * {@code name, kind, industry, region, city, country, latitude, longitude, founded, employees,
 * sme, technologies, offers, seeks}; clusters {@code name, region, country, type, description};
 * activities {@code name, kind, start, end, programme, fundingScheme}; ties {@code kind, since,
 * until, weight, tieId}; memberships {@code since, until}; participations {@code role,
 * contribution}. Lists are joined by {@code |}.
 *
 * <p>Not thread-safe.
 */
public final class PropertyNetwork {

    /** What is kept of the records. */
    public enum Mode { COLLECT, VALIDATE, EMIT }

    /** The attributes of one element, with where it is: the file, the line it starts on, each attribute's text as given. */
    public interface Properties extends FieldSource {
    }

    /**
     * Properties kept in a map as a reader finds them, for the readers that gather an element's
     * attributes before handing it on. Not thread-safe.
     */
    public static class PropertyMap implements Properties {
        private final String file;
        private final long line;
        private final Map<String, String> values = new HashMap<>();

        /** An element of the file, starting on the line, with no attributes yet. */
        public PropertyMap(String file, long line) {
            this.file = file;
            this.line = line;
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public String get(String name) {
            return values.get(name);
        }

        /** Whether the element has the attribute. */
        public boolean has(String name) {
            return values.containsKey(name);
        }

        /** Sets the attribute's text, replacing any earlier one. */
        public void put(String name, String value) {
            values.put(name, value);
        }
    }

    private final Problems problems;
    private final ActorKind defaultActorKind;
    private final TieKind defaultTieKind;
    private final Mode mode;
    private final Records records;

    private final Map<KnownIds.Kind, FirstLines> defined = new EnumMap<>(KnownIds.Kind.class);
    private final FirstLines keys;
    private final Map<KnownIds.Kind, Map<String, Use>> pending = new EnumMap<>(KnownIds.Kind.class);

    private PropertyNetwork(Problems problems, ActorKind defaultActorKind, TieKind defaultTieKind, Mode mode,
                            Supplier<FirstLines> tables, Records records) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.defaultActorKind = defaultActorKind;
        this.defaultTieKind = defaultTieKind;
        this.mode = mode;
        this.records = records;
        for (KnownIds.Kind kind : KnownIds.Kind.values()) {
            defined.put(kind, tables.get());
            pending.put(kind, new LinkedHashMap<>());
        }
        keys = tables.get();
    }

    /**
     * A collecting network ({@link Mode#COLLECT}): every record is kept for {@link #finish(KnownIds)}.
     *
     * @param problems         where problems go
     * @param defaultActorKind kind of actors without one, or null to require it
     * @param defaultTieKind   kind of ties without one, or null to require it
     */
    public static PropertyNetwork collecting(Problems problems, ActorKind defaultActorKind, TieKind defaultTieKind) {
        return new PropertyNetwork(problems, defaultActorKind, defaultTieKind, Mode.COLLECT, FirstLines::exact,
                Records.collecting());
    }

    /**
     * A validating network ({@link Mode#VALIDATE}) remembering ids and keys by the given hash:
     * {@link KeyHash#of} in production, a poor one in tests that force collisions.
     *
     * @param keyHash the hash of ids and keys; equal strings must have equal hashes
     * @see #collecting(Problems, ActorKind, TieKind) the other parameters
     */
    public static PropertyNetwork validating(Problems problems, ActorKind defaultActorKind, TieKind defaultTieKind,
                                             ToLongFunction<String> keyHash) {
        Objects.requireNonNull(keyHash, "keyHash");
        return new PropertyNetwork(problems, defaultActorKind, defaultTieKind, Mode.VALIDATE,
                () -> FirstLines.hashed(keyHash), Records.counting());
    }

    /**
     * An emitting network ({@link Mode#EMIT}): records are handed on in chunks of {@code chunkSize},
     * every actor's city in the spelling chosen from {@code cities}, which a
     * {@linkplain #countingCities counting network} read from the whole input.
     *
     * @param chunks receives the chunks
     * @param cities the city spellings of the whole input
     * @throws IllegalArgumentException if {@code chunkSize} is not positive
     * @see #collecting(Problems, ActorKind, TieKind) the other parameters
     */
    public static PropertyNetwork emitting(Problems problems, ActorKind defaultActorKind, TieKind defaultTieKind,
                                           int chunkSize, Consumer<NetworkBatch> chunks, CitySpellings cities) {
        Records chunked = Records.chunked(chunkSize, chunks, cities);
        // Emitting checks neither duplicates nor references: its tables stay empty.
        return new PropertyNetwork(problems, defaultActorKind, defaultTieKind, Mode.EMIT, FirstLines::exact, chunked);
    }

    /**
     * A network that validates as {@linkplain #validating validating} does and at the same time hands
     * its records on in chunks as {@linkplain #emitting emitting} does: both passes of a large import
     * in one, for a writer that can throw away everything it was handed (a first load into a new
     * store). Problems are found as in validation, but records before a problem may have been handed
     * on, and a hash met twice cannot be confirmed by reading again ({@link #read} then reports it as a
     * problem): on any {@link ImportException} the caller discards what it was handed and runs a
     * validating network for the full report.
     *
     * @see #validating the hash
     * @see #emitting the chunks and the city spellings
     */
    public static PropertyNetwork validatingWhileEmitting(Problems problems, ActorKind defaultActorKind,
                                                          TieKind defaultTieKind, ToLongFunction<String> keyHash,
                                                          int chunkSize, Consumer<NetworkBatch> chunks,
                                                          CitySpellings cities) {
        Objects.requireNonNull(keyHash, "keyHash");
        return new PropertyNetwork(problems, defaultActorKind, defaultTieKind, Mode.VALIDATE,
                () -> FirstLines.hashed(keyHash), Records.chunked(chunkSize, chunks, cities));
    }

    /**
     * A network that reads input a validation accepted only to count its actors' city spellings into
     * {@code cities}, for an {@linkplain #emitting emitting network} that hands actors on as it reads
     * them (as {@link Mode#EMIT}, it checks neither duplicates nor references). Its input may be the
     * actors alone.
     *
     * @see #collecting(Problems, ActorKind, TieKind) the other parameters
     */
    public static PropertyNetwork countingCities(Problems problems, ActorKind defaultActorKind, TieKind defaultTieKind,
                                                 CitySpellings cities) {
        return new PropertyNetwork(problems, defaultActorKind, defaultTieKind, Mode.EMIT, FirstLines::exact,
                Records.spellings(cities));
    }

    /**
     * Gives the network the whole input: runs {@code reading}, which hands every element of the
     * input to this network, in the same order each time it runs. A validating network that met a
     * hash twice without confirming it then forgets what the reading reported (its problems,
     * records and references) and runs it again, keeping the exact ids and keys of the suspected
     * hashes, until a reading is confirmed: with {@link KeyHash} one more reading, and in practice
     * only for input that has a duplicate. Other modes run it once. Call once, before {@link #finish}.
     *
     * @param reading reads the input into this network; its exceptions are passed on
     */
    public void read(Runnable reading) {
        long problemsMark = problems.total();
        long recordsMark = records.count();
        reading.run();
        if (emitsWhileValidating() && unconfirmed()) {
            // What was handed on cannot be taken back to read again: the caller's full validation confirms it.
            problems.add(io.kaonet.importers.ImportProblem.ofFile("input", "has an id or key whose hash was met twice; validation reads it again"));
            problems.throwIfAny();
        }
        while (unconfirmed()) {
            problems.rollBackTo(problemsMark);
            for (KnownIds.Kind kind : KnownIds.Kind.values()) {
                defined.get(kind).restart();
                pending.get(kind).clear();
            }
            keys.restart();
            records.rollBackTo(recordsMark);
            reading.run();
        }
    }

    private boolean emitsWhileValidating() {
        return mode == Mode.VALIDATE && records.keeps();
    }

    private boolean unconfirmed() {
        return keys.unconfirmed() || defined.values().stream().anyMatch(FirstLines::unconfirmed);
    }

    /** Records made (or, when validating, that would be made) so far. */
    public long records() {
        return records.count();
    }

    /** An actor with this id. */
    public void actor(Properties p, String id) {
        FieldReader c = new FieldReader(p, problems);
        define(c, "id", id, KnownIds.Kind.ACTOR);
        String name = c.text("name");
        if (name == null) {
            name = c.text("label");
        }
        if (name == null) {
            name = id;
        }
        ActorKind kind = c.choice("kind", "an actor kind", ActorKind.class, defaultActorKind, true);
        GeoLocation location = c.location("latitude", "longitude");
        Integer founded = c.foundingYear("founded");
        Integer employees = c.count("employees");
        String country = c.country("country");
        Boolean sme = c.bool("sme");
        if (c.ok()) {
            String actorName = name;
            add(c, () -> records.actor(new Actor(id, actorName, kind, c.text("industry"), c.text("region"), c.text("city"), country, location,
                    founded, employees, sme, c.keywords("technologies"), c.keywords("offers"), c.keywords("seeks"))));
        }
    }

    /** A cluster with this id. */
    public void cluster(Properties p, String id) {
        FieldReader c = new FieldReader(p, problems);
        define(c, "id", id, KnownIds.Kind.CLUSTER);
        String name = c.text("name");
        ClusterType type = c.choice("type", "a cluster type", ClusterType.class, null, false);
        String country = c.country("country");
        if (c.ok()) {
            add(c, () -> records.cluster(new Cluster(id, name == null ? id : name, c.text("region"), country, type, c.text("description"))));
        }
    }

    /** An activity with this id. */
    public void activity(Properties p, String id) {
        FieldReader c = new FieldReader(p, problems);
        define(c, "id", id, KnownIds.Kind.ACTIVITY);
        String name = c.text("name");
        ActivityKind kind = c.choice("kind", "an activity kind", ActivityKind.class, ActivityKind.JOINT_RD_PROJECT, true);
        LocalDate start = c.date("start");
        LocalDate end = c.date("end");
        c.inOrder("start", start, "end", end);
        if (c.ok()) {
            add(c, () -> records.activity(new Activity(id, name == null ? id : name, kind, start, end, c.text("programme"), c.text("fundingScheme"))));
        }
    }

    /**
     * A tie between two actors.
     *
     * @param kindText the kind as given, or null to read it from the {@code kind} (or {@code kinds}) attribute
     */
    public void tie(Properties p, String sourceField, String sourceId, String targetField, String targetId, String kindText) {
        FieldReader c = new FieldReader(p, problems);
        refer(c, sourceField, sourceId, KnownIds.Kind.ACTOR);
        refer(c, targetField, targetId, KnownIds.Kind.ACTOR);
        String kindField = kindText != null ? "type" : p.get("kind") != null ? "kind" : "kinds";
        TieKind kind = c.tieKind(kindField, kindText, defaultTieKind, kindField.equals("kinds"));
        LocalDate since = c.date("since");
        LocalDate until = c.date("until");
        c.inOrder("since", since, "until", until);
        Double weight = c.positiveNumber("weight");
        if (sourceId != null && sourceId.equals(targetId)) {
            c.problem(targetField, targetId, "is the same actor as " + sourceField + " (a tie joins two different actors)");
        }
        String tieId = c.text("tieId");
        if (!c.ok()) {
            return;
        }
        Tie tie = new Tie(tieId, sourceId, targetId, kind, since, until, weight == null ? 1.0 : weight,
                p.file() + ":" + p.line());
        if (mode != Mode.EMIT) {
            long first = keys.meet("tie\n" + tie.key(), p.line());
            if (first >= 0) {
                c.problem(null, tie.key(), "is the same tie (id, or kind, ends and since) as line " + first);
                return;
            }
        }
        add(c, () -> records.tie(tie));
    }

    /** An actor's membership of a cluster. */
    public void membership(Properties p, String actorField, String actorId, String clusterField, String clusterId) {
        FieldReader c = new FieldReader(p, problems);
        refer(c, actorField, actorId, KnownIds.Kind.ACTOR);
        refer(c, clusterField, clusterId, KnownIds.Kind.CLUSTER);
        LocalDate since = c.date("since");
        LocalDate until = c.date("until");
        c.inOrder("since", since, "until", until);
        if (c.ok() && unique(c, "membership\n" + actorId + "\n" + clusterId + "\n" + since, "membership (actor, cluster and since)")) {
            add(c, () -> records.membership(new Membership(actorId, clusterId, since, until)));
        }
    }

    /** An actor's participation in an activity. */
    public void participation(Properties p, String actorField, String actorId, String activityField, String activityId) {
        FieldReader c = new FieldReader(p, problems);
        refer(c, actorField, actorId, KnownIds.Kind.ACTOR);
        refer(c, activityField, activityId, KnownIds.Kind.ACTIVITY);
        Double contribution = c.amount("contribution");
        if (c.ok() && unique(c, "participation\n" + activityId + "\n" + actorId, "participation (activity and actor)")) {
            add(c, () -> records.participation(new Participation(activityId, actorId, c.text("role"), contribution)));
        }
    }

    /**
     * Ends the input: checks the references no element defined against the database (one
     * {@link KnownIds#existing} call per kind), hands on the last chunk (EMIT), and returns the
     * records kept (COLLECT; an empty batch otherwise).
     *
     * @param unreliable kinds whose defining file could not be read as a whole: references to them are not reported
     * @throws ImportException with every problem found, if any
     */
    public NetworkBatch finish(KnownIds known, Set<KnownIds.Kind> unreliable) {
        if (mode != Mode.EMIT) {
            for (KnownIds.Kind kind : KnownIds.Kind.values()) {
                Map<String, Use> uses = pending.get(kind);
                if (uses.isEmpty() || unreliable.contains(kind) || problems.full()) {
                    continue;
                }
                Set<String> existing = Objects.requireNonNull(known.existing(kind, List.copyOf(uses.keySet())),
                        "KnownIds.existing must not return null");
                for (Use u : uses.values()) {
                    if (!existing.contains(u.id)) {
                        problems.add(u.file, u.line, u.field, u.id, "is not a known " + kind.name().toLowerCase(Locale.ROOT)
                                + " (neither in the input nor stored)");
                    }
                }
            }
        }
        problems.throwIfAny();
        return records.finish();
    }

    /** {@link #finish(KnownIds, Set)} with every kind reliable. */
    public NetworkBatch finish(KnownIds known) {
        return finish(known, Set.of());
    }

    private void define(FieldReader c, String field, String id, KnownIds.Kind kind) {
        if (id == null || id.isBlank()) {
            c.problem(field, null, "is required");
            return;
        }
        long line = c.line();
        if (mode != Mode.EMIT) {
            long first = defined.get(kind).meet(id, line);
            if (first >= 0) {
                c.problem(field, id, "is a duplicate of line " + first);
            }
            pending.get(kind).remove(id);
        }
    }

    private void refer(FieldReader c, String field, String id, KnownIds.Kind kind) {
        if (id == null || id.isBlank()) {
            c.problem(field, null, "is required");
            return;
        }
        if (mode != Mode.EMIT && !defined.get(kind).met(id)) {
            pending.get(kind).putIfAbsent(id, new Use(id, c.file(), c.line(), field));
        }
    }

    private boolean unique(FieldReader c, String key, String what) {
        if (mode == Mode.EMIT) {
            return true;
        }
        long first = keys.meet(key, c.line());
        if (first >= 0) {
            c.problem(null, null, "is the same " + what + " as line " + first);
            return false;
        }
        return true;
    }

    /** Adds a record, reporting what the database would refuse of it (see {@link StoreLimits}) at its element. */
    private void add(FieldReader c, Runnable adding) {
        try {
            adding.run();
        } catch (StoreLimits.Exceeded e) {
            e.breaches().forEach(b -> c.problem(b.field(), b.value(), b.message()));
        }
    }

    private record Use(String id, String file, long line, String field) {
    }
}
