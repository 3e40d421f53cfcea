package io.kaonet.importers.csv;

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
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.Records;
import io.kaonet.importers.StoreLimits;
import io.kaonet.importers.field.FieldReader;
import io.kaonet.importers.field.FieldSource;
import io.kaonet.importers.text.CsvFormat;
import io.kaonet.importers.text.CsvReader;
import io.kaonet.importers.text.CsvRecord;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One import of Kaonet CSV files: reads them in dependency order, checks every row, and hands the
 * records to its {@link Records}. What it remembers of ids and keys is its {@link Ledger}'s
 * business: kept whole when the import is read into memory, hashed for the validation pass of a
 * large import (a file with a duplicate by hash is then read again to confirm it exactly), nothing
 * for the emitting pass.
 */
final class KaonetCsvImport {


    private final Problems problems;
    private final Ledger ledger;
    private final References references;
    private final Records records;

    KaonetCsvImport(Problems problems, Ledger ledger, Records records) {
        this.problems = problems;
        this.ledger = ledger;
        this.references = new References(ledger);
        this.records = records;
    }

    /**
     * Reads the given files in the order of {@link KaonetFile} (absent ones are skipped), then
     * resolves the references left open, and returns what the records give or throws every problem.
     * A source may be asked for its stream more than once (a hashed ledger reads a file again).
     */
    NetworkBatch run(Map<KaonetFile, Supplier<InputStream>> files, KnownIds known) {
        for (KaonetFile kind : KaonetFile.values()) {
            Supplier<InputStream> source = files.get(kind);
            if (source != null && !problems.full()) {
                readConfirmed(kind, source);
            }
        }
        references.resolve(known, problems);
        problems.throwIfAny();
        return records.finish();
    }

    /** How many records were made. */
    long records() {
        return records.count();
    }

    /** Reads a file, again as long as the ledger has duplicates to confirm, keeping only the last reading's outcome. */
    private void readConfirmed(KaonetFile kind, Supplier<InputStream> source) {
        long problemsMark = problems.total();
        References.Mark referencesMark = references.mark();
        long recordsMark = records.count();
        ledger.beginFile(kind);
        read(kind, source.get());
        while (ledger.unconfirmed()) {
            problems.rollBackTo(problemsMark);
            references.rollBackTo(referencesMark);
            records.rollBackTo(recordsMark);
            ledger.beginFile(kind);
            read(kind, source.get());
        }
    }

    private void read(KaonetFile kind, InputStream in) {
        String file = kind.fileName();
        try (CsvReader reader = new CsvReader(file, in, CsvFormat.RFC_4180, problems)) {
            if (reader.header(kind.columns()).isEmpty()) {
                distrust(kind);
                return;
            }
            for (CsvRecord record : reader) {
                FieldReader row = new FieldReader(FieldSource.of(file, record), problems);
                switch (kind) {
                    case CLUSTERS -> cluster(row);
                    case ACTORS -> actor(row);
                    case ACTIVITIES -> activity(row);
                    case TIES -> tie(row, file);
                    case MEMBERSHIPS -> membership(row);
                    case PARTICIPATIONS -> participation(row);
                }
            }
            if (reader.refused()) {
                distrust(kind);
            }
        }
    }

    private void distrust(KaonetFile kind) {
        switch (kind) {
            case CLUSTERS -> references.unreliable(KnownIds.Kind.CLUSTER);
            case ACTORS -> references.unreliable(KnownIds.Kind.ACTOR);
            case ACTIVITIES -> references.unreliable(KnownIds.Kind.ACTIVITY);
            default -> { }
        }
    }

    private void cluster(FieldReader row) {
        String id = defineId(row, KnownIds.Kind.CLUSTER);
        String name = row.required("name");
        String region = row.text("region");
        String country = row.country("country");
        ClusterType type = row.choice("type", "a cluster type", ClusterType.class, null, false);
        String description = row.text("description");
        if (row.ok()) {
            build(row, () -> records.cluster(new Cluster(id, name, region, country, type, description)));
        }
    }

    private void actor(FieldReader row) {
        String id = defineId(row, KnownIds.Kind.ACTOR);
        String name = row.required("name");
        ActorKind kind = row.choice("kind", "an actor kind", ActorKind.class, null, true);
        String industry = row.text("industry");
        String region = row.text("region");
        String city = row.text("city");
        String country = row.country("country");
        GeoLocation location = row.location("latitude", "longitude");
        Integer founded = row.foundingYear("founded");
        Integer employees = row.count("employees");
        Boolean sme = row.bool("sme");
        List<String> technologies = row.keywords("technologies");
        List<String> offers = row.keywords("offers");
        List<String> seeks = row.keywords("seeks");
        if (row.ok()) {
            build(row, () -> records.actor(new Actor(id, name, kind, industry, region, city, country, location,
                    founded, employees, sme, technologies, offers, seeks)));
        }
    }

    private void activity(FieldReader row) {
        String id = defineId(row, KnownIds.Kind.ACTIVITY);
        String name = row.required("name");
        ActivityKind kind = row.choice("kind", "an activity kind", ActivityKind.class, null, true);
        LocalDate start = row.date("start");
        LocalDate end = row.date("end");
        row.inOrder("start", start, "end", end);
        String programme = row.text("programme");
        String fundingScheme = row.text("fundingScheme");
        if (row.ok()) {
            build(row, () -> records.activity(new Activity(id, name, kind, start, end, programme, fundingScheme)));
        }
    }

    private void tie(FieldReader row, String file) {
        String sourceId = refer(row, "source", KnownIds.Kind.ACTOR);
        String targetId = refer(row, "target", KnownIds.Kind.ACTOR);
        TieKind kind = row.tieKind("kind", null, null, false);
        String id = row.text("id");
        LocalDate since = row.date("since");
        LocalDate until = row.date("until");
        row.inOrder("since", since, "until", until);
        Double weight = row.positiveNumber("weight");
        if (sourceId != null && sourceId.equals(targetId)) {
            row.problem("target", row.raw("target"), "is the same actor as source (a tie joins two different actors)");
        }
        if (id != null) {
            duplicate(row, "id:" + id, "id", row.raw("id"), "is a duplicate of line ");
        } else if (sourceId != null && targetId != null && kind != null && read(row, "since", since)) {
            String a = sourceId;
            String b = targetId;
            if (!kind.directed() && a.compareTo(b) > 0) {
                a = targetId;
                b = sourceId;
            }
            String described = kind + " " + a + (kind.directed() ? " -> " : " -- ") + b
                    + (since == null ? "" : " since " + since);
            duplicate(row, "key:" + kind + '\n' + a + '\n' + b + '\n' + since, null, described,
                    "is the same tie (kind, ends and since) as line ");
        }
        if (row.ok()) {
            double w = weight == null ? 1.0 : weight;
            build(row, () -> records.tie(new Tie(id, sourceId, targetId, kind, since, until, w, file + ":" + row.line())));
        }
    }

    private void membership(FieldReader row) {
        String actorId = refer(row, "actor", KnownIds.Kind.ACTOR);
        String clusterId = refer(row, "cluster", KnownIds.Kind.CLUSTER);
        LocalDate since = row.date("since");
        LocalDate until = row.date("until");
        row.inOrder("since", since, "until", until);
        if (actorId != null && clusterId != null && read(row, "since", since)) {
            duplicate(row, actorId + '\n' + clusterId + '\n' + since, null,
                    actorId + " in " + clusterId + (since == null ? "" : " since " + since),
                    "is the same membership (actor, cluster and since) as line ");
        }
        if (row.ok()) {
            build(row, () -> records.membership(new Membership(actorId, clusterId, since, until)));
        }
    }

    private void participation(FieldReader row) {
        String activityId = refer(row, "activity", KnownIds.Kind.ACTIVITY);
        String actorId = refer(row, "actor", KnownIds.Kind.ACTOR);
        String role = row.text("role");
        Double contribution = row.amount("contribution");
        if (activityId != null && actorId != null) {
            duplicate(row, activityId + '\n' + actorId, null, actorId + " in " + activityId,
                    "is the same participation (activity and actor) as line ");
        }
        if (row.ok()) {
            build(row, () -> records.participation(new Participation(activityId, actorId, role, contribution)));
        }
    }

    /** Reads a required id, defines it for references (even if the row has other problems) and checks it is new. */
    private String defineId(FieldReader row, KnownIds.Kind kind) {
        String id = row.required("id");
        if (id != null) {
            long first = ledger.define(kind, id, row.line());
            if (first >= 0) {
                row.problem("id", row.raw("id"), "is a duplicate of line " + first);
            }
        }
        return id;
    }

    private String refer(FieldReader row, String column, KnownIds.Kind kind) {
        String id = row.required(column);
        if (id != null) {
            references.use(kind, id, row.file(), row.line(), column, row.raw(column));
        }
        return id;
    }

    /** Whether a value was read: present and valid, or absent (a bad value would make a false duplicate key). */
    private static boolean read(FieldReader row, String column, Object value) {
        return value != null || row.text(column) == null;
    }

    private void duplicate(FieldReader row, String key, String column, String value, String message) {
        long first = ledger.seen(key, row.line());
        if (first >= 0) {
            row.problem(column, value, message + first);
        }
    }

    /**
     * Builds a record whose fields were checked; should its constructor still refuse (a rule this
     * importer does not know), the refusal becomes a problem of the row rather than an exception.
     */
    private void build(FieldReader row, Runnable construction) {
        try {
            construction.run();
        } catch (StoreLimits.Exceeded e) {
            e.breaches().forEach(b -> row.problem(b.field(), b.value(), b.message()));
        } catch (IllegalArgumentException e) {
            row.problem(null, null, "is not a valid record: " + e.getMessage());
        }
    }
}
