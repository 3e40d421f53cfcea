package io.kaonet.importers.cordis;

import static io.kaonet.importers.TwoPassAgreement.emit;
import static io.kaonet.importers.cordis.CordisTwoPassTest.assertChunked;
import static io.kaonet.importers.cordis.CordisTwoPassTest.assertSameRecords;
import static io.kaonet.importers.cordis.CordisTwoPassTest.joined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.demo.CordisExportGenerator.Parameters.Syntax;
import io.kaonet.demo.CordisExportGenerator.Parameters;
import io.kaonet.demo.CordisExportGenerator;
import io.kaonet.demo.CordisExportSummary;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.KnownIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongBiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CordisImporter}'s two passes on synthetic CORDIS exports of every quirk and size. These tests
 * live beside the generator: importers may not depend on the generators' module, and the generator
 * is what makes exports of 500 projects with every quirk at a chosen rate. They stay in the importer's
 * package to reach its test helpers (importers' test jar) and its hash-injecting constructor.
 */
class GeneratedExportTwoPassTest {

    static final int PROJECTS = 500;

    private final CordisImporter importer = new CordisImporter();

    CordisExportSummary generate(Path dir, Parameters parameters) throws IOException {
        return new CordisExportGenerator(parameters).writeTo(dir);
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void readAndValidateThenEmitAgreeAndMatchWhatWasWritten(Syntax syntax, @TempDir Path dir) throws IOException {
        CordisExportSummary written = generate(dir, Parameters.scaled(7, PROJECTS).withSyntax(syntax));

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
        CordisExportSummary written = generate(dir, Parameters.scaled(11, PROJECTS).withQuirkScale(10));

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
        generate(dir, Parameters.scaled(3, 200).withQuirkScale(5));

        assertThat(emit(new CordisImporter(), dir, 333)).isEqualTo(emit(new CordisImporter(), dir, 333));
    }

    @Test
    void collidingPairHashesNeverMergeDistinctPairs(@TempDir Path dir) throws IOException {
        generate(dir, Parameters.scaled(5, 200).withQuirkScale(5));
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
        generate(dir, Parameters.scaled(9, 100));
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
