package io.kaonet.importers.cordis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.importers.CitySpellings;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.text.CsvColumns;
import io.kaonet.importers.text.CsvFormat;
import io.kaonet.importers.text.CsvReader;
import io.kaonet.importers.text.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CordisImporterTest {

    static final String PROJECT_HEADER = "id,acronym,status,title,startDate,endDate,frameworkProgramme,fundingScheme\n";
    static final String PROJECTS = PROJECT_HEADER
            + "101,SENSE,SIGNED,\"Sensors, lasers and \"\"photonics\"\"\",2023-01-01,2026-12-31,HORIZON,HORIZON-RIA\n"
            + "102,LEARN,CLOSED,\"A title\nover two lines\",2022-05-01,2023-04-30,HORIZON,HORIZON-CSA\n";
    static final String ORG_HEADER = "projectID,organisationID,name,SME,activityType,city,country,nutsCode,"
            + "geolocation,contentUpdateDate,role,ecContribution\n";

    /** The real sample: the first 100 rows of the CORDIS Horizon Europe export. */
    static Path sample() {
        String shared = System.getProperty("kaonet.shared.dir");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
        return base.resolve("data").resolve("cordis-sample");
    }

    private final CordisImporter importer = new CordisImporter();

    static Map<String, InputStream> files(String... nameThenContent) {
        Map<String, InputStream> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put(nameThenContent[i], new ByteArrayInputStream(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    NetworkBatch read(String organisations) {
        return importer.read(files("project.csv", PROJECTS, "organization.csv", organisations), KnownIds.NONE);
    }

    List<ImportProblem> problems(Map<String, InputStream> files) {
        return catchThrowableOfType(ImportException.class, () -> importer.read(files, KnownIds.NONE)).problems();
    }

    static Tuple at(String file, long line, String field) {
        return tuple(file, line, field);
    }

    @Nested
    class RealSample {

        /** Column values of a sample file read plainly, row by row, to compare the import with. */
        static List<Map<String, String>> rows(String file) {
            List<Map<String, String>> rows = new ArrayList<>();
            try (CsvReader reader = CsvReader.open(sample().resolve(file), CsvFormat.RFC_4180, new Problems())) {
                List<String> names = reader.header(CsvColumns.ANY).orElseThrow().names();
                for (CsvRecord r : reader) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        row.put(names.get(i), r.get(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }

        @Test
        void importsCleanlyWithOneActorPerOrganisationAndOneActivityPerProject() {
            NetworkBatch batch = importer.read(sample(), KnownIds.NONE);

            List<Map<String, String>> organisations = rows("organization.csv");
            Set<String> organisationIds = organisations.stream().map(r -> r.get("organisationID")).collect(Collectors.toSet());
            Set<String> pairs = organisations.stream().map(r -> r.get("projectID") + "/" + r.get("organisationID"))
                    .collect(Collectors.toSet());
            assertThat(batch.actors()).extracting(Actor::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(organisationIds);
            assertThat(batch.activities()).extracting(Activity::id)
                    .containsExactlyInAnyOrderElementsOf(rows("project.csv").stream().map(r -> r.get("id")).toList());
            assertThat(batch.participations()).hasSize(pairs.size());
            assertThat(batch.ties()).isEmpty();
        }

        @Test
        void kindsFollowTheActivityTypeOfEveryRow() {
            Map<String, Actor> actors = importer.read(sample(), KnownIds.NONE).actors().stream()
                    .collect(Collectors.toMap(Actor::id, Function.identity()));

            for (Map<String, String> row : rows("organization.csv")) {
                Actor a = actors.get(row.get("organisationID"));
                assertThat(a.kind()).as(row.get("name")).isEqualTo(CordisImporter.kindOf(row.get("activityType")));
                assertThat(a.sme()).isEqualTo(Boolean.valueOf(row.get("SME")));
            }
        }

        @Test
        void greekAndBritishCodesBecomeIsoAndGermanCitiesKeepOneSpelling() {
            List<Actor> actors = importer.read(sample(), KnownIds.NONE).actors();
            Set<String> sampleCountries = rows("organization.csv").stream().map(r -> r.get("country")).collect(Collectors.toSet());

            assertThat(sampleCountries).contains("EL", "UK");
            assertThat(actors).extracting(Actor::country).contains("GR", "GB").doesNotContain("EL", "UK");
            Actor mpg = actors.stream().filter(a -> a.name().startsWith("MAX-PLANCK")).findFirst().orElseThrow();
            assertThat(mpg.city()).isEqualTo("Munchen");
            assertThat(mpg.kind()).isEqualTo(ActorKind.RESEARCH_INSTITUTE);
            assertThat(mpg.location()).isNotNull();
        }

        @Test
        void projectsCarryDatesProgrammeAndFundingScheme() {
            Map<String, Map<String, String>> projects = rows("project.csv").stream()
                    .collect(Collectors.toMap(r -> r.get("id"), r -> r));

            for (Activity a : importer.read(sample(), KnownIds.NONE).activities()) {
                Map<String, String> p = projects.get(a.id());
                assertThat(a.start()).isEqualTo(LocalDate.parse(p.get("startDate")));
                assertThat(a.end()).isEqualTo(LocalDate.parse(p.get("endDate")));
                assertThat(a.programme()).isEqualTo(p.get("frameworkProgramme"));
                assertThat(a.fundingScheme()).isEqualTo(p.get("fundingScheme"));
                assertThat(a.name()).isEqualTo(p.get("acronym"));
            }
        }

        @Test
        void uploadedSampleReadsLikeTheFolder() throws IOException {
            Map<String, InputStream> uploads = new LinkedHashMap<>();
            for (String name : List.of("organization.csv", "project.csv")) {
                uploads.put("cordis/" + name, Files.newInputStream(sample().resolve(name)));
            }

            assertThat(importer.read(uploads, KnownIds.NONE)).isEqualTo(importer.read(sample(), KnownIds.NONE));
        }
    }

    @Nested
    class Quirks {

        @Test
        void semicolonSeparatedFileWithDecimalCommasReadsLikeTheCommaOne() {
            String comma = ORG_HEADER + "101,900,Alpha GmbH,true,PRC,Berlin,DE,DE300,\"52.5,13.4\",2023-01-01 10:00:00,coordinator,1500.5\n";
            String semicolon = ORG_HEADER.replace(',', ';')
                    + "101;900;Alpha GmbH;true;PRC;Berlin;DE;DE300;\"52,5;13,4\";2023-01-01 10:00:00;coordinator;\"1500,5\"\n";

            NetworkBatch a = read(comma);
            NetworkBatch b = importer.read(files("project.csv", PROJECTS.replace(",", ";").replace("\"Sensors; lasers", "\"Sensors, lasers"),
                    "organization.csv", semicolon), KnownIds.NONE);

            assertThat(b.actors()).isEqualTo(a.actors());
            assertThat(b.participations()).containsExactly(new Participation("101", "900", "coordinator", 1500.5));
            assertThat(b.actors().get(0).location()).isEqualTo(new GeoLocation(52.5, 13.4));
        }

        @Test
        void organisationListedTwiceInAProjectBecomesOneParticipationWithTheMostCentralRole() {
            NetworkBatch batch = read(ORG_HEADER
                    + "101,900,Alpha GmbH,False;False,PRC;PRC,Berlin,DE,,,,participant;thirdParty,\"1000,5;200\"\n"
                    + "102,900,Alpha GmbH,False,PRC,Berlin,DE,,,,thirdParty,10\n"
                    + "102,900,Alpha GmbH,False,PRC,Berlin,DE,,,,coordinator,5\n");

            assertThat(batch.actors()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(ActorKind.COMPANY);
                assertThat(a.sme()).isFalse();
                assertThat(a.region()).isNull();
            });
            assertThat(batch.participations()).containsExactly(
                    new Participation("101", "900", "participant", 1200.5),
                    new Participation("102", "900", "coordinator", 15.0));
        }

        @Test
        void citySpellingsOfOneCityBecomeTheMostFrequentOne() {
            NetworkBatch batch = read(ORG_HEADER
                    + "101,901,TU Muenchen,false,HES,MUENCHEN,DE,DE212,,,participant,\n"
                    + "101,902,Max Planck,false,REC,Munchen,DE,DE212,,,participant,\n"
                    + "102,903,Firm One,true,PRC,MÜNCHEN,DE,DE212,,,participant,\n"
                    + "102,904,Firm Two,true,PRC,Munchen,DE,DE212,,,participant,\n"
                    + "102,905,Firm Three,true,PRC,Munchen,AT,,,,participant,\n");

            assertThat(batch.actors()).extracting(Actor::city)
                    .containsExactly("Munchen", "Munchen", "Munchen", "Munchen", "Munchen");
            assertThat(CitySpellings.key("DE", "München")).isEqualTo(CitySpellings.key("DE", "MUENCHEN"))
                    .isEqualTo(CitySpellings.key("DE", "Munchen")).isNotEqualTo(CitySpellings.key("AT", "Munchen"));
        }

        @Test
        void munichCologneAndZurichVariantsMeetUnderOneSpellingChosenByCountThenAccentsWhateverTheRowOrder() {
            NetworkBatch batch = read(ORG_HEADER
                    + "101,911,A,false,PRC,MUENCHEN,DE,,,,participant,\n"
                    + "101,912,B,false,PRC,MUNCHEN,DE,,,,participant,\n"
                    + "101,913,C,false,PRC,München,DE,,,,participant,\n"
                    + "101,914,D,false,PRC,München,DE,,,,participant,\n"
                    + "101,921,E,false,PRC,KOELN,DE,,,,participant,\n"
                    + "101,922,F,false,PRC,KOLN,DE,,,,participant,\n"
                    + "101,923,G,false,PRC,Köln,DE,,,,participant,\n"
                    + "101,931,H,false,PRC,ZURICH,CH,,,,participant,\n"
                    + "101,932,I,false,PRC,ZUERICH,CH,,,,participant,\n"
                    + "101,933,J,false,PRC,ZUERICH,CH,,,,participant,\n");

            // München twice wins Munich; Cologne's three spellings tie, so the one with an umlaut (Köln) wins;
            // ZUERICH twice wins Zurich.
            assertThat(batch.actors()).extracting(Actor::city).containsExactly("München", "München", "München", "München",
                    "Köln", "Köln", "Köln", "ZUERICH", "ZUERICH", "ZUERICH");
            assertThat(batch.actors()).extracting(Actor::citySpellings).containsExactly(List.of("MUENCHEN"),
                    List.of("MUNCHEN"), List.of(), List.of(), List.of("KOELN"), List.of("KOLN"), List.of(), List.of("ZURICH"),
                    List.of(), List.of());
        }

        @Test
        void latestRowDescribesTheOrganisation() {
            NetworkBatch batch = read(ORG_HEADER
                    + "101,900,Old Name,false,PRC,Berlin,DE,DE300,,2021-01-01 00:00:00,participant,\n"
                    + "102,900,New Name,true,PRC,Berlin,DE,DE300,,2024-06-30 12:00:00,participant,\n"
                    + "102,901,Other,true,PRC,Berlin,DE,DE300,,2024-06-30 12:00:00,participant,\n");

            assertThat(batch.actors()).extracting(Actor::id, Actor::name, Actor::sme)
                    .containsExactly(tuple("900", "New Name", true), tuple("901", "Other", true));
        }

        @ParameterizedTest(name = "{0} is read as {1}")
        @CsvSource({"EL,GR", "UK,GB", "XK,XK", "de,DE", "JP,JP"})
        void cordisCountryCodesAreAccepted(String code, String iso) {
            NetworkBatch batch = read(ORG_HEADER + "101,900,Alpha,false,OTH,Somewhere," + code + ",,,,participant,\n");

            assertThat(batch.actors().get(0).country()).isEqualTo(iso);
            assertThat(batch.actors().get(0).kind()).isEqualTo(ActorKind.SUPPORT_ORGANIZATION);
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"PRC,COMPANY", "HES,UNIVERSITY", "REC,RESEARCH_INSTITUTE", "PUB,GOVERNMENT", "OTH,SUPPORT_ORGANIZATION",
                "prc,COMPANY", "'',SUPPORT_ORGANIZATION"})
        void activityTypesMapToKinds(String type, ActorKind kind) {
            NetworkBatch batch = read(ORG_HEADER + "101,900,Alpha,false," + type + ",Rome,IT,,,,participant,\n");

            assertThat(batch.actors().get(0).kind()).isEqualTo(kind);
        }

        @Test
        void quotedFieldsMayHoldSeparatorsAndLineBreaks() {
            NetworkBatch batch = read(ORG_HEADER
                    + "101,900,\"ALPHA, BETA\nAND GAMMA\",false,PRC,Rome,IT,,,,participant,\n"
                    + "102,901,Delta,false,PRC,Rome,IT,,,,participant,\n");

            assertThat(batch.actors()).extracting(Actor::name).containsExactly("ALPHA, BETA\nAND GAMMA", "Delta");
            assertThat(batch.activities()).extracting(Activity::name).containsExactly("SENSE", "LEARN");
        }

        @Test
        void jsonExportWithListValuesReadsLikeCsv() {
            String projects = """
                    [ {"id": "101", "acronym": "SENSE", "startDate": "2023-01-01", "endDate": "2026-12-31",
                       "frameworkProgramme": "HORIZON", "fundingScheme": "HORIZON-RIA", "totalCost": 1500000.5},
                      {"id": 102, "acronym": null, "title": "A title", "startDate": "2022-05-01", "endDate": "2023-04-30",
                       "frameworkProgramme": "HORIZON", "fundingScheme": "HORIZON-CSA"} ]
                    """;
            String organisations = """
                    [
                      {"projectID": "101", "organisationID": "900", "name": "Alpha GmbH", "SME": true,
                       "activityType": ["PRC", "PRC"], "role": ["participant", "thirdParty"],
                       "ecContribution": [1000.5, 200], "city": "Berlin", "country": "DE", "nutsCode": "",
                       "geolocation": "52.5,13.4"},
                      {"projectID": 102, "organisationID": 901, "name": "Beta Uni", "SME": false,
                       "activityType": "HES", "role": "coordinator", "country": "EL"}
                    ]
                    """;

            NetworkBatch batch = importer.read(files("project.json", projects, "organization.json", organisations), KnownIds.NONE);

            assertThat(batch.activities()).containsExactly(
                    new Activity("101", "SENSE", ActivityKind.JOINT_RD_PROJECT, LocalDate.of(2023, 1, 1),
                            LocalDate.of(2026, 12, 31), "HORIZON", "HORIZON-RIA"),
                    new Activity("102", "A title", ActivityKind.JOINT_RD_PROJECT, LocalDate.of(2022, 5, 1),
                            LocalDate.of(2023, 4, 30), "HORIZON", "HORIZON-CSA"));
            assertThat(batch.actors()).containsExactly(
                    new Actor("900", "Alpha GmbH", ActorKind.COMPANY, null, null, "Berlin", "DE", new GeoLocation(52.5, 13.4),
                            null, null, true, List.of(), List.of(), List.of()),
                    new Actor("901", "Beta Uni", ActorKind.UNIVERSITY, null, null, null, "GR", null,
                            null, null, false, List.of(), List.of(), List.of()));
            assertThat(batch.participations()).containsExactly(new Participation("101", "900", "participant", 1200.5),
                    new Participation("102", "901", "coordinator", null));
        }

        @Test
        void projectsAlreadyStoredMayBeLeftOut() {
            Set<String> asked = new HashSet<>();
            NetworkBatch batch = importer.read(files("organization.csv",
                    ORG_HEADER + "777,900,Alpha,false,PRC,Rome,IT,,,,participant,\n"), (kind, ids) -> {
                        asked.addAll(ids);
                        return Set.copyOf(ids);
                    });

            assertThat(asked).containsExactly("777");
            assertThat(batch.participations()).containsExactly(new Participation("777", "900", "participant", null));
        }
    }

    @Nested
    class BadInput {

        Tuple first(Map<String, InputStream> files) {
            ImportProblem p = problems(files).get(0);
            return tuple(p.file(), p.line(), p.field());
        }

        @Test
        void missingRequiredColumnIsReportedOnTheHeader() {
            assertThat(first(files("project.csv", PROJECTS, "organization.csv",
                    "projectID,name,activityType\n101,Alpha,PRC\n"))).isEqualTo(at("organization.csv", 1, "organisationID"));
        }

        @Test
        void brokenQuotingNamesTheRecordLine() {
            assertThat(first(files("project.csv", PROJECTS, "organization.csv",
                    ORG_HEADER + "101,900,Alpha,false,PRC,Rome,IT,,,,participant,\n101,901,\"Beta,false,PRC,Rome,IT,,,,participant,\n")))
                    .isEqualTo(at("organization.csv", 3, "name"));
        }

        @Test
        void wrongTypesAreReportedFieldByField() {
            List<ImportProblem> found = problems(files("project.csv", PROJECT_HEADER + "101,A,SIGNED,T,2023-13-01,2022-01-01,H,S\n",
                    "organization.csv", ORG_HEADER + "101,900,Alpha,maybe,XYZ,Rome,ZZ,,\"91.0,10\",,participant,lots\n"));

            assertThat(found).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field).containsExactly(
                    at("project.csv", 2, "startDate"),
                    at("organization.csv", 2, "activityType"), at("organization.csv", 2, "SME"),
                    at("organization.csv", 2, "country"), at("organization.csv", 2, "geolocation"),
                    at("organization.csv", 2, "ecContribution"));
            assertThat(found.get(1).value()).isEqualTo("XYZ");
        }

        @Test
        void projectEndingBeforeItStartsIsRefused() {
            assertThat(first(files("project.csv", PROJECT_HEADER + "101,A,SIGNED,T,2023-01-01,2022-01-01,H,S\n",
                    "organization.csv", ORG_HEADER))).isEqualTo(at("project.csv", 2, "endDate"));
        }

        @Test
        void unknownProjectIsReportedAtTheFirstRowNamingIt() {
            assertThat(problems(files("project.csv", PROJECTS, "organization.csv",
                    ORG_HEADER + "999,900,Alpha,false,PRC,Rome,IT,,,,participant,\n999,901,Beta,false,PRC,Rome,IT,,,,participant,\n")))
                    .containsExactly(new ImportProblem("organization.csv", 2, "projectID", "999",
                            "is not a known project (neither in the project file nor stored)"));
        }

        @Test
        void duplicateProjectIdNamesTheFirstLine() {
            assertThat(problems(files("project.csv", PROJECTS + "101,X,SIGNED,T,,,H,S\n", "organization.csv", ORG_HEADER)))
                    .containsExactly(new ImportProblem("project.csv", 5, "id", "101", "is a duplicate of line 2"));
        }

        @Test
        void truncatedCsvWithAnOpenQuoteIsRefused() {
            String whole = ORG_HEADER + "101,900,\"Alpha, Beta\",false,PRC,Rome,IT,,,,participant,\n";
            assertThat(first(files("project.csv", PROJECTS, "organization.csv", whole.substring(0, whole.indexOf("Beta")))))
                    .isEqualTo(at("organization.csv", 2, "name"));
        }

        @Test
        void truncatedJsonIsRefusedWithItsLine() {
            String json = "[\n {\"projectID\": \"101\", \"organisationID\": \"900\",\n \"name\": \"Alp";
            ImportProblem p = problems(files("project.csv", PROJECTS, "organization.json", json)).get(0);

            assertThat(p.file()).isEqualTo("organization.json");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.message()).startsWith("is not valid JSON");
        }

        @Test
        void jsonThatIsNotAnArrayOfObjectsIsRefused() {
            assertThat(first(files("organization.json", "{\"projectID\": 1}"))).isEqualTo(at("organization.json", 1, null));
            assertThat(first(files("organization.json", "[1, 2]"))).isEqualTo(at("organization.json", 1, null));
            assertThat(first(files("organization.json", "[{\"projectID\": \"1\"}]"))).isEqualTo(at("organization.json", 1, "organisationID"));
        }

        @Test
        void latin1FileIsRefusedAtTheLineOfTheBadByte() {
            byte[] latin1 = (ORG_HEADER + "101,900,Alpha,false,PRC,M\u00fcnchen,DE,,,,participant,\n").getBytes(StandardCharsets.ISO_8859_1);
            Map<String, InputStream> files = new LinkedHashMap<>(files("project.csv", PROJECTS));
            files.put("organization.csv", new ByteArrayInputStream(latin1));

            ImportProblem p = problems(files).get(0);
            assertThat(tuple(p.file(), p.line())).isEqualTo(tuple("organization.csv", 2L));
            assertThat(p.message()).contains("UTF-8");
        }

        @Test
        void latin1JsonIsRefused() {
            Map<String, InputStream> files = new LinkedHashMap<>();
            files.put("organization.json", new ByteArrayInputStream("[{\"name\": \"M\u00fcnchen\"}]".getBytes(StandardCharsets.ISO_8859_1)));

            assertThat(problems(files).get(0).message()).contains("UTF-8");
        }

        @Test
        void binaryJunkIsRefusedAsAWhole() {
            Map<String, InputStream> files = new LinkedHashMap<>();
            files.put("organization.csv", new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, (byte) 0x9C}));
            files.put("project.json", new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}));

            assertThat(problems(files)).extracting(ImportProblem::file).containsExactlyInAnyOrder("organization.csv", "project.json");
        }

        @Test
        void missingOrganisationFileAndStrangeFilesAreReported() {
            assertThat(problems(files("project.csv", PROJECTS, "topics.csv", "x\n"))).extracting(ImportProblem::file)
                    .containsExactly("topics.csv", "import");
        }

        @Test
        void folderWithoutOrganisationFileIsRefused(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("project.csv"), PROJECTS);

            ImportException e = catchThrowableOfType(ImportException.class, () -> importer.read(dir, KnownIds.NONE));
            assertThat(e.problems().get(0).message()).contains("organization.csv");
        }
    }
}
