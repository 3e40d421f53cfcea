package io.kaonet.importers.cordis;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.TwoPassImporter;
import io.kaonet.importers.text.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToLongBiFunction;

/**
 * Reads the European Commission's CORDIS open data on EU-funded projects (Horizon Europe, H2020,
 * FP7 share the shape): the project file becomes {@linkplain io.kaonet.core.model.Activity activities},
 * the organisation file (one row per organisation per project) becomes one
 * {@linkplain io.kaonet.core.model.Actor actor} per {@code organisationID} and one
 * {@linkplain io.kaonet.core.model.Participation participation} per organisation and project.
 * Co-participation ties are not stored: analyses project them from the participations.
 *
 * <p>Files: {@code project.csv} or {@code project.json} (optional when the projects are already
 * stored), and {@code organization.csv} or {@code organization.json} (required). CSV may be
 * separated by {@code ,} or {@code ;} (found from the header line); JSON is an array of objects
 * with the same field names, where a list value reads like CORDIS CSV's {@code ;}-joined values.
 * Other columns and files of a CORDIS download are ignored.
 *
 * <p>Mapping: {@code activityType} PRC → {@link ActorKind#COMPANY}, HES → {@link ActorKind#UNIVERSITY},
 * REC → {@link ActorKind#RESEARCH_INSTITUTE}, PUB → {@link ActorKind#GOVERNMENT}, OTH or empty →
 * {@link ActorKind#SUPPORT_ORGANIZATION}; {@code SME} → sme; {@code nutsCode} → region;
 * {@code country} → country (EL → GR, UK → GB, XK kept); {@code geolocation} → location. Projects:
 * {@code id}, {@code acronym} (name; the title when there is none), {@code startDate},
 * {@code endDate}, {@code frameworkProgramme}, {@code fundingScheme}; kind
 * {@link io.kaonet.core.model.ActivityKind#JOINT_RD_PROJECT}. Participations: {@code role},
 * {@code ecContribution}.
 *
 * <p>Quirks of real exports that are read, not refused: repeated values of an organisation listed
 * twice in a project ({@code "PRC;PRC"}, {@code "participant;thirdParty"}: the first kind, the most
 * central role, contributions added; two rows for the same organisation and project likewise become
 * one participation); decimal commas; empty NUTS codes, SME flags and contributions; an
 * organisation described differently in different rows (the row with the latest
 * {@code contentUpdateDate} wins, the first among equals); city spellings ({@code MUNCHEN},
 * {@code MUENCHEN}, {@code München} become one, by the rule of every format,
 * {@link io.kaonet.importers.CitySpellings}, every row counted; an organisation keeps the spellings
 * its rows gave as provenance); quoted fields with
 * separators and line breaks.
 *
 * <p>Refused, with file, line, field and value: bad syntax, encoding or binary content, a missing
 * required column ({@code projectID}, {@code organisationID}, {@code name}, {@code activityType};
 * {@code id} of projects), unknown activity types, bad numbers, dates, country codes and locations,
 * a project ending before it starts, duplicate project ids, and organisation rows whose project is
 * neither in the project file nor (per {@link KnownIds}) stored.
 *
 * <p>Large files ({@link TwoPassImporter}): {@link #validate} checks the folder exactly as
 * {@link #read(Path, KnownIds)} does, and {@link #emit} then hands the same records on in chunks
 * (actors, then activities, then participations) without ever holding the activities or
 * participations: both keep only what must be known before the first record is written — per
 * organisation the description that wins and the spellings of its city, per project its id, and per
 * participation row one 64-bit hash in a primitive hash set (to find organisations listed twice in a
 * project; those pairs alone are held, by their exact key, and combined). An actor cannot be written
 * before the last row naming it was read, so {@code emit} reads the organisation file twice and the
 * project file once, and needs no state from {@code validate}.
 *
 * <p>Complexity: O(input size) time per pass. Memory: {@link #read(Path, KnownIds)} holds every
 * record; {@code validate} and {@code emit} hold O(organisations + projects) objects and 8 to 16
 * bytes per participation row, besides one chunk, whatever the width of the rows (measured on a
 * synthetic export of Horizon 2020's size, 34,000 organisations, 35,000 projects and 179,000 rows in
 * 132 MB of CSV: about 25 MB live during {@code emit}; both passes run in a 40 MB heap, where
 * {@code read} runs out of memory in 64 MB). Stateless and thread-safe.
 *
 * <p>Reference: European Commission, CORDIS — EU research projects under Horizon Europe (2021-2027),
 * data.europa.eu, CC BY 4.0.
 */
public final class CordisImporter implements TwoPassImporter {

    /** Accepted names of the project file. */
    public static final List<String> PROJECT_FILES = List.of("project.csv", "project.json");
    /** Accepted names of the organisation file. */
    public static final List<String> ORGANISATION_FILES = List.of("organization.csv", "organization.json");

    private final ToLongBiFunction<String, String> pairHash;

    /** An importer. */
    public CordisImporter() {
        this(CordisImport::pairHash);
    }

    /** An importer whose emission finds repeated (project, organisation) pairs with the given hash (for tests of collisions). */
    CordisImporter(ToLongBiFunction<String, String> pairHash) {
        this.pairHash = Objects.requireNonNull(pairHash, "pair hash must not be null");
    }

    /**
     * The actor kind of a CORDIS {@code activityType} code (any case), or null for an unknown code.
     *
     * @throws NullPointerException if the code is null
     */
    public static ActorKind kindOf(String activityType) {
        return switch (activityType.strip().toUpperCase(Locale.ROOT)) {
            case "PRC" -> ActorKind.COMPANY;
            case "HES" -> ActorKind.UNIVERSITY;
            case "REC" -> ActorKind.RESEARCH_INSTITUTE;
            case "PUB" -> ActorKind.GOVERNMENT;
            case "OTH", "" -> ActorKind.SUPPORT_ORGANIZATION;
            default -> null;
        };
    }

    /**
     * Reads the CORDIS files of a folder (other files are ignored; names are matched ignoring case).
     *
     * @param folder the folder holding {@code organization.csv} (or {@code .json}) and usually {@code project.csv}
     * @param known  the ids already stored, for projects the folder does not hold
     * @return the validated records
     * @throws ImportException      if any problem was found, including a missing organisation file
     * @throws UncheckedIOException if a file cannot be read for reasons other than its content
     */
    public NetworkBatch read(Path folder, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Folder files = Folder.of(folder);
        return new CordisImport(new Problems(), pairHash).collect(files.projects(), files.organisations(), known);
    }

    /**
     * Checks the CORDIS files of a folder as {@link #read(Path, KnownIds)} does (the same problems in
     * the same order), keeping only the organisations' descriptions, the project ids and a 64-bit hash
     * per participation row: the first pass of a large import.
     *
     * @param folder the folder holding {@code organization.csv} (or {@code .json}) and usually {@code project.csv}
     * @param known  the ids already stored, for projects the folder does not hold
     * @return the records {@link #emit} will hand on: actors, activities and participations (pairs
     *         counted by hash; in the unlikely case that two pairs' hashes collide, one fewer)
     * @throws ImportException      if any problem was found, including a missing organisation file
     * @throws UncheckedIOException if a file cannot be read for reasons other than its content
     */
    @Override
    public long validate(Path folder, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Folder files = Folder.of(folder);
        return new CordisImport(new Problems(), pairHash).validate(files.projects(), files.organisations(), known);
    }

    /**
     * Reads the CORDIS files of a folder that {@link #validate} accepted and hands on the records of
     * {@link #read(Path, KnownIds)} in chunks: every actor, then the activities in the order of the
     * project file, then the participations in the order of the organisation file (an organisation
     * listed more than once in a project: one combined participation, after the others). Works
     * without an earlier {@code validate} on this instance: it reads the organisation file once more
     * first, to settle the actors and find the repeated pairs (the check against stored projects is
     * {@code validate}'s and is not repeated).
     *
     * @throws ImportException          if the files have a problem (they changed since validation)
     * @throws IllegalArgumentException if {@code chunkRecords} is not positive
     * @throws UncheckedIOException     if a file cannot be read for reasons other than its content
     */
    @Override
    public long emit(Path folder, int chunkRecords, Consumer<NetworkBatch> chunks) {
        if (chunkRecords < 1) {
            throw new IllegalArgumentException("chunkRecords must be positive, was " + chunkRecords);
        }
        Objects.requireNonNull(chunks, "chunk consumer must not be null");
        Folder files = Folder.of(folder);
        return new CordisImport(new Problems(), pairHash).emit(files.projects(), files.organisations(), chunkRecords, chunks);
    }

    /**
     * Reads uploaded CORDIS files by name ({@code organization.csv}, {@code project.json}, …; a folder
     * part before the last {@code /} or {@code \} is ignored). The streams are read and closed.
     *
     * @throws ImportException      if any problem was found, including an unknown, repeated or missing file
     * @throws UncheckedIOException if a stream fails for reasons other than its content
     */
    public NetworkBatch read(Map<String, ? extends InputStream> files, KnownIds known) {
        Objects.requireNonNull(known, "known ids must not be null");
        Problems problems = new Problems();
        String projectName = null;
        String organisationName = null;
        InputStream projects = null;
        InputStream organisations = null;
        for (var e : files.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String name = InputFiles.fileName(e.getKey());
            String lower = name.toLowerCase(Locale.ROOT);
            InputStream in = Objects.requireNonNull(e.getValue(), "stream of " + name + " must not be null");
            if (PROJECT_FILES.contains(lower) && projects == null) {
                projectName = name;
                projects = in;
            } else if (ORGANISATION_FILES.contains(lower) && organisations == null) {
                organisationName = name;
                organisations = in;
            } else {
                problems.add(ImportProblem.ofFile(name, PROJECT_FILES.contains(lower) || ORGANISATION_FILES.contains(lower)
                        ? "is given twice" : "is not a CORDIS file (expected organization.csv or .json, and project.csv or .json)"));
            }
        }
        if (organisations == null) {
            problems.add(ImportProblem.ofFile("import", "has no CORDIS organisation file (organization.csv or organization.json)"));
        }
        try {
            problems.throwIfAny();
            InputStream p = projects;
            InputStream o = organisations;
            return new CordisImport(problems, pairHash).collect(p == null ? null : new CordisImport.Source(projectName, () -> p),
                    new CordisImport.Source(organisationName, () -> o), known);
        } finally {
            files.values().forEach(InputFiles::closeQuietly);
        }
    }

    /** The CORDIS files of a folder: the project file (or null) and the organisation file. */
    private record Folder(CordisImport.Source projects, CordisImport.Source organisations) {

        /** Finds the files; refuses a folder without an organisation file or with a file twice. */
        static Folder of(Path folder) {
            String folderName = InputFiles.requireFolder(folder);
            Path projects = null;
            Path organisations = null;
            Problems problems = new Problems();
            try (var entries = Files.list(folder)) {
                for (Path p : entries.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (PROJECT_FILES.contains(name)) {
                        if (projects != null) {
                            problems.add(ImportProblem.ofFile(p.getFileName().toString(), "is a second project file beside " + projects.getFileName()));
                        }
                        projects = p;
                    } else if (ORGANISATION_FILES.contains(name)) {
                        if (organisations != null) {
                            problems.add(ImportProblem.ofFile(p.getFileName().toString(), "is a second organisation file beside " + organisations.getFileName()));
                        }
                        organisations = p;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (organisations == null) {
                problems.add(ImportProblem.ofFile(folderName, "holds no CORDIS organisation file (organization.csv or organization.json)"));
            }
            problems.throwIfAny();
            return new Folder(source(projects), source(organisations));
        }

        private static CordisImport.Source source(Path file) {
            return file == null ? null : new CordisImport.Source(file.getFileName().toString(), () -> InputFiles.open(file));
        }
    }
}
