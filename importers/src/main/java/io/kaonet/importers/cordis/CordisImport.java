package io.kaonet.importers.cordis;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.importers.CitySpellings;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.Records;
import io.kaonet.importers.StoreLimits;
import io.kaonet.importers.field.FieldReader;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

/**
 * One import of a CORDIS project file and organisation file. Every way of reading shares one first
 * pass ({@link #scan}): it checks every row, reports problems, and keeps only what must be known
 * before any record can be written — per organisation the description that wins, the city spellings,
 * and the ids of the projects. What happens to the activities and participations it reads is the
 * caller's: {@link #collect} keeps them, {@link #validate} counts them, {@link #emit} reads the files
 * a second time and hands them on in chunks.
 */
final class CordisImport {

    static final List<String> PROJECT_REQUIRED = List.of("id");
    static final List<String> ORGANISATION_REQUIRED = List.of("projectID", "organisationID", "name", "activityType");

    /** Roles from the most central to the least; a role not listed ranks after them. */
    static final List<String> ROLE_RANK = List.of("coordinator", "participant", "beneficiary", "associatedPartner",
            "partner", "thirdParty", "internationalPartner");

    /** A file to read: its name as the user gave it, and how to open it (once per pass). */
    record Source(String name, Supplier<InputStream> open) {
    }

    private final Problems problems;
    private final ToLongBiFunction<String, String> pairHash;
    /** Line of the first row of every project id, for duplicates. */
    private final Map<String, Long> projectLines = new HashMap<>();
    /** The ids of the well-formed project rows. */
    private final Set<String> projects = new HashSet<>();
    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final Map<String, Reference> unresolvedProjects = new LinkedHashMap<>();
    private final CitySpellings cities = new CitySpellings();
    /** Per organisation, every spelling of a city its rows gave (usually one), for the actor's provenance. */
    private final Map<String, Set<String>> organisationCities = new HashMap<>();
    private boolean projectsUnreliable;

    /**
     * @param problems collects what is wrong
     * @param pairHash the 64-bit hash of a (project, organisation) pair that {@link #emit} uses to
     *                 find the pairs listed more than once; any function is correct, a good one is fast
     */
    CordisImport(Problems problems, ToLongBiFunction<String, String> pairHash) {
        this.problems = problems;
        this.pairHash = pairHash;
    }

    /** Reads everything into one batch (the files are read once). */
    NetworkBatch collect(Source projectFile, Source organisationFile, KnownIds known) {
        List<Activity> activities = new ArrayList<>();
        Map<Pair, ParticipationDraft> participations = new LinkedHashMap<>();
        scan(projectFile, organisationFile, activities::add,
                p -> participations.merge(p.key(), p, ParticipationDraft::combine));
        resolveProjects(known);
        problems.throwIfAny();
        return new NetworkBatch(actors(), List.of(), List.of(), List.of(), activities,
                participations.values().stream().map(ParticipationDraft::toParticipation).toList());
    }

    /**
     * Checks everything, keeping no activity or participation: the first pass of a large import.
     *
     * @return the records {@link #emit} hands on: actors, activities and distinct (project,
     *         organisation) pairs (counted by their hashes: two pairs whose hashes collide count once)
     */
    long validate(Source projectFile, Source organisationFile, KnownIds known) {
        long[] activities = {0};
        LongOpenHashSet pairs = new LongOpenHashSet();
        scan(projectFile, organisationFile, a -> activities[0]++, p -> pairs.add(hash(p)));
        resolveProjects(known);
        problems.throwIfAny();
        return actors.size() + activities[0] + pairs.size();
    }

    /**
     * Runs the first pass (without the check against stored projects, which {@link #validate} made),
     * then hands on every actor, every activity in the order of the project file, and every
     * participation in the order of the organisation file, except that pairs whose hash occurs more
     * than once are held (by their exact key, so that colliding pairs stay apart), combined, and
     * handed on after the others.
     *
     * @return the number of chunks handed on
     */
    long emit(Source projectFile, Source organisationFile, int chunkRecords, Consumer<NetworkBatch> chunks) {
        LongOpenHashSet seen = new LongOpenHashSet();
        LongOpenHashSet repeated = new LongOpenHashSet();
        scan(projectFile, organisationFile, a -> { }, p -> {
            long h = hash(p);
            if (!seen.add(h)) {
                repeated.add(h);
            }
        });
        problems.throwIfAny();
        seen.clear();
        seen.trim();
        Records out = Records.chunked(chunkRecords, chunks, cities);
        actors().forEach(out::actor);
        if (projectFile != null) {
            read(projectFile, PROJECT_REQUIRED, row -> {
                Activity a = project(new FieldReader(row, problems, FieldReader.Dialect.CORDIS), false);
                if (a != null) {
                    out.activity(a);
                }
            });
            problems.throwIfAny();
        }
        Map<Pair, ParticipationDraft> held = new LinkedHashMap<>();
        read(organisationFile, ORGANISATION_REQUIRED, row -> {
            ParticipationDraft p = organisation(new FieldReader(row, problems, FieldReader.Dialect.CORDIS), false);
            if (p != null && repeated.contains(hash(p))) {
                held.merge(p.key(), p, ParticipationDraft::combine);
            } else if (p != null) {
                out.participation(p.toParticipation());
            }
        });
        problems.throwIfAny();
        held.values().forEach(p -> out.participation(p.toParticipation()));
        out.finish();
        return out.chunks();
    }

    /**
     * The first pass: reads the project file, then the organisation file, checking every row and
     * keeping what the actors need; hands each well-formed activity and participation row on.
     */
    private void scan(Source projectFile, Source organisationFile, Consumer<Activity> activities,
                      Consumer<ParticipationDraft> participations) {
        if (projectFile != null) {
            projectsUnreliable = read(projectFile, PROJECT_REQUIRED, row -> {
                Activity a = project(new FieldReader(row, problems, FieldReader.Dialect.CORDIS), true);
                if (a != null) {
                    activities.accept(a);
                }
            });
        }
        if (organisationFile != null && !problems.full()) {
            read(organisationFile, ORGANISATION_REQUIRED, row -> {
                ParticipationDraft p = organisation(new FieldReader(row, problems, FieldReader.Dialect.CORDIS), true);
                if (p != null) {
                    participations.accept(p);
                }
            });
        }
    }

    /** Reads one file's rows; returns whether the file was refused as a whole. */
    private boolean read(Source source, List<String> required, Consumer<SourceRow> rows) {
        CordisFile file = new CordisFile(source.name(), required, problems);
        file.read(source.open().get(), rows);
        return file.refused();
    }

    /**
     * The actors as the first pass left them, in order of first appearance, each with its city's
     * chosen spelling and, as provenance, the other spellings of that city its rows gave.
     */
    private List<Actor> actors() {
        List<Actor> list = new ArrayList<>(actors.size());
        for (ActorDraft a : actors.values()) {
            List<String> spellings = List.copyOf(organisationCities.getOrDefault(a.id, Set.of()));
            list.add(cities.fold(new Actor(a.id, a.name, a.kind, null, a.region, a.city, a.country, a.location, null, null,
                    a.sme, List.of(), List.of(), List.of(), spellings)));
        }
        return list;
    }

    /**
     * A 64-bit hash of a (project, organisation) pair: FNV-1a over the characters of the project
     * id, its length (so that moving characters from one id to the other changes the hash), and the
     * characters of the organisation id, then MurmurHash3's finalising mix. A collision costs no
     * correctness: {@link #emit} then holds a pair it could have handed on at once.
     */
    static long pairHash(String projectId, String organisationId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < projectId.length(); i++) {
            h = (h ^ projectId.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ projectId.length()) * 0x100000001b3L;
        for (int i = 0; i < organisationId.length(); i++) {
            h = (h ^ organisationId.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private long hash(ParticipationDraft p) {
        return pairHash.applyAsLong(p.projectId, p.organisationId);
    }

    /**
     * Reads one project row: the activity, or null when the row has a problem. The first pass also
     * notes the id (a second row with it is a duplicate); the second only reads.
     */
    private Activity project(FieldReader f, boolean firstPass) {
        String id = f.required("id");
        String acronym = f.text("acronym");
        String title = f.text("title");
        LocalDate start = f.date("startDate");
        LocalDate end = f.date("endDate");
        f.inOrder("startDate", start, "endDate", end);
        String programme = f.single("frameworkProgramme");
        String scheme = f.single("fundingScheme");
        String name = acronym != null ? acronym : title != null ? title : id;
        limit(f, StoreLimits.indexed("id", id));
        limit(f, StoreLimits.text(acronym != null ? "acronym" : "title", name));
        limit(f, StoreLimits.text("frameworkProgramme", programme));
        limit(f, StoreLimits.text("fundingScheme", scheme));
        if (firstPass && id != null) {
            Long first = projectLines.putIfAbsent(id, f.line());
            if (first != null) {
                f.problem("id", f.raw("id"), "is a duplicate of line " + first);
            }
        }
        if (!f.ok()) {
            return null;
        }
        if (firstPass) {
            projects.add(id);
        }
        return new Activity(id, name, ActivityKind.JOINT_RD_PROJECT, start, end, programme, scheme);
    }

    /**
     * Reads one organisation row: the participation it describes, or null when the row has a
     * problem. The first pass also merges the row's description of the organisation into its actor,
     * counts its city's spelling and notes a project the project file does not hold.
     */
    private ParticipationDraft organisation(FieldReader f, boolean firstPass) {
        String projectId = f.required("projectID");
        String organisationId = f.required("organisationID");
        String name = f.required("name");
        ActorKind kind = kind(f);
        Boolean sme = f.bool("SME");
        String country = f.country("country");
        String region = f.single("nutsCode");
        String city = f.single("city");
        GeoLocation location = f.location("geolocation");
        String updated = f.single("contentUpdateDate");
        String role = role(f.parts("role"));
        Double contribution = f.amount("ecContribution");
        if (f.ok()) {
            limit(f, StoreLimits.indexed("organisationID", organisationId));
            limit(f, StoreLimits.indexed("name", name));
            limit(f, StoreLimits.indexed("nutsCode", region));
            limit(f, StoreLimits.text("city", city));
            limit(f, StoreLimits.indexed("projectID, organisationID and role",
                    new Participation(projectId, organisationId, role, contribution).key()));
        }
        if (!f.ok()) {
            return null;
        }
        if (firstPass) {
            if (!projects.contains(projectId)) {
                unresolvedProjects.putIfAbsent(projectId, new Reference(f.file(), f.line(), f.raw("projectID")));
            }
            ActorDraft draft = new ActorDraft(organisationId, name, kind, region, city, country, location, sme, updated);
            cities.count(country, city);
            if (city != null) {
                organisationCities.computeIfAbsent(organisationId, k -> new HashSet<>(2)).add(city);
            }
            actors.merge(organisationId, draft, ActorDraft::newer);
        }
        return new ParticipationDraft(projectId, organisationId, role, contribution);
    }

    /** Reports a value the database would refuse (see {@link StoreLimits}) at its row. */
    private static void limit(FieldReader f, StoreLimits.Breach breach) {
        if (breach != null) {
            f.problem(breach.field(), breach.value(), breach.message());
        }
    }

    /** The actor kind of {@code activityType}; repeated values take the first ({@code "PRC;PRC"} → company). */
    private static ActorKind kind(FieldReader f) {
        String code = f.single("activityType");
        if (code == null) {
            return f.text("activityType") == null && f.raw("activityType") != null
                    ? ActorKind.SUPPORT_ORGANIZATION : null;
        }
        ActorKind kind = CordisImporter.kindOf(code);
        if (kind == null) {
            f.problem("activityType", f.raw("activityType"), "is not a CORDIS activity type (expected PRC, HES, REC, PUB or OTH)");
        }
        return kind;
    }

    /** The most central of the given roles, or null when there is none. */
    static String role(List<String> roles) {
        String best = null;
        for (String r : roles) {
            if (best == null || rank(r) < rank(best)) {
                best = r;
            }
        }
        return best;
    }

    private static int rank(String role) {
        for (int i = 0; i < ROLE_RANK.size(); i++) {
            if (ROLE_RANK.get(i).equalsIgnoreCase(role)) {
                return i;
            }
        }
        return ROLE_RANK.size();
    }

    private void resolveProjects(KnownIds known) {
        if (unresolvedProjects.isEmpty() || projectsUnreliable || problems.full()) {
            return;
        }
        Set<String> existing = known.existing(KnownIds.Kind.ACTIVITY, List.copyOf(new LinkedHashSet<>(unresolvedProjects.keySet())));
        unresolvedProjects.forEach((id, ref) -> {
            if (!existing.contains(id)) {
                problems.add(ref.file, ref.line, "projectID", ref.value,
                        "is not a known project (neither in the project file nor stored)");
            }
        });
    }

    private record Reference(String file, long line, String value) {
    }

    /** A (project, organisation) pair as a map key: equal only when both ids are. */
    private record Pair(String projectId, String organisationId) {
    }

    /** An organisation as one row describes it; of several rows the latest update wins, then the first. */
    private record ActorDraft(String id, String name, ActorKind kind, String region, String city, String country,
                              GeoLocation location, Boolean sme, String updated) {

        ActorDraft newer(ActorDraft later) {
            if (later.updated != null && (updated == null || later.updated.compareTo(updated) > 0)) {
                return later;
            }
            return this;
        }
    }

    /** An organisation's part in one project; rows of the same pair combine (most central role, contributions added). */
    private record ParticipationDraft(String projectId, String organisationId, String role, Double contribution) {

        /** The exact key of the pair. */
        Pair key() {
            return new Pair(projectId, organisationId);
        }

        Participation toParticipation() {
            return new Participation(projectId, organisationId, role, contribution);
        }

        ParticipationDraft combine(ParticipationDraft other) {
            List<String> roles = new ArrayList<>(2);
            if (role != null) {
                roles.add(role);
            }
            if (other.role != null) {
                roles.add(other.role);
            }
            String r = CordisImport.role(roles);
            // Not one conditional expression: mixing Double and double there unboxes a null.
            Double c;
            if (contribution == null) {
                c = other.contribution;
            } else if (other.contribution == null) {
                c = contribution;
            } else {
                c = contribution + other.contribution;
            }
            return new ParticipationDraft(projectId, organisationId, r, c);
        }
    }
}
