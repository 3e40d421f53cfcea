package io.kaonet.importers.csv;

import static io.kaonet.importers.TwoPassAgreement.FOUR_BUCKETS;
import static io.kaonet.importers.TwoPassAgreement.ONE_BUCKET;
import static io.kaonet.importers.TwoPassAgreement.emit;
import static io.kaonet.importers.TwoPassAgreement.joined;
import static io.kaonet.importers.TwoPassAgreement.validationProblems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ByteMutations;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.InputFiles;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.TwoPassAgreement;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The large-file passes of the Kaonet CSV importer against {@code read}: validation reports what
 * {@code read} reports, and the emitted chunks hold what {@code read} returns, also when the key
 * hash collides on purpose.
 */
class KaonetCsvTwoPassTest {

    /** Both passes against {@code read}: with the real hash, and with {@link TwoPassAgreement#FOUR_BUCKETS}. */
    static final TwoPassAgreement AGREEMENT = new TwoPassAgreement(new KaonetCsvImporter()::read,
            new KaonetCsvImporter(), List.of(new KaonetCsvImporter(FOUR_BUCKETS)));

    @TempDir
    Path dir;

    private final KaonetCsvImporter importer = new KaonetCsvImporter();
    private final KaonetCsvImporter colliding = new KaonetCsvImporter(FOUR_BUCKETS);
    private final KaonetCsvImporter oneBucket = new KaonetCsvImporter(ONE_BUCKET);

    void write(String name, String content) {
        InputFiles.write(dir, name, content);
    }

    @Nested
    class ValidInput {

        @Test
        void exampleOfTheFormatDocumentValidatesAndEmitsReadsRecords() {
            KaonetCsvImporterTest.docExample().forEach(KaonetCsvTwoPassTest.this::write);
            NetworkBatch whole = importer.read(dir, KnownIds.NONE);

            assertThat(importer.validate(dir, KnownIds.NONE)).isEqualTo(whole.size());
            for (int size : new int[] {1, 2, 5, whole.size(), 1000}) {
                List<NetworkBatch> chunks = emit(importer, dir, size);
                assertThat(joined(chunks)).isEqualTo(whole);
                assertThat(chunks).hasSize((whole.size() + size - 1) / size);
                assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c.size()).isEqualTo(size));
            }
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3})
        void generatedNetworkValidatesAndEmitsExactlyReadsRecords(long seed) throws IOException {
            new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.withSeed(seed)).generate().writeTo(dir);
            NetworkBatch whole = importer.read(dir, KnownIds.NONE);

            assertThat(importer.validate(dir, KnownIds.NONE)).isEqualTo(whole.size());
            assertThat(colliding.validate(dir, KnownIds.NONE)).isEqualTo(whole.size());
            assertThat(joined(emit(importer, dir, 500))).isEqualTo(whole);
        }

        @Test
        void chunksRepeatForTheSameInput() throws IOException {
            new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.withSeed(7)).generate().writeTo(dir);

            assertThat(emit(importer, dir, 333)).isEqualTo(emit(importer, dir, 333));
        }

        @Test
        void chunksFollowTheFileOrderDefinitionsFirst() {
            write("participations.csv", "activity,actor\np1,a1\n");
            write("memberships.csv", "actor,cluster\na1,TAMA\n");
            write("ties.csv", "source,target,kind\na1,a2,ALLIANCE\n");
            write("activities.csv", "id,name,kind\np1,Project,GRANT\n");
            write("actors.csv", "id,name,kind\na1,A,COMPANY\na2,B,COMPANY\n");
            write("clusters.csv", "id,name\nTAMA,TAMA\n");

            List<String> kinds = emit(importer, dir, 1).stream().map(c -> c.clusters().size() == 1 ? "cluster"
                    : c.actors().size() == 1 ? "actor" : c.activities().size() == 1 ? "activity"
                    : c.ties().size() == 1 ? "tie" : c.memberships().size() == 1 ? "membership" : "participation").toList();

            assertThat(kinds).containsExactly("cluster", "actor", "actor", "activity", "tie", "membership", "participation");
        }

        @Test
        void idsThatCollideByHashAreNotDuplicates() {
            write("actors.csv", "id,name,kind\na1,A,COMPANY\na2,B,COMPANY\na3,C,COMPANY\n");
            write("ties.csv", "source,target,kind\na1,a2,ALLIANCE\na2,a3,ALLIANCE\na1,a3,SUPPLY\n");

            assertThat(oneBucket.validate(dir, KnownIds.NONE)).isEqualTo(6);
        }

        @Test
        void referencesToStoredRecordsAreLookedUpOncePerKindWithEachIdOnce() {
            write("ties.csv", "source,target,kind\nx1,x2,ALLIANCE\nx2, x3 ,SUPPLY\nx1,x3,FINANCING\n");
            write("memberships.csv", "actor,cluster\nx1,TAMA\n");
            List<List<String>> asked = new ArrayList<>();

            long records = importer.validate(dir, (kind, ids) -> {
                asked.add(List.copyOf(ids));
                return Set.copyOf(ids);
            });

            assertThat(records).isEqualTo(4);
            assertThat(asked).containsExactly(List.of("x1", "x2", "x3"), List.of("TAMA"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void duplicateConfirmedAfterACollisionNamesTheLineOfTheEqualKey() {
            write("actors.csv", "id,name,kind\na1,A,COMPANY\na2,B,COMPANY\na2,Again,COMPANY\na1,Again,COMPANY\n");

            assertThat(validationProblems(oneBucket, dir, KnownIds.NONE)).containsExactly(
                    new ImportProblem("actors.csv", 4, "id", "a2", "is a duplicate of line 3"),
                    new ImportProblem("actors.csv", 5, "id", "a1", "is a duplicate of line 2"));
            assertThat(AGREEMENT.assertAgreeWithRead(dir, KnownIds.NONE)).isFalse();
        }

        @Test
        void unknownReferenceKeepsTheValueAsWritten() {
            write("actors.csv", "id,name,kind\na1,A,COMPANY\n");
            write("ties.csv", "source,target,kind\na1, ghost ,ALLIANCE\na1,ghost,SUPPLY\n");

            assertThat(validationProblems(importer, dir, KnownIds.NONE))
                    .containsExactly(new ImportProblem("ties.csv", 2, "target", " ghost ", "is not a known actor"),
                            new ImportProblem("ties.csv", 3, "target", "ghost", "is not a known actor"));
            assertThat(AGREEMENT.assertAgreeWithRead(dir, KnownIds.NONE)).isFalse();
        }

        @Test
        void duplicatesBeyondTheCapAreConfirmedLikeRead() {
            StringBuilder actors = new StringBuilder("id,name,kind\n");
            for (int i = 0; i < 300; i++) {
                actors.append('a').append(i % 120).append(",A,COMPANY\n");
            }
            write("actors.csv", actors.toString());
            write("ties.csv", "source,target,kind\na1,nobody,ALLIANCE\n");

            assertThat(AGREEMENT.assertAllRefuseExactlyAsRead(dir, KnownIds.NONE).truncated()).isTrue();
            assertThat(AGREEMENT.assertAgreeWithRead(dir, KnownIds.NONE)).isFalse();
        }

        @Test
        void referenceWhoseHashEqualsADefinedIdsIsLeftToTheWriterAsDocumented() {
            write("actors.csv", "id,name,kind\na1,A,COMPANY\na2,B,COMPANY\n");
            write("ties.csv", "source,target,kind\na1,ghost,ALLIANCE\n");

            assertThat(oneBucket.validate(dir, KnownIds.NONE)).as("ghost passes as a2 by hash").isEqualTo(3);
            assertThatThrownBy(() -> importer.validate(dir, KnownIds.NONE)).isInstanceOf(ImportException.class);
        }

        @Test
        void emitRefusesAChunkSizeBelowOne() {
            write("actors.csv", "id,name,kind\na1,A,COMPANY\n");

            assertThatThrownBy(() -> importer.emit(dir, 0, c -> { })).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0");
        }

        @Test
        void missingFolderIsRefusedByBothPasses() {
            assertThatThrownBy(() -> importer.validate(dir.resolve("nope"), KnownIds.NONE)).isInstanceOf(ImportException.class);
            assertThatThrownBy(() -> importer.emit(dir.resolve("nope"), 10, c -> { })).isInstanceOf(ImportException.class);
        }
    }

    /**
     * Seeded random byte mutations of a small valid network, written to disk: for each, validation
     * (with the real hash and with one that collides on purpose) refuses with exactly the problems
     * of {@code read}, or accepts and the chunks hold {@code read}'s records.
     */
    @Test
    void mutatedNetworksGetTheSameVerdictFromBothPassesAsFromRead() throws IOException {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("clusters.csv", "id,name,region,country,type\nTAMA,TAMA,Kanto,JP,METROPOLITAN\nKINKI,Kinki,,JP,\n");
        valid.put("actors.csv", "id,name,kind,country,latitude,longitude,founded,sme\n"
                + "a1,Alpha,COMPANY,JP,35.6,139.3,1962,true\na2,Beta,UNIVERSITY,JP,,,1950,\na3,Gamma,FINANCIER,,,,,false\n"
                + "a4,Delta,COMPANY,,,,,\n");
        valid.put("activities.csv", "id,name,kind,start,end\np1,Sensors,JOINT_RD_PROJECT,2005-04-01,2008-03-31\n");
        valid.put("ties.csv", "id,source,target,kind,since,until,weight\n,a2,a1,JOINT_RESEARCH,2003-04-01,,2\n"
                + "t9,a3,a1,FINANCING,2004-10-01,2009-10-01,1.5\n,a1,a4,SUPPLY,,,\n,a4,a1,SUPPLY,,,\n");
        valid.put("memberships.csv", "actor,cluster,since\na1,TAMA,2001-04-01\na2,TAMA,\na4,KINKI,\n");
        valid.put("participations.csv", "activity,actor,role\np1,a1,lead\np1,a2,\n");
        ByteMutations mutations = new ByteMutations(new byte[] {'"', ',', '\n', '1', 'a', '-', ' ', (byte) 0xC3});
        Random random = new Random(20_261_121L);
        int accepted = 0;
        for (int i = 0; i < 200; i++) {
            Path folder = Files.createDirectory(dir.resolve("input-" + i));
            InputFiles.write(folder, mutations.mutateOneOf(valid, random));
            accepted += AGREEMENT.assertAgreeWithRead(folder, KnownIds.NONE) ? 1 : 0;
        }
        assertThat(accepted).as("mutations that keep the network valid").isPositive().isLessThan(150);
    }
}
