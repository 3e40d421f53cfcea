package io.kaonet.importers.graphml;

import static io.kaonet.importers.TwoPassAgreement.FOUR_BUCKETS;
import static io.kaonet.importers.TwoPassAgreement.ONE_BUCKET;
import static io.kaonet.importers.TwoPassAgreement.emit;
import static io.kaonet.importers.TwoPassAgreement.joined;
import static io.kaonet.importers.TwoPassAgreement.validationProblems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.ByteMutations;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.InputFiles;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.TwoPassAgreement;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import io.kaonet.importers.export.ExportFormat;
import io.kaonet.importers.export.NetworkExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The large-file passes of the GraphML importer against {@code read}: validation reports what
 * {@code read} reports, and the emitted chunks hold what {@code read} returns, also when the hash
 * of ids and keys collides on purpose (then every duplicate must be confirmed exactly).
 */
class GraphmlTwoPassTest {

    /** Every cluster is stored, and one actor, {@code stored}. */
    static final KnownIds STORED = (kind, ids) -> ids.stream()
            .filter(id -> kind == KnownIds.Kind.CLUSTER || id.equals("stored")).collect(Collectors.toSet());

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="k" for="node" attr.name="kind" attr.type="string"><default>COMPANY</default></key>
            <key id="c" for="node" attr.name="clusters" attr.type="string"/>
            <key id="t" for="edge" attr.name="kind" attr.type="string"/>
            <key id="s" for="edge" attr.name="since" attr.type="string"/>
            <graph edgedefault="undirected">
            """;
    static final String TAIL = "</graph>\n</graphml>\n";

    @TempDir
    Path dir;

    private final GraphmlImporter importer = new GraphmlImporter();
    private final GraphmlImporter fourBuckets = colliding(FOUR_BUCKETS);
    private final GraphmlImporter oneBucket = colliding(ONE_BUCKET);
    private final TwoPassAgreement agreement = new TwoPassAgreement(importer::read, importer, List.of(fourBuckets, oneBucket));

    private static GraphmlImporter colliding(ToLongFunction<String> hash) {
        return new GraphmlImporter(GraphmlImporter.DEFAULT_ACTOR_KIND, GraphmlImporter.DEFAULT_TIE_KIND, hash);
    }

    /** The GraphML file {@code net.graphml} with the head, the lines given (line 8 on) and the tail. */
    Path file(String... lines) {
        return InputFiles.write(dir, "net.graphml", HEAD + String.join("\n", lines) + "\n" + TAIL);
    }

    @Nested
    class ValidInput {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3})
        void generatedNetworkImportsTheSameWhateverTheHash(long seed) {
            NetworkBatch generated = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.withSeed(seed)).generate().batch();
            Path file = NetworkExporter.of(generated).writeTo(ExportFormat.GRAPHML, dir).get(0);

            NetworkBatch whole = importer.read(file, STORED);

            assertThat(whole.actors()).isEqualTo(generated.actors());
            assertThat(whole.ties()).extracting(Tie::key).isEqualTo(generated.ties().stream().map(Tie::key).toList());
            assertThat(whole.memberships()).containsExactlyInAnyOrderElementsOf(generated.memberships().stream()
                    .map(m -> new Membership(m.actorId(), m.clusterId(), null, null)).distinct().toList());
            for (GraphmlImporter two : List.of(importer, fourBuckets, oneBucket)) {
                assertThat(two.read(file, STORED)).isEqualTo(whole);
                assertThat(two.validate(file, STORED)).isEqualTo(whole.size());
                assertThat(joined(emit(two, file, 500))).isEqualTo(whole);
            }
        }

        @Test
        void idsAndKeysThatCollideByHashAreNotDuplicates() {
            Path file = file("<edge source=\"a3\" target=\"a1\"/>",
                    "<node id=\"a1\"><data key=\"c\">TAMA|KINKI</data></node>",
                    "<node id=\"a2\"><data key=\"c\">TAMA</data></node>",
                    "<node id=\"a3\"/>",
                    "<edge source=\"a1\" target=\"a2\"/>",
                    "<edge source=\"a1\" target=\"a2\"><data key=\"t\">SUPPLY</data></edge>",
                    "<edge source=\"a1\" target=\"a2\"><data key=\"s\">2003-04-01</data></edge>",
                    "<edge source=\"a2\" target=\"stored\"/>");

            assertThat(oneBucket.validate(file, STORED)).isEqualTo(3 + 3 + 5);
            assertThat(agreement.assertAgreeWithRead(file, STORED)).isTrue();
        }
    }

    @Nested
    class BadInput {

        @Test
        void duplicateConfirmedAfterACollisionNamesTheLineOfTheEqualId() {
            Path file = file("<node id=\"a1\"/>", "<node id=\"a2\"/>", "<node id=\"a2\"/>", "<node id=\"a1\"/>");

            assertThat(validationProblems(oneBucket, file, KnownIds.NONE)).containsExactly(
                    new ImportProblem("net.graphml", 10, "id", "a2", "is a duplicate of line 9"),
                    new ImportProblem("net.graphml", 11, "id", "a1", "is a duplicate of line 8"));
            assertThat(agreement.assertAgreeWithRead(file, KnownIds.NONE)).isFalse();
        }

        @Test
        void duplicateTieAndMembershipAreConfirmedAfterACollision() {
            Path file = file("<node id=\"a\"><data key=\"c\">TAMA</data></node>",
                    "<node id=\"b\"/>",
                    "<node id=\"a\"><data key=\"c\">TAMA</data></node>",
                    "<edge source=\"a\" target=\"b\"/>",
                    "<edge source=\"b\" target=\"a\"/>");

            assertThat(validationProblems(fourBuckets, file, STORED)).containsExactly(
                    new ImportProblem("net.graphml", 10, "id", "a", "is a duplicate of line 8"),
                    new ImportProblem("net.graphml", 10, null, null, "is the same membership (actor, cluster and since) as line 8"),
                    new ImportProblem("net.graphml", 12, null, "ALLIANCE|a|b|",
                            "is the same tie (id, or kind, ends and since) as line 11"));
            assertThat(agreement.assertAgreeWithRead(file, STORED)).isFalse();
        }

        @Test
        void duplicatesBeyondTheCapAreConfirmedLikeRead() {
            String[] nodes = new String[301];
            for (int i = 0; i < 300; i++) {
                nodes[i] = "<node id=\"a" + (i % 120) + "\"/>";
            }
            nodes[300] = "<edge source=\"a1\" target=\"nobody\"/>";
            Path file = file(nodes);

            assertThat(agreement.assertAllRefuseExactlyAsRead(file, KnownIds.NONE).truncated()).isTrue();
            assertThat(agreement.assertAgreeWithRead(file, KnownIds.NONE)).isFalse();
        }

        @Test
        void referenceWhoseHashEqualsADefinedIdsIsLeftToTheWriterAsDocumented() {
            Path file = file("<node id=\"a1\"/>", "<node id=\"a2\"/>", "<edge source=\"a1\" target=\"ghost\"/>");

            assertThat(oneBucket.validate(file, KnownIds.NONE)).as("ghost passes as a2 by hash").isEqualTo(3);
            assertThatThrownBy(() -> importer.validate(file, KnownIds.NONE)).isInstanceOf(ImportException.class);
        }

        @Test
        void problemsOfTheDocumentComeFirstAlsoWhenDuplicatesAreSuspected() {
            byte[] whole = (HEAD + "<node id=\"a1\"/>\n<node id=\"a2\"/>\n<node id=\"a1\"/>\n" + TAIL).getBytes(StandardCharsets.UTF_8);
            Path file = InputFiles.write(dir, "net.graphml", Arrays.copyOf(whole, whole.length - 12));

            assertThat(validationProblems(oneBucket, file, KnownIds.NONE)).singleElement().extracting(ImportProblem::message).asString().startsWith("is not well-formed XML");
            assertThat(agreement.assertAgreeWithRead(file, KnownIds.NONE)).isFalse();
        }
    }

    /**
     * Seeded random byte mutations of a small valid file: for each, validation (with the real hash
     * and with one that collides on purpose) refuses with the problems of {@code read}, or accepts
     * and the chunks hold {@code read}'s records.
     */
    @Test
    void mutatedFilesGetTheSameVerdictFromBothPassesAsFromRead() throws IOException {
        String valid = HEAD + """
                <node id="a1"><data key="k">UNIVERSITY</data><data key="c">TAMA|KINKI</data></node>
                <node id="a2"><data key="c">TAMA</data></node>
                <edge source="a1" target="a2"><data key="t">JOINT_RESEARCH</data><data key="s">2003-04-01</data></edge>
                <edge source="a2" target="a3"><data key="t">SUPPLY</data></edge>
                <edge source="a3" target="a2"><data key="t">SUPPLY</data></edge>
                <node id="a3"/>
                <node id="a4"/>
                <edge source="a4" target="stored"/>
                """ + TAIL;
        ByteMutations mutations = new ByteMutations(new byte[] {'"', '<', '>', '/', '|', '\n', '1', 'a', '-', ' ', (byte) 0xC3});
        Random random = new Random(20_261_123L);
        TwoPassAgreement fourBucketAgreement = new TwoPassAgreement(importer::read, importer, List.of(fourBuckets));
        int accepted = 0;
        for (int i = 0; i < 200; i++) {
            Path folder = Files.createDirectory(dir.resolve("input-" + i));
            Path file = InputFiles.write(folder, "net.graphml", mutations.mutate(valid.getBytes(StandardCharsets.UTF_8), random));
            accepted += fourBucketAgreement.assertAgreeWithRead(file, STORED) ? 1 : 0;
        }
        assertThat(accepted).as("mutations that keep the file valid").isPositive().isLessThan(150);
    }
}
