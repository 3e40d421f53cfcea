package io.kaonet.importers.cordis;

import static io.kaonet.importers.TwoPassAgreement.emit;
import static io.kaonet.importers.cordis.CordisImporterTest.ORG_HEADER;
import static io.kaonet.importers.cordis.CordisImporterTest.PROJECTS;
import static io.kaonet.importers.cordis.CordisImporterTest.PROJECT_HEADER;
import static io.kaonet.importers.cordis.CordisImporterTest.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.TwoPassAgreement;
import io.kaonet.importers.demo.CordisExportGenerator;
import io.kaonet.importers.demo.CordisExportGenerator.Parameters.Syntax;
import io.kaonet.importers.demo.CordisExportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CordisImporter} as a {@link io.kaonet.importers.TwoPassImporter}: validate, then emit in chunks. */
class CordisTwoPassTest {

    private final CordisImporter importer = new CordisImporter();

    /** The records of all chunks in one batch, in the order handed on; CORDIS gives no ties, clusters or memberships. */
    static NetworkBatch joined(List<NetworkBatch> chunks) {
        NetworkBatch all = TwoPassAgreement.joined(chunks);
        assertThat(all.ties()).isEmpty();
        assertThat(all.clusters()).isEmpty();
        assertThat(all.memberships()).isEmpty();
        return all;
    }

    /** Asserts that two batches hold the same records, each once, whatever their order. */
    static void assertSameRecords(NetworkBatch actual, NetworkBatch expected) {
        assertThat(actual.actors()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.actors());
        assertThat(actual.activities()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.activities());
        assertThat(actual.participations()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.participations());
        assertThat(actual.ties()).isEqualTo(expected.ties());
    }

    /** Asserts that every chunk but the last is full, and that records refer only to records handed on before or with them. */
    static void assertChunked(List<NetworkBatch> chunks, int chunkRecords, Set<String> storedActivities) {
        Set<String> actors = new HashSet<>();
        Set<String> activities = new HashSet<>(storedActivities);
        for (int i = 0; i < chunks.size(); i++) {
            NetworkBatch c = chunks.get(i);
            if (i < chunks.size() - 1) {
                assertThat(c.size()).as("chunk %d", i).isEqualTo(chunkRecords);
            } else {
                assertThat(c.size()).isBetween(1, chunkRecords);
            }
            c.actors().forEach(a -> actors.add(a.id()));
            c.activities().forEach(a -> activities.add(a.id()));
            for (Participation p : c.participations()) {
                assertThat(actors).as("actor of %s in chunk %d", p, i).contains(p.actorId());
                assertThat(activities).as("activity of %s in chunk %d", p, i).contains(p.activityId());
            }
        }
    }

    @Nested
    class RealSample {

        @ParameterizedTest
        @ValueSource(ints = {1, 7, 64, 100_000})
        void chunksHoldExactlyTheRecordsOfRead(int chunkRecords) {
            NetworkBatch whole = importer.read(sample(), KnownIds.NONE);

            long records = importer.validate(sample(), KnownIds.NONE);
            List<NetworkBatch> chunks = emit(importer, sample(), chunkRecords);

            assertThat(records).isEqualTo(whole.size());
            assertSameRecords(joined(chunks), whole);
            assertChunked(chunks, chunkRecords, Set.of());
        }

        @Test
        void emitNeedsNoEarlierValidationOnTheSameInstance() {
            assertSameRecords(joined(emit(new CordisImporter(), sample(), 10)), importer.read(sample(), KnownIds.NONE));
        }
    }

    @Nested
    class GeneratedExport {

        static final int PROJECTS = 500;

        CordisExportSummary generate(Path dir, CordisExportGenerator.Parameters parameters) throws IOException {
            return new CordisExportGenerator(parameters).writeTo(dir);
        }

        @ParameterizedTest
        @EnumSource(Syntax.class)
        void readAndValidateThenEmitAgreeAndMatchWhatWasWritten(Syntax syntax, @TempDir Path dir) throws IOException {
            CordisExportSummary written = generate(dir, CordisExportGenerator.Parameters.scaled(7, PROJECTS).withSyntax(syntax));

            NetworkBatch whole = importer.read(dir, KnownIds.NONE);
            long records = importer.validate(dir, KnownIds.NONE);
            List<NetworkBatch> chunks = emit(importer, dir, 997);

            assertThat(whole.actors()).hasSize(written.organisations());
            assertThat(whole.activities()).hasSize(written.projects());
            assertThat(whole.participations()).hasSize(written.participations());
            assertThat(records).isEqualTo(whole.size());
            assertSameRecords(joined(chunks), whole);
            assertChunked(chunks, 997, Set.of());
        }

        @Test
        void everyQuirkAtAHighRateStillImportsAndTheTwoWaysAgree(@TempDir Path dir) throws IOException {
            CordisExportSummary written = generate(dir, CordisExportGenerator.Parameters.scaled(11, PROJECTS).withQuirkScale(10));

            assertThat(written.joinedValueRows()).isPositive();
            assertThat(written.repeatedRows()).isPositive();
            assertThat(written.redescribedOrganisations()).isPositive();
            NetworkBatch whole = importer.read(dir, KnownIds.NONE);
            assertThat(whole.participations()).hasSize(written.participations());
            assertThat(whole.participations().size()).isLessThan((int) written.organisationRows());
            assertSameRecords(joined(emit(importer, dir, 500)), whole);
        }

        @Test
        void chunksAreTheSameOnEveryRun(@TempDir Path dir) throws IOException {
            generate(dir, CordisExportGenerator.Parameters.scaled(3, 200).withQuirkScale(5));

            assertThat(emit(new CordisImporter(), dir, 333)).isEqualTo(emit(new CordisImporter(), dir, 333));
        }

        @Test
        void collidingPairHashesNeverMergeDistinctPairs(@TempDir Path dir) throws IOException {
            generate(dir, CordisExportGenerator.Parameters.scaled(5, 200).withQuirkScale(5));
            NetworkBatch whole = importer.read(dir, KnownIds.NONE);

            for (ToLongBiFunction<String, String> hash : List.<ToLongBiFunction<String, String>>of(
                    (p, o) -> 42, (p, o) -> p.hashCode() & 3, (p, o) -> o.length())) {
                List<NetworkBatch> chunks = emit(new CordisImporter(hash), dir, 101);
                assertSameRecords(joined(chunks), whole);
                assertChunked(chunks, 101, Set.of());
            }
        }

        @Test
        void projectsAlreadyStoredMayBeLeftOutOfTheFolder(@TempDir Path dir) throws IOException {
            generate(dir, CordisExportGenerator.Parameters.scaled(9, 100));
            NetworkBatch withProjects = importer.read(dir, KnownIds.NONE);
            Set<String> stored = withProjects.activities().stream().map(Activity::id).collect(Collectors.toSet());
            Files.delete(dir.resolve("project.csv"));
            KnownIds known = (kind, ids) -> kind == KnownIds.Kind.ACTIVITY ? Set.copyOf(ids) : Set.of();

            assertThatThrownBy(() -> importer.validate(dir, KnownIds.NONE)).isInstanceOf(ImportException.class);
            long records = importer.validate(dir, known);
            List<NetworkBatch> chunks = emit(importer, dir, 64);

            NetworkBatch whole = importer.read(dir, known);
            assertThat(records).isEqualTo(whole.size());
            assertThat(whole.activities()).isEmpty();
            assertSameRecords(joined(chunks), whole);
            assertChunked(chunks, 64, stored);
        }
    }

    @Nested
    class BadInput {

        void write(Path dir, String projects, String organisations) throws IOException {
            if (projects != null) {
                Files.writeString(dir.resolve("project.csv"), projects);
            }
            Files.writeString(dir.resolve("organization.csv"), organisations);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                ORG_HEADER + "999,900,Alpha,false,PRC,Rome,IT,,,,participant,\n",
                ORG_HEADER + "101,900,Alpha,maybe,XYZ,Rome,ZZ,,\"91.0,10\",,participant,lots\n",
                ORG_HEADER + "101,900,\"Alpha, Beta\n",
                "projectID,name,activityType\n101,Alpha,PRC\n"})
        void validateReportsWhatReadReportsAndEmitRefusesToo(String organisations, @TempDir Path dir) throws IOException {
            write(dir, PROJECTS + "101,X,SIGNED,T,,,H,S\n", organisations);

            ImportException read = catchThrowableOfType(ImportException.class, () -> importer.read(dir, KnownIds.NONE));
            ImportException validate = catchThrowableOfType(ImportException.class, () -> importer.validate(dir, KnownIds.NONE));
            List<NetworkBatch> chunks = new ArrayList<>();
            ImportException emit = catchThrowableOfType(ImportException.class, () -> importer.emit(dir, 10, chunks::add));

            assertThat(read).isNotNull();
            assertThat(validate.problems()).isEqualTo(read.problems());
            assertThat(emit).isNotNull();
            assertThat(chunks).isEmpty();
        }

        @Test
        void projectEndingBeforeItStartsIsRefusedByValidate(@TempDir Path dir) throws IOException {
            write(dir, PROJECT_HEADER + "101,A,SIGNED,T,2023-01-01,2022-01-01,H,S\n", ORG_HEADER);

            assertThat(catchThrowableOfType(ImportException.class, () -> importer.validate(dir, KnownIds.NONE)).problems())
                    .isEqualTo(catchThrowableOfType(ImportException.class, () -> importer.read(dir, KnownIds.NONE)).problems());
        }

        @Test
        void folderWithoutOrganisationFileIsRefusedByBothPasses(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("project.csv"), PROJECTS);

            assertThatThrownBy(() -> importer.validate(dir, KnownIds.NONE)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("organization.csv");
            assertThatThrownBy(() -> importer.emit(dir, 10, c -> { })).isInstanceOf(ImportException.class);
        }

        @Test
        void chunkSizeMustBePositive(@TempDir Path dir) {
            assertThatThrownBy(() -> importer.emit(dir, 0, c -> { })).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("chunkRecords");
        }
    }

    @Test
    void repeatedPairCombinesAsReadCombinesIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("project.csv"), PROJECTS);
        Files.writeString(dir.resolve("organization.csv"), ORG_HEADER
                + "101,900,Alpha,false,PRC,Rome,IT,,,2023-01-01,thirdParty,100\n"
                + "102,901,Beta,false,HES,Rome,IT,,,,participant,5\n"
                + "101,900,Alpha,false,PRC,Rome,IT,,,2023-01-01,participant,\"20,5\"\n");

        Map<String, Participation> emitted = joined(emit(importer, dir, 2)).participations().stream()
                .collect(Collectors.toMap(p -> p.activityId() + "/" + p.actorId(), Function.identity()));

        assertThat(emitted).hasSize(2);
        assertThat(emitted.get("101/900")).isEqualTo(new Participation("101", "900", "participant", 120.5));
    }

    @Test
    void repeatedPairWithoutAnyContributionHasNone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("project.csv"), PROJECTS);
        Files.writeString(dir.resolve("organization.csv"), ORG_HEADER
                + "101,900,Alpha,false,PRC,Rome,IT,,,,participant,\n"
                + "101,900,Alpha,false,PRC,Rome,IT,,,,thirdParty,\n");
        Participation expected = new Participation("101", "900", "participant", null);

        assertThat(importer.read(dir, KnownIds.NONE).participations()).containsExactly(expected);
        assertThat(joined(emit(importer, dir, 10)).participations()).containsExactly(expected);
    }
}
