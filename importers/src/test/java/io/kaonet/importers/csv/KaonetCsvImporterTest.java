package io.kaonet.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

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
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.InputFiles;
import io.kaonet.importers.KnownIds;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KaonetCsvImporterTest {

    /** The example of docs/data-formats.md, file by file, read from the document itself. */
    static Map<String, String> docExample() {
        try {
            String doc = Files.readString(Path.of("..", "docs", "data-formats.md"));
            String example = doc.substring(doc.indexOf("### Example"), doc.indexOf("### Errors"));
            Matcher m = Pattern.compile("`([a-z]+\\.csv)`\\s*```csv\\n(.*?)```", Pattern.DOTALL).matcher(example);
            Map<String, String> files = new LinkedHashMap<>();
            while (m.find()) {
                files.put(m.group(1), m.group(2));
            }
            assertThat(files).containsOnlyKeys("clusters.csv", "actors.csv", "ties.csv", "memberships.csv");
            return files;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String ACTORS = """
            id,name,kind
            a1,Alpha Works,COMPANY
            a2,Beta University,UNIVERSITY
            a3,Gamma Bank,FINANCIER
            """;

    @TempDir
    Path dir;
    private final KaonetCsvImporter importer = new KaonetCsvImporter();

    void write(String name, String content) {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String name, byte[] content) {
        InputFiles.write(dir, name, content);
    }

    /** What {@code read} returns; the large-file passes are checked to give the same records. */
    NetworkBatch read() {
        NetworkBatch whole = importer.read(dir, KnownIds.NONE);
        assertThat(KaonetCsvTwoPassTest.AGREEMENT.assertAgreeWithRead(dir, KnownIds.NONE)).isTrue();
        return whole;
    }

    List<ImportProblem> problems() {
        return problems(KnownIds.NONE);
    }

    /** The problems {@code read} reports; the validation pass is checked to report the same ones. */
    List<ImportProblem> problems(KnownIds known) {
        List<ImportProblem> found = catchThrowableOfType(ImportException.class, () -> importer.read(dir, known)).problems();
        assertThat(catchThrowableOfType(ImportException.class, () -> importer.validate(dir, known)))
                .as("validation refuses what read refuses").isNotNull()
                .extracting(ImportException::problems).isEqualTo(found);
        return found;
    }

    /** The only problem reported, as (file, line, field, value). */
    Tuple only() {
        List<ImportProblem> found = problems();
        assertThat(found).hasSize(1);
        ImportProblem p = found.get(0);
        return tuple(p.file(), p.line(), p.field(), p.value());
    }

    static Tuple at(String file, long line, String field, String value) {
        return tuple(file, line, field, value);
    }

    @Nested
    class ValidInput {

        @Test
        void exampleOfTheFormatDocumentReadsToItsRecords() {
            docExample().forEach(KaonetCsvImporterTest.this::write);

            NetworkBatch batch = read();

            assertThat(batch.clusters()).containsExactly(new Cluster("TAMA",
                    "TAMA Association (Tama Industrial Artery Area)", "Kanto", "JP", ClusterType.METROPOLITAN, null));
            assertThat(batch.actors()).containsExactly(
                    new Actor("tama-co-001", "Hachioji Precision Works", ActorKind.COMPANY, "precision machinery",
                            "Tokyo", "Hachioji", "JP", null, null, null, true,
                            List.of("micro machining", "laser"), List.of("prototyping"), List.of("sensor design")),
                    new Actor("tama-uni-01", "Tokyo Tama Institute of Technology", ActorKind.UNIVERSITY, null,
                            "Tokyo", "Hachioji", "JP", null, null, null, null,
                            List.of("MEMS"), List.of("MEMS research"), List.of()),
                    new Actor("tama-fin-01", "Tama Shinkin Bank", ActorKind.FINANCIER, "banking",
                            "Tokyo", "Tachikawa", "JP", null, null, null, null,
                            List.of(), List.of("loans"), List.of()));
            assertThat(batch.ties()).containsExactly(
                    new Tie(null, "tama-uni-01", "tama-co-001", TieKind.JOINT_RESEARCH, LocalDate.of(2003, 4, 1), null, 2.0, "ties.csv:2"),
                    new Tie(null, "tama-fin-01", "tama-co-001", TieKind.FINANCING, LocalDate.of(2004, 10, 1), null, 1.0, "ties.csv:3"));
            assertThat(batch.memberships()).containsExactly(
                    new Membership("tama-co-001", "TAMA", LocalDate.of(2001, 4, 1), null),
                    new Membership("tama-uni-01", "TAMA", LocalDate.of(2001, 4, 1), null));
            assertThat(batch.activities()).isEmpty();
            assertThat(batch.participations()).isEmpty();
        }

        @Test
        void everyOptionalColumnIsRead() {
            write("actors.csv", """
                    kind,id,name,latitude,longitude,founded,employees,sme,technologies,offers,seeks
                    COMPANY,a1,"Alpha, Ltd.",35.66,139.32,1962,120,TRUE, laser | | MEMS ,"a|b",
                    UNIVERSITY,a2,Beta University,-33.9,151.2,1850,0,false,,,
                    """);
            write("activities.csv", """
                    id,name,kind,start,end,programme,fundingScheme
                    p1,Sensor project,JOINT_RD_PROJECT,2005-04-01,2008-03-31,Regional Consortium,RIA
                    """);
            write("participations.csv", """
                    activity,actor,role,contribution
                    p1,a1,coordinator,1.5e6
                    p1,a2,participant,
                    """);
            write("ties.csv", """
                    id,source,target,kind,since,until,weight
                    t-1,a2,a1,TECHNOLOGY_TRANSFER,2006-01-01,2006-01-01,0.5
                    """);

            NetworkBatch batch = read();

            assertThat(batch.actors()).containsExactly(
                    new Actor("a1", "Alpha, Ltd.", ActorKind.COMPANY, null, null, null, null, new GeoLocation(35.66, 139.32),
                            1962, 120, true, List.of("laser", "MEMS"), List.of("a", "b"), List.of()),
                    new Actor("a2", "Beta University", ActorKind.UNIVERSITY, null, null, null, null, new GeoLocation(-33.9, 151.2),
                            1850, 0, false, List.of(), List.of(), List.of()));
            assertThat(batch.activities()).containsExactly(new Activity("p1", "Sensor project", ActivityKind.JOINT_RD_PROJECT,
                    LocalDate.of(2005, 4, 1), LocalDate.of(2008, 3, 31), "Regional Consortium", "RIA"));
            assertThat(batch.participations()).containsExactly(
                    new Participation("p1", "a1", "coordinator", 1.5e6), new Participation("p1", "a2", "participant", null));
            assertThat(batch.ties()).containsExactly(new Tie("t-1", "a2", "a1", TieKind.TECHNOLOGY_TRANSFER,
                    LocalDate.of(2006, 1, 1), LocalDate.of(2006, 1, 1), 0.5, "ties.csv:2"));
        }

        @Test
        void tieSourceNamesTheLineItsRecordStartsOn() {
            write("actors.csv", ACTORS);
            write("ties.csv", "source,target,kind,weight\r\n\r\na1,a2,ALLIANCE,\r\n\"a2\n\",a3,SUPPLY,\na3,a1,SUPPLY,\n");

            assertThat(read().ties()).extracting(Tie::source).containsExactly("ties.csv:3", "ties.csv:4", "ties.csv:6");
        }

        @Test
        void referencesOutsideTheFilesAreLookedUpOncePerKindWithOnlyTheUnresolvedIds() {
            write("actors.csv", ACTORS);
            write("ties.csv", """
                    source,target,kind
                    a1,stored-1,ALLIANCE
                    stored-2,a2,ALLIANCE
                    a3,stored-1,FINANCING
                    """);
            write("memberships.csv", "actor,cluster\na1,TAMA\nstored-2,KINKI\n");
            List<String> calls = new ArrayList<>();
            KnownIds known = (kind, ids) -> {
                calls.add(kind + " " + ids);
                return Set.of("stored-1", "stored-2", "TAMA", "KINKI");
            };

            NetworkBatch batch = importer.read(dir, known);

            assertThat(calls).containsExactly("ACTOR [stored-1, stored-2]", "CLUSTER [TAMA, KINKI]");
            assertThat(batch.ties()).hasSize(3);
            assertThat(batch.memberships()).hasSize(2);
            calls.clear();
            assertThat(importer.validate(dir, known)).isEqualTo(batch.size());
            assertThat(calls).as("the validation pass asks the same").containsExactly("ACTOR [stored-1, stored-2]", "CLUSTER [TAMA, KINKI]");
        }

        @Test
        void uploadedFilesReadLikeAFolder() {
            Map<String, InputStream> uploads = new LinkedHashMap<>();
            docExample().forEach((name, content) ->
                    uploads.put("upload/" + name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
            docExample().forEach(KaonetCsvImporterTest.this::write);

            assertThat(importer.read(uploads, KnownIds.NONE)).isEqualTo(read());
        }
    }

    @Nested
    class Values {

        @BeforeEach
        void actors() {
            write("actors.csv", ACTORS);
        }

        @Test
        void missingRequiredValueIsReported() {
            write("ties.csv", "source,target,kind\na1, ,ALLIANCE\n");

            assertThat(only()).isEqualTo(at("ties.csv", 2, "target", null));
            assertThat(problems().get(0).message()).isEqualTo("is required");
        }

        @Test
        void duplicateIdNamesBothLines() {
            write("actors.csv", ACTORS + "a2,Beta Again,UNIVERSITY\n");

            assertThat(problems()).containsExactly(
                    new ImportProblem("actors.csv", 5, "id", "a2", "is a duplicate of line 3"));
        }

        @Test
        void sameUndirectedTieWithItsEndsSwappedIsADuplicate() {
            write("ties.csv", "source,target,kind,since\na1,a2,ALLIANCE,2001-01-01\na2,a1,ALLIANCE,2001-01-01\na2,a1,ALLIANCE,\n");

            assertThat(problems()).containsExactly(new ImportProblem("ties.csv", 3, null, "ALLIANCE a1 -- a2 since 2001-01-01",
                    "is the same tie (kind, ends and since) as line 2"));
        }

        @Test
        void directedTiesInOppositeDirectionsAreDifferentTiesButRepeatedIdsAreNot() {
            write("ties.csv", "id,source,target,kind\n,a1,a2,SUPPLY\n,a2,a1,SUPPLY\nx,a1,a3,SUPPLY\nx,a3,a2,SUPPLY\n");

            assertThat(only()).isEqualTo(at("ties.csv", 5, "id", "x"));
        }

        @Test
        void unknownKindListsTheAllowedOnes() {
            write("actors.csv", ACTORS + "a4,Delta,BANK\n");

            assertThat(only()).isEqualTo(at("actors.csv", 5, "kind", "BANK"));
            assertThat(problems().get(0).message()).isEqualTo("is not an actor kind (allowed: COMPANY, UNIVERSITY, "
                    + "RESEARCH_INSTITUTE, TLO, FINANCIER, COORDINATOR, GOVERNMENT, SUPPORT_ORGANIZATION, INCUBATOR, "
                    + "TRADING_FIRM, PROFESSIONAL)");
        }

        @Test
        void kindInTheWrongCaseGetsASuggestion() {
            write("actors.csv", ACTORS + "a4,Delta,company\n");

            assertThat(problems().get(0).message()).startsWith("is not an actor kind (did you mean COMPANY? allowed: COMPANY,");
        }

        @Test
        void derivedTieKindCannotBeImported() {
            write("ties.csv", "source,target,kind\na1,a2,CO_PARTICIPATION\n");

            assertThat(only()).isEqualTo(at("ties.csv", 2, "kind", "CO_PARTICIPATION"));
            assertThat(problems().get(0).message()).doesNotContain("CO_PARTICIPATION,").endsWith("INTRODUCTION)");
        }

        @Test
        void referencesToUnknownActorsClustersAndActivitiesAreReported() {
            write("clusters.csv", "id,name\nTAMA,TAMA\n");
            write("activities.csv", "id,name,kind\np1,Project,GRANT\n");
            write("ties.csv", "source,target,kind\na1,a2,ALLIANCE\na1,tama-co-999,ALLIANCE\n");
            write("memberships.csv", "actor,cluster\na1,TAMA\na1,KINKI\n");
            write("participations.csv", "activity,actor\np1,a1\np2,a1\n");

            assertThat(problems()).containsExactly(
                    new ImportProblem("ties.csv", 3, "target", "tama-co-999", "is not a known actor"),
                    new ImportProblem("memberships.csv", 3, "cluster", "KINKI", "is not a known cluster"),
                    new ImportProblem("participations.csv", 3, "activity", "p2", "is not a known activity"));
        }

        @Test
        void idsTheDatabaseDoesNotKnowAreReportedAfterOneLookUp() {
            write("ties.csv", "source,target,kind\na1,stored,ALLIANCE\na1,gone,ALLIANCE\n");
            List<Collection<String>> asked = new ArrayList<>();

            List<ImportProblem> found = problems((kind, ids) -> {
                asked.add(ids);
                return Set.of("stored");
            });

            assertThat(asked).as("read's look-up, then validation's").containsExactly(List.of("stored", "gone"), List.of("stored", "gone"));
            assertThat(found).containsExactly(new ImportProblem("ties.csv", 3, "target", "gone", "is not a known actor"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "2003-13-01", "2003-02-30", "2003-4-1", "01/04/2003", "2003-04-01T00:00"})
        void badDateIsReportedWithTheExpectedForm(String date) {
            write("ties.csv", "source,target,kind,since\na1,a2,ALLIANCE,2003-04-01\na1,a3,ALLIANCE," + date + "\n");

            assertThat(problems()).containsExactly(
                    new ImportProblem("ties.csv", 3, "since", date, "is not a date (expected yyyy-MM-dd)"));
        }

        @ParameterizedTest(name = "weight {0}")
        @CsvSource(delimiter = '|', value = {"'1,5'", "abc", "NaN", "Infinity", "1e999", "0x10", "2d"})
        void badNumberIsReported(String weight) {
            write("ties.csv", "source,target,kind,weight\na1,a2,ALLIANCE,\"" + weight + "\"\n");

            assertThat(only()).isEqualTo(at("ties.csv", 2, "weight", weight));
            assertThat(problems().get(0).message()).startsWith("is not a number");
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
            "employees | 12.5 | is not a whole number",
            "employees | 99999999999 | is not a whole number within ±2147483647",
            "founded   | 1999.0 | is not a whole number",
            "sme       | yes | is not true or false",
            "country   | jp | is not an ISO 3166-1 alpha-2 country code (write it in capitals: JP)",
            "country   | Japan | is not an ISO 3166-1 alpha-2 country code (e.g. JP, IT, US)"})
        void badActorValueIsReported(String column, String value, String message) {
            write("actors.csv", "id,name,kind," + column + "\na1,Alpha,COMPANY," + value + "\n");

            assertThat(problems()).containsExactly(new ImportProblem("actors.csv", 2, column, value, message));
        }

        @ParameterizedTest(name = "{1} = {2}")
        @CsvSource(delimiter = '|', value = {
            "actors.csv         | employees    | -3         | must not be negative",
            "actors.csv         | founded      | 3000       | is not a founding year",
            "actors.csv         | latitude     | 90.5       | is out of range (expected -90 to 90)",
            "actors.csv         | longitude    | -180.01    | is out of range (expected -180 to 180)",
            "ties.csv           | weight       | 0          | must be positive",
            "ties.csv           | weight       | -1         | must be positive",
            "ties.csv           | until        | 2003-03-31 | is before since 2003-04-01",
            "memberships.csv    | until        | 2000-12-31 | is before since 2001-04-01",
            "activities.csv     | end          | 2004-03-31 | is before start 2005-04-01",
            "participations.csv | contribution | -0.5       | must not be negative"})
        void outOfRangeValueIsReported(String file, String column, String value, String message) {
            write("clusters.csv", "id,name\nTAMA,TAMA\n");
            write("actors.csv", "id,name,kind,employees,founded,latitude,longitude\na1,Alpha,COMPANY,1,1990,35,139\n"
                    + "a2,Beta,COMPANY,,,,\n");
            write("ties.csv", "source,target,kind,since,until,weight\na1,a2,ALLIANCE,2003-04-01,,\n");
            write("memberships.csv", "actor,cluster,since,until\na1,TAMA,2001-04-01,\n");
            write("activities.csv", "id,name,kind,start,end\np1,Project,GRANT,2005-04-01,\n");
            write("participations.csv", "activity,actor,contribution\np1,a1,\n");
            String header = read(file).lines().findFirst().orElseThrow();
            int index = List.of(header.split(",")).indexOf(column);
            List<String> lines = read(file).lines().toList();
            String[] row = lines.get(1).split(",", -1);
            row[index] = value;
            List<String> changed = new ArrayList<>(lines);
            changed.set(1, String.join(",", row));
            write(file, String.join("\n", changed) + "\n");

            List<ImportProblem> found = problems();
            assertThat(found).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field, ImportProblem::value)
                    .containsExactly(at(file, 2, column, value));
            assertThat(found.get(0).message()).startsWith(message);
        }

        private String read(String file) {
            try {
                return Files.readString(dir.resolve(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void latitudeWithoutLongitudeIsReported() {
            write("actors.csv", "id,name,kind,latitude,longitude\na1,Alpha,COMPANY,35.6,\n");

            assertThat(problems()).containsExactly(
                    new ImportProblem("actors.csv", 2, "longitude", null, "is required when latitude is given"));
        }

        @Test
        void tieFromAnActorToItselfIsReported() {
            write("ties.csv", "source,target,kind\na1,a1,ALLIANCE\n");

            assertThat(only()).isEqualTo(at("ties.csv", 2, "target", "a1"));
        }

        @Test
        void everyProblemOfOneRowIsReported() {
            write("ties.csv", "source,target,kind,since,until,weight\n,a2,FRIENDSHIP,yesterday,2001-01-01,-2\n");

            assertThat(problems()).extracting(ImportProblem::field)
                    .containsExactly("source", "kind", "since", "weight");
        }
    }

    @Nested
    class Files_ {

        @Test
        void wrongHeaderNamesTheColumnOnLineOne() {
            write("actors.csv", "id,nmae,kind\na1,Alpha,COMPANY\n");

            assertThat(problems()).containsExactly(
                    new ImportProblem("actors.csv", 1, "nmae", null, "is not a column of actors.csv (expected: id, name, kind, "
                            + "industry, region, city, country, latitude, longitude, founded, employees, sme, technologies, offers, seeks)"),
                    new ImportProblem("actors.csv", 1, "name", null, "required column is missing"));
        }

        @Test
        void unreadableActorsFileDoesNotMakeEveryTieReportUnknownActors() {
            write("actors.csv", "id,kind\na1,COMPANY\na2,COMPANY\n");
            write("ties.csv", "source,target,kind\na1,a2,ALLIANCE\na2,a1,SUPPLY\n");

            assertThat(only()).isEqualTo(at("actors.csv", 1, "name", null));
        }

        @Test
        void brokenQuoteIsReportedWithFileLineAndField() {
            write("actors.csv", ACTORS);
            write("ties.csv", "source,target,kind\na1,a2,ALLIANCE\na1,\"a3,FINANCING\n");

            assertThat(only()).isEqualTo(at("ties.csv", 3, "target", "a3,FINANCING\n"));
        }

        @Test
        void wrongNumberOfFieldsIsReported() {
            write("actors.csv", ACTORS + "a4,Delta\n");

            assertThat(only()).isEqualTo(at("actors.csv", 5, "kind", null));
            assertThat(problems().get(0).message()).isEqualTo("row has 2 fields, the header has 3");
        }

        @Test
        void emptyFileIsRefused() {
            write("actors.csv", ACTORS);
            write("memberships.csv", "");

            assertThat(problems()).containsExactly(ImportProblem.ofFile("memberships.csv", "is empty: it has no header line"));
        }

        @Test
        void binaryFileIsRefusedNamingTheFile() {
            write("actors.csv", new byte[] {'P', 'K', 3, 4, 10, 0, 0, 0, 8, 0});

            assertThat(only()).isEqualTo(at("actors.csv", 1, "column 1", "U+0003"));
        }

        @Test
        void fileThatIsNotUtf8IsRefusedNamingTheLine() {
            byte[] latin1 = "id,name,kind\na1,Société Générale,FINANCIER\n".getBytes(StandardCharsets.ISO_8859_1);
            write("actors.csv", latin1);

            assertThat(only()).isEqualTo(at("actors.csv", 2, "name", "0xE9"));
        }

        @Test
        void csvFileWithAnotherNameIsReported() {
            docExample().forEach(KaonetCsvImporterTest.this::write);
            write("actor.csv", ACTORS);
            write("README.md", "notes");

            assertThat(problems()).containsExactly(ImportProblem.ofFile("actor.csv",
                    "is not a Kaonet CSV file (expected clusters.csv, actors.csv, activities.csv, ties.csv, memberships.csv, participations.csv)"));
        }

        @Test
        void folderWithoutAnyKaonetFileIsRefused() {
            write("notes.txt", "nothing");

            assertThat(only()).isEqualTo(at(dir.getFileName().toString(), 0, null, null));
        }

        @Test
        void missingFolderIsRefused() {
            assertThatThrownBy(() -> importer.read(dir.resolve("nope"), KnownIds.NONE))
                    .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                            .containsExactly(ImportProblem.ofFile("nope", "is not a folder")));
        }

        @Test
        void uploadsWithUnknownOrRepeatedNamesAreReported() {
            Map<String, InputStream> uploads = new LinkedHashMap<>();
            uploads.put("a/actors.csv", new ByteArrayInputStream(ACTORS.getBytes(StandardCharsets.UTF_8)));
            uploads.put("b\\actors.csv", new ByteArrayInputStream(ACTORS.getBytes(StandardCharsets.UTF_8)));
            uploads.put("people.csv", new ByteArrayInputStream(ACTORS.getBytes(StandardCharsets.UTF_8)));

            assertThatThrownBy(() -> importer.read(uploads, KnownIds.NONE))
                    .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                            .extracting(ImportProblem::file, ImportProblem::message)
                            .containsExactly(tuple("actors.csv", "is given twice"),
                                    tuple("people.csv", "is not a Kaonet CSV file (expected clusters.csv, actors.csv, "
                                            + "activities.csv, ties.csv, memberships.csv, participations.csv)")));
        }
    }

    @Test
    void problemsInSeveralFilesAreAllReportedFileByFile() {
        write("clusters.csv", "id,name,type\nTAMA,TAMA,TYPE_A\n");
        write("actors.csv", ACTORS + "a1,Again,COMPANY\n");
        write("activities.csv", "id,name,kind,start\np1,Project,GRANT,2005-13-01\n");
        write("ties.csv", "source,target,kind,weight\na1,a2,ALLIANCE,0\na1,zz,ALLIANCE,\n");
        write("memberships.csv", "actor,cluster\na1,TAMA\n\"a2,TAMA\n");
        write("participations.csv", "activity,actor,role\np1,a1\n");

        assertThat(problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field, ImportProblem::value)
                .containsExactly(
                        at("clusters.csv", 2, "type", "TYPE_A"),
                        at("actors.csv", 5, "id", "a1"),
                        at("activities.csv", 2, "start", "2005-13-01"),
                        at("ties.csv", 2, "weight", "0"),
                        at("memberships.csv", 3, "actor", "a2,TAMA\n"),
                        at("participations.csv", 2, "role", null),
                        at("ties.csv", 3, "target", "zz"));
    }

    @Test
    void atMostTheCapIsListedAndTheRestIsCounted() {
        StringBuilder ties = new StringBuilder("source,target,kind,since\n");
        for (int i = 0; i < 150; i++) {
            ties.append("a1,a2,ALLIANCE,2001-01-").append(40 + i).append('\n');
        }
        write("actors.csv", ACTORS);
        write("ties.csv", ties.toString());
        write("memberships.csv", "actor,cluster\na1,NOWHERE\n");

        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.read(dir, KnownIds.NONE));

        assertThat(e.problems()).hasSize(ImportException.MAX_PROBLEMS);
        assertThat(e.truncated()).isTrue();
        assertThat(e.problems()).extracting(ImportProblem::line)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, 101).boxed().toList());
        assertThat(e.getMessage()).startsWith("import refused, 100+ problem(s):");
        assertThat(KaonetCsvTwoPassTest.AGREEMENT.assertAgreeWithRead(dir, KnownIds.NONE)).isFalse();
    }
}
