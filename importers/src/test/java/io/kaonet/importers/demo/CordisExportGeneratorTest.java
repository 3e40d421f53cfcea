package io.kaonet.importers.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.demo.CordisExportGenerator.Parameters.Syntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CordisExportGeneratorTest {

    static Path sample() {
        String shared = System.getProperty("kaonet.shared.dir");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
        return base.resolve("data").resolve("cordis-sample");
    }

    static String header(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElseThrow();
        }
    }

    @Nested
    class WrittenFiles {

        @Test
        void columnsAreThoseOfTheRealExportInTheirOrder(@TempDir Path dir) throws IOException {
            new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(1, 20).withSyntax(Syntax.COMMA_CSV)).writeTo(dir);

            assertThat(header(dir.resolve("project.csv"))).isEqualTo(header(sample().resolve("project.csv")));
            assertThat(header(dir.resolve("organization.csv"))).isEqualTo(header(sample().resolve("organization.csv")));
        }

        @Test
        void officialSeparatorIsTheSemicolon(@TempDir Path dir) throws IOException {
            new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(1, 20)).writeTo(dir);

            assertThat(header(dir.resolve("organization.csv")))
                    .isEqualTo(String.join(";", CordisExportGenerator.ORGANISATION_COLUMNS));
        }

        @Test
        void sameParametersWriteTheSameBytesAndAnotherSeedOtherOnes(@TempDir Path dir) throws IOException {
            new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(4, 150)).writeTo(dir.resolve("a"));
            new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(4, 150)).writeTo(dir.resolve("b"));
            new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(5, 150)).writeTo(dir.resolve("c"));

            for (String name : List.of("project.csv", "organization.csv")) {
                byte[] a = Files.readAllBytes(dir.resolve("a").resolve(name));
                assertThat(a).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
                assertThat(Arrays.equals(a, Files.readAllBytes(dir.resolve("c").resolve(name)))).isFalse();
            }
        }

        @Test
        void jsonExportReadsLikeTheCsvOne(@TempDir Path dir) throws IOException {
            CordisExportGenerator.Parameters csv = CordisExportGenerator.Parameters.scaled(8, 120).withQuirkScale(5);
            new CordisExportGenerator(csv).writeTo(dir.resolve("csv"));
            new CordisExportGenerator(csv.withSyntax(Syntax.JSON)).writeTo(dir.resolve("json"));

            CordisImporter importer = new CordisImporter();
            assertThat(importer.read(dir.resolve("json"), KnownIds.NONE)).isEqualTo(importer.read(dir.resolve("csv"), KnownIds.NONE));
        }
    }

    @Nested
    class Quirks {

        @Test
        void everyQuirkOfTheReadmeOccurs(@TempDir Path dir) throws IOException {
            CordisExportSummary s = new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(2, 500)).writeTo(dir);

            assertThat(List.of(s.joinedValueRows(), s.repeatedRows(), s.decimalCommaRows(), s.emptyNutsRows(),
                    s.emptySmeRows(), s.emptyContributionRows(), s.cityVariantRows(), s.multilineFields(),
                    s.separatorFields(), s.redescribedOrganisations())).allSatisfy(n -> assertThat(n).isPositive());
            String organisations = Files.readString(dir.resolve("organization.csv"));
            assertThat(organisations).contains("\"PRC;PRC\"", "\"participant;thirdParty\"", ";MUENCHEN;", ";München;",
                    ";EL;", ";UK;").containsPattern(";\\d+,\\d+;");
        }

        @Test
        void quirkScaleZeroWritesCleanFiles(@TempDir Path dir) throws IOException {
            CordisExportSummary s = new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(2, 300).withQuirkScale(0)).writeTo(dir);

            assertThat(List.of(s.joinedValueRows(), s.repeatedRows(), s.decimalCommaRows(), s.emptySmeRows(),
                    s.emptyContributionRows(), s.cityVariantRows(), s.multilineFields(), s.separatorFields(),
                    s.redescribedOrganisations())).containsOnly(0);
            assertThat(s.organisationRows()).isEqualTo(s.participations());
        }

        @Test
        void repeatedPairsAreWhatMakesRowsOutnumberParticipations(@TempDir Path dir) throws IOException {
            CordisExportSummary s = new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(3, 400).withQuirkScale(5)).writeTo(dir);

            assertThat(s.organisationRows()).isEqualTo(s.participations() + s.repeatedRows());
        }
    }

    @Nested
    class Shape {

        @Test
        void projectSizesAndParticipationCountsLookLikeHorizon2020(@TempDir Path dir) throws IOException {
            CordisExportSummary s = new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(6, 2_000)).writeTo(dir);
            NetworkBatch batch = new CordisImporter().read(dir, KnownIds.NONE);

            Map<String, Long> sizes = batch.participations().stream()
                    .collect(Collectors.groupingBy(Participation::activityId, Collectors.counting()));
            Map<String, Long> perOrganisation = batch.participations().stream()
                    .collect(Collectors.groupingBy(Participation::actorId, Collectors.counting()));
            double mean = (double) s.participations() / s.projects();
            long singles = perOrganisation.values().stream().filter(n -> n == 1).count();
            long most = perOrganisation.values().stream().mapToLong(Long::longValue).max().orElseThrow();

            assertThat(mean).isBetween(4.5, 5.5);
            assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 100L));
            assertThat(sizes.values().stream().filter(n -> n == 1).count()).isGreaterThan(s.projects() / 4);
            assertThat((double) singles / perOrganisation.size()).as("share of organisations in one project").isBetween(0.35, 0.65);
            assertThat(most).as("most projects of one organisation").isGreaterThan(50 * Math.round(mean));
            assertThat(s.organisations()).isEqualTo(perOrganisation.size());
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "2000001, 1", "10, 0", "10, 2000001"})
    void sizesOutsideTheirRangeAreRefused(int projects, int organisations) {
        assertThatThrownBy(() -> new CordisExportGenerator.Parameters(1, projects, organisations, 5, 100, 1, Syntax.JSON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meanAboveTheMaximumAndNegativeQuirksAreRefused() {
        assertThatThrownBy(() -> new CordisExportGenerator.Parameters(1, 10, 10, 20, 10, 1, Syntax.JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max project size");
        assertThatThrownBy(() -> new CordisExportGenerator.Parameters(1, 10, 10, 5, 100, -1, Syntax.JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quirk scale");
        assertThatThrownBy(() -> new CordisExportGenerator.Parameters(1, 10, 10, 1.5, 100, 1, Syntax.JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean project size");
    }

    @Test
    void defaultsHaveTheSizeOfHorizon2020() {
        CordisExportGenerator.Parameters d = CordisExportGenerator.Parameters.defaults();

        assertThat(d.projects()).isEqualTo(35_000);
        assertThat(d.organisations()).isBetween(30_000, 40_000);
        assertThat(d.projects() * d.meanProjectSize()).isBetween(170_000.0, 180_000.0);
        assertThat(d.syntax()).isEqualTo(Syntax.SEMICOLON_CSV);
    }
}
