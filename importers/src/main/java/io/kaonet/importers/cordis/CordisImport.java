package io.kaonet.importers.cordis;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** One import of a CORDIS project file and organisation file, collecting records and problems. */
final class CordisImport {

    static final List<String> PROJECT_REQUIRED = List.of("id");
    static final List<String> ORGANISATION_REQUIRED = List.of("projectID", "organisationID", "name", "activityType");

    /** Roles from the most central to the least; a role not listed ranks after them. */
    static final List<String> ROLE_RANK = List.of("coordinator", "participant", "beneficiary", "associatedPartner",
            "partner", "thirdParty", "internationalPartner");

    private final Problems problems;
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private final Map<String, Long> projectLines = new HashMap<>();
    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final Map<String, ParticipationDraft> participations = new LinkedHashMap<>();
    private final Map<String, Reference> unresolvedProjects = new LinkedHashMap<>();
    private final CityNames cities = new CityNames();
    private boolean projectsUnreliable;

    CordisImport(Problems problems) {
        this.problems = problems;
    }

    NetworkBatch run(String projectFile, Supplier<InputStream> projects, String organisationFile,
                     Supplier<InputStream> organisations, KnownIds known) {
        if (projects != null) {
            CordisFile file = new CordisFile(projectFile, PROJECT_REQUIRED, problems);
            file.read(projects.get(), this::project);
            projectsUnreliable = file.refused();
        }
        if (organisations != null && !problems.full()) {
            new CordisFile(organisationFile, ORGANISATION_REQUIRED, problems).read(organisations.get(), this::organisation);
        }
        resolveProjects(known);
        problems.throwIfAny();
        List<Actor> actorList = new ArrayList<>(actors.size());
        for (ActorDraft a : actors.values()) {
            actorList.add(new Actor(a.id, a.name, a.kind, null, a.region, cities.canonical(a.country, a.city),
                    a.country, a.location, null, null, a.sme, List.of(), List.of(), List.of()));
        }
        List<Participation> participationList = participations.values().stream()
                .map(p -> new Participation(p.projectId, p.organisationId, p.role, p.contribution)).toList();
        return new NetworkBatch(actorList, List.of(), List.of(), List.of(), List.copyOf(activities.values()),
                participationList);
    }

    private void project(SourceRow row) {
        Fields f = new Fields(row, problems);
        String id = f.required("id");
        String acronym = f.text("acronym");
        String title = f.text("title");
        LocalDate start = f.date("startDate");
        LocalDate end = f.date("endDate");
        if (start != null && end != null && end.isBefore(start)) {
            f.problem("endDate", f.raw("endDate"), "is before startDate " + start);
        }
        String programme = f.single("frameworkProgramme");
        String scheme = f.single("fundingScheme");
        String name = acronym != null ? acronym : title != null ? title : id;
        if (id != null) {
            Long first = projectLines.putIfAbsent(id, f.line());
            if (first != null) {
                f.problem("id", f.raw("id"), "is a duplicate of line " + first);
            }
        }
        if (f.ok()) {
            activities.put(id, new Activity(id, name, ActivityKind.JOINT_RD_PROJECT, start, end, programme, scheme));
        }
    }

    private void organisation(SourceRow row) {
        Fields f = new Fields(row, problems);
        String projectId = f.required("projectID");
        String organisationId = f.required("organisationID");
        String name = f.required("name");
        ActorKind kind = kind(f);
        Boolean sme = f.bool("SME");
        String country = f.country("country");
        String region = f.single("nutsCode");
        String city = f.single("city");
        GeoLocation location = f.location("geolocation");
        String updated = f.timestamp("contentUpdateDate");
        String role = role(f.parts("role"));
        Double contribution = f.amount("ecContribution");
        if (!f.ok()) {
            return;
        }
        if (!activities.containsKey(projectId)) {
            unresolvedProjects.putIfAbsent(projectId, new Reference(f.file(), f.line(), f.raw("projectID")));
        }
        ActorDraft draft = new ActorDraft(organisationId, name, kind, region, city, country, location, sme, updated);
        cities.see(country, city);
        actors.merge(organisationId, draft, ActorDraft::newer);
        participations.merge(projectId + "\n" + organisationId,
                new ParticipationDraft(projectId, organisationId, role, contribution), ParticipationDraft::combine);
    }

    /** The actor kind of {@code activityType}; repeated values take the first ({@code "PRC;PRC"} → company). */
    private static ActorKind kind(Fields f) {
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

        ParticipationDraft combine(ParticipationDraft other) {
            List<String> roles = new ArrayList<>(2);
            if (role != null) {
                roles.add(role);
            }
            if (other.role != null) {
                roles.add(other.role);
            }
            String r = CordisImport.role(roles);
            Double c = contribution == null ? other.contribution
                    : other.contribution == null ? contribution : contribution + other.contribution;
            return new ParticipationDraft(projectId, organisationId, r, c);
        }
    }
}
