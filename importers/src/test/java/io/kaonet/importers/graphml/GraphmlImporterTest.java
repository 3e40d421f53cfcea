package io.kaonet.importers.graphml;

import static io.kaonet.importers.TwoPassAgreement.emit;
import static io.kaonet.importers.TwoPassAgreement.joined;
import static io.kaonet.importers.TwoPassAgreement.validationProblems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.InputFiles;
import io.kaonet.importers.KnownIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphmlImporterTest {

    static final String KEYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name" attr.type="string"/>
              <key id="d1" for="node" attr.name="kind" attr.type="string"><default>UNIVERSITY</default></key>
              <key id="d2" for="node" attr.name="latitude" attr.type="double"/>
              <key id="d3" for="node" attr.name="longitude" attr.type="double"/>
              <key id="d4" for="node" attr.name="founded" attr.type="int"/>
              <key id="d5" for="node" attr.name="technologies" attr.type="string"/>
              <key id="d6" for="node" attr.name="x" attr.type="double"/>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <key id="k" for="edge" attr.name="kind" attr.type="string"/>
              <key id="s" for="edge" attr.name="since" attr.type="string"/>
            """;

    @TempDir
    static Path dir;

    static NetworkBatch read(String xml) {
        return read(xml, KnownIds.NONE);
    }

    /** What {@code read} returns; the large-file passes over the same bytes in a file are checked to agree. */
    static NetworkBatch read(String xml, KnownIds known) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        NetworkBatch whole = new GraphmlImporter().read("net.graphml", new ByteArrayInputStream(bytes), known);
        Path file = file(bytes);
        assertThat(new GraphmlImporter().validate(file, known)).isEqualTo(whole.size());
        for (int size : new int[] {1, 2, 1000}) {
            assertThat(joined(emit(new GraphmlImporter(), file, size))).isEqualTo(whole);
        }
        return whole;
    }

    /** The problems {@code read} reports; the validation pass is checked to report the same. */
    static List<ImportProblem> problems(byte[] bytes) {
        List<ImportProblem> found = catchThrowableOfType(ImportException.class, () -> new GraphmlImporter()
                .read("net.graphml", new ByteArrayInputStream(bytes), KnownIds.NONE)).problems();
        assertThat(validationProblems(new GraphmlImporter(), file(bytes), KnownIds.NONE)).isEqualTo(found);
        return found;
    }

    static Path file(byte[] bytes) {
        try {
            return InputFiles.write(Files.createTempDirectory(dir, "in"), "net.graphml", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tuple first(String xml) {
        ImportProblem p = problems(xml.getBytes(StandardCharsets.UTF_8)).get(0);
        return tuple(p.line(), p.field());
    }

    @Nested
    class ValidInput {

        @Test
        void nodesAndEdgesBecomeActorsAndTiesWithDefaultsAndTypedValues() {
            NetworkBatch batch = read(KEYS + """
                      <graph edgedefault="undirected">
                        <node id="a"><data key="d0">Alpha &amp; Co</data><data key="d1">COMPANY</data>
                          <data key="d2">35.5</data><data key="d3">139.25</data><data key="d4">1962</data>
                          <data key="d5">laser|MEMS</data><data key="d6">12.5</data></node>
                        <node id="b"/>
                        <edge source="a" target="b"><data key="w">2</data><data key="k">JOINT_RESEARCH</data>
                          <data key="s">2003-04-01</data></edge>
                        <edge source="b" target="a"/>
                      </graph>
                    </graphml>
                    """);

            assertThat(batch.actors()).containsExactly(
                    new Actor("a", "Alpha & Co", ActorKind.COMPANY, null, null, null, null, new GeoLocation(35.5, 139.25),
                            1962, null, null, List.of("laser", "MEMS"), List.of(), List.of()),
                    Actor.of("b", "b", ActorKind.UNIVERSITY));
            assertThat(batch.ties()).containsExactly(
                    new Tie(null, "a", "b", TieKind.JOINT_RESEARCH, LocalDate.of(2003, 4, 1), null, 2.0, "net.graphml:18"),
                    new Tie(null, "b", "a", GraphmlImporter.DEFAULT_TIE_KIND, null, null, 1.0, "net.graphml:20"));
        }

        @Test
        void edgeToAStoredActorIsAccepted() {
            NetworkBatch batch = read(KEYS + "<graph edgedefault=\"undirected\"><node id=\"a\"/>"
                    + "<edge source=\"a\" target=\"stored\"/></graph></graphml>", (kind, ids) -> Set.copyOf(ids));

            assertThat(batch.ties()).hasSize(1);
        }

        @Test
        void keysWithoutAttrNameAreMatchedByTheirId() {
            NetworkBatch batch = read("<graphml><key id=\"name\" for=\"node\"/><graph><node id=\"a\"><data key=\"name\">A</data></node>"
                    + "</graph></graphml>");

            assertThat(batch.actors()).extracting(Actor::name).containsExactly("A");
        }
    }

    @Nested
    class LargeFiles {

        @Test
        void edgesBeforeTheirNodesAndMembershipsOfStoredClustersPassBothPasses() {
            NetworkBatch batch = read(KEYS + """
                      <key id="c" for="node" attr.name="clusters" attr.type="string"/>
                      <graph>
                        <edge source="a" target="b"/>
                        <node id="a"><data key="c">TAMA|KINKI</data></node>
                        <node id="b"><data key="c">TAMA</data></node>
                      </graph>
                    </graphml>
                    """, (kind, ids) -> Set.copyOf(ids));

            assertThat(batch.size()).isEqualTo(2 + 3 + 1);
        }

        @Test
        void folderWithOneGraphmlFileIsReadAndValidatedAsThatFile() throws IOException {
            Path folder = Files.createTempDirectory(dir, "folder");
            Files.writeString(folder.resolve("Net.GraphML"), KEYS + "<graph><node id=\"a\"/></graph></graphml>");
            Files.writeString(folder.resolve("notes.txt"), "not read");

            assertThat(GraphmlImporter.graphmlFile(folder)).isEqualTo(folder.resolve("Net.GraphML"));
            assertThat(new GraphmlImporter().read(folder, KnownIds.NONE).actors()).hasSize(1);
            assertThat(new GraphmlImporter().validate(folder, KnownIds.NONE)).isEqualTo(1);
        }

        @Test
        void folderWithoutOrWithSeveralGraphmlFilesAndMissingPathAreRefused() throws IOException {
            Path none = Files.createTempDirectory(dir, "none");
            Path two = Files.createTempDirectory(dir, "two");
            Files.writeString(two.resolve("a.graphml"), "<graphml/>");
            Files.writeString(two.resolve("b.graphml"), "<graphml/>");

            assertThat(catchThrowableOfType(ImportException.class, () -> GraphmlImporter.graphmlFile(none)).problems())
                    .containsExactly(ImportProblem.ofFile(none.getFileName().toString(), "must hold exactly one .graphml file, holds 0"));
            assertThat(catchThrowableOfType(ImportException.class, () -> new GraphmlImporter().validate(two, KnownIds.NONE))
                    .problems()).extracting(ImportProblem::message).containsExactly("must hold exactly one .graphml file, holds 2");
            assertThat(catchThrowableOfType(ImportException.class, () -> new GraphmlImporter().emit(dir.resolve("gone"), 5, c -> { }))
                    .problems()).containsExactly(ImportProblem.ofFile("gone", "is neither a file nor a folder"));
        }

        @Test
        void chunksRepeatForTheSameFile() {
            StringBuilder xml = new StringBuilder(KEYS + "<graph>\n");
            for (int i = 0; i < 50; i++) {
                xml.append("<node id=\"n").append(i).append("\"/>\n");
            }
            for (int i = 1; i < 50; i++) {
                xml.append("<edge source=\"n").append(i - 1).append("\" target=\"n").append(i).append("\"/>\n");
            }
            Path file = file(xml.append("</graph></graphml>").toString().getBytes(StandardCharsets.UTF_8));
            List<NetworkBatch> first = new ArrayList<>();
            List<NetworkBatch> second = new ArrayList<>();

            new GraphmlImporter().emit(file, 7, first::add);
            new GraphmlImporter().emit(file, 7, second::add);

            assertThat(first).hasSize(15).isEqualTo(second);
        }

        @Test
        void emitRefusesAChunkSizeBelowOne() {
            Path file = file("<graphml><graph/></graphml>".getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> new GraphmlImporter().emit(file, 0, c -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class BadInput {

        @Test
        void rootThatIsNotGraphmlIsRefused() {
            assertThat(first("<?xml version=\"1.0\"?>\n<gexf><graph/></gexf>")).isEqualTo(tuple(2L, null));
        }

        @Test
        void wrongTypesAndUnknownKindsNameTheAttribute() {
            List<ImportProblem> found = problems((KEYS + """
                      <graph>
                        <node id="a"><data key="d1">BAKERY</data><data key="d2">north</data><data key="d3">1</data></node>
                        <node id="b"><data key="d4">1962.5</data></node>
                        <edge source="a" target="b"><data key="w">-1</data><data key="s">2003-13-01</data></edge>
                      </graph>
                    </graphml>
                    """).getBytes(StandardCharsets.UTF_8));

            assertThat(found).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                    tuple(14L, "kind"), tuple(14L, "latitude"), tuple(15L, "founded"), tuple(16L, "since"), tuple(16L, "weight"));
        }

        @Test
        void unknownNodeDuplicateIdAndDuplicateTieAreReported() {
            List<ImportProblem> found = problems((KEYS + """
                      <graph>
                        <node id="a"/><node id="a"/>
                        <node id="b"/>
                        <edge source="a" target="b"/><edge source="b" target="a"/>
                        <edge source="a" target="ghost"/>
                      </graph>
                    </graphml>
                    """).getBytes(StandardCharsets.UTF_8));

            assertThat(found).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::value).containsExactly(
                    tuple(14L, "id", "a"), tuple(16L, null, "ALLIANCE|a|b|"), tuple(17L, "target", "ghost"));
        }

        @Test
        void truncatedFileNamesTheLineWhereItEnds() {
            String whole = KEYS + "<graph>\n<node id=\"a\"/>\n<node id=\"b\"/>\n</graph></graphml>";
            ImportProblem p = problems(whole.substring(0, whole.indexOf("<node id=\"b\"")).getBytes(StandardCharsets.UTF_8)).get(0);

            assertThat(p.message()).startsWith("is not well-formed XML");
            assertThat(p.line()).isGreaterThanOrEqualTo(13);
        }

        @Test
        void bytesThatAreNotTheDeclaredEncodingAreRefused() {
            byte[] latin1 = (KEYS + "<graph><node id=\"a\"><data key=\"d0\">M\u00fcnchen</data></node></graph></graphml>")
                    .getBytes(StandardCharsets.ISO_8859_1);

            ImportProblem p = problems(latin1).get(0);
            assertThat(p.message()).startsWith("is not valid UTF-8");
            assertThat(p.line()).isEqualTo(13);
        }

        @Test
        void binaryJunkAndEmptyInputAreRefused() {
            assertThat(problems(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})).hasSize(1);
            assertThat(problems(new byte[0])).hasSize(1);
        }

        @Test
        void externalEntitiesAreNotRead() {
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<graphml><graph><node id=\"&x;\"/></graph></graphml>";

            assertThat(problems(xxe.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        }
    }
}
