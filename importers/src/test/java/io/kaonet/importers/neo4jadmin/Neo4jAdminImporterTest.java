package io.kaonet.importers.neo4jadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Neo4jAdminImporterTest {

    static final String NODES = """
            id:ID,name,:LABEL,founded:int,sme:boolean,technologies:string[]
            a1,Alpha Works,Actor;Company,1962,true,laser;MEMS
            a2,Beta University,University,,,
            tama,TAMA,Cluster,,,
            """;
    static final String ACTIVITIES = """
            :ID(Activity),name,:LABEL,start:date
            p1,Sensor project,Activity,2005-04-01
            """;
    static final String RELS = """
            :START_ID,:END_ID,:TYPE,since:date,weight:double
            a2,a1,JOINT_RESEARCH,2003-04-01,2
            a1,tama,MEMBER_OF,2001-04-01,
            a2,p1,PARTICIPATES_IN,,
            """;

    static Map<String, InputStream> files(String... nameThenContent) {
        Map<String, InputStream> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put(nameThenContent[i], new ByteArrayInputStream(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    static List<ImportProblem> problems(Map<String, InputStream> files) {
        return catchThrowableOfType(ImportException.class, () -> new Neo4jAdminImporter().read(files, KnownIds.NONE)).problems();
    }

    @Nested
    class ValidInput {

        @Test
        void nodesAndRelationshipsBecomeEveryKindOfRecordWhateverTheFileOrder() {
            NetworkBatch batch = new Neo4jAdminImporter().read(files("a-rels.csv", RELS, "b-nodes.csv", NODES,
                    "c-activities.csv", ACTIVITIES), KnownIds.NONE);

            assertThat(batch.actors()).containsExactly(
                    new Actor("a1", "Alpha Works", ActorKind.COMPANY, null, null, null, null, null, 1962, null, true,
                            List.of("laser", "MEMS"), List.of(), List.of()),
                    Actor.of("a2", "Beta University", ActorKind.UNIVERSITY));
            assertThat(batch.clusters()).containsExactly(new Cluster("tama", "TAMA", null, null, null, null));
            assertThat(batch.activities()).containsExactly(new Activity("p1", "Sensor project", ActivityKind.JOINT_RD_PROJECT,
                    LocalDate.of(2005, 4, 1), null, null, null));
            assertThat(batch.ties()).containsExactly(new Tie(null, "a2", "a1", TieKind.JOINT_RESEARCH,
                    LocalDate.of(2003, 4, 1), null, 2.0, "a-rels.csv:2"));
            assertThat(batch.memberships()).containsExactly(new Membership("a1", "tama", LocalDate.of(2001, 4, 1), null));
            assertThat(batch.participations()).containsExactly(new Participation("p1", "a2", null, null));
        }

        @Test
        void largeInputIsValidatedThenEmittedInChunksOfTheSameRecords(@TempDir Path dir) throws IOException {
            StringBuilder nodes = new StringBuilder("id:ID,name,kind\n");
            StringBuilder rels = new StringBuilder(":START_ID,:END_ID,:TYPE,weight:double\n");
            for (int i = 0; i < 50; i++) {
                nodes.append("n").append(i).append(",Node ").append(i).append(",COMPANY\n");
            }
            for (int i = 0; i < 49; i++) {
                rels.append("n").append(i).append(",n").append(i + 1).append(",SUPPLY,").append(i + 1).append('\n');
            }
            Files.writeString(dir.resolve("nodes.csv"), nodes);
            Files.writeString(dir.resolve("rels.csv"), rels);
            Neo4jAdminImporter importer = new Neo4jAdminImporter();
            List<NetworkBatch> chunks = new ArrayList<>();

            long records = importer.validate(dir, KnownIds.NONE);
            long count = importer.emit(dir, 20, chunks::add);

            NetworkBatch whole = importer.read(dir, KnownIds.NONE);
            assertThat(records).isEqualTo(whole.size()).isEqualTo(99);
            assertThat(count).isEqualTo(chunks.size()).isEqualTo(5);
            assertThat(chunks).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(20));
            assertThat(chunks.stream().flatMap(c -> c.actors().stream()).toList()).isEqualTo(whole.actors());
            assertThat(chunks.stream().flatMap(c -> c.ties().stream()).toList()).isEqualTo(whole.ties());
        }
    }

    @Nested
    class BadInput {

        @Test
        void headerThatIsNeitherNodesNorRelationshipsIsRefused() {
            assertThat(problems(files("x.csv", "id,name\n1,A\n"))).extracting(ImportProblem::file, ImportProblem::line)
                    .containsExactly(tuple("x.csv", 1L));
        }

        @Test
        void unknownTypeAndMissingTypeColumnAreReportedOnTheHeader() {
            assertThat(problems(files("n.csv", "id:ID,founded:year\na,1\n"))).extracting(ImportProblem::line, ImportProblem::field)
                    .containsExactly(tuple(1L, "founded:year"));
            assertThat(problems(files("n.csv", "id:ID,kind\na,COMPANY\n", "r.csv", ":START_ID,:END_ID\na,a\n")))
                    .extracting(ImportProblem::file, ImportProblem::field).containsExactly(tuple("r.csv", ":TYPE"));
        }

        @Test
        void valuesOfTheWrongTypeNameLineAndColumn() {
            assertThat(problems(files("n.csv", "id:ID,kind,founded:int,sme:boolean\na,COMPANY,1962,maybe\nb,COMPANY,old,true\n")))
                    .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::value)
                    .containsExactly(tuple(2L, "sme", "maybe"), tuple(3L, "founded", "old"));
        }

        @Test
        void unknownReferencesKindsAndDuplicatesAreReported() {
            List<ImportProblem> found = problems(files("n.csv", "id:ID,kind\na,COMPANY\nb,BAKERY\na,COMPANY\n",
                    "r.csv", ":START_ID,:END_ID,:TYPE\na,ghost,SUPPLY\na,c,LIKES\n"));

            assertThat(found).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field).containsExactly(
                    tuple("n.csv", 3L, "kind"), tuple("n.csv", 4L, "id"), tuple("r.csv", 3L, "type"),
                    tuple("r.csv", 2L, ":END_ID"), tuple("r.csv", 3L, ":END_ID"));
        }

        @Test
        void brokenQuotingTruncationEncodingAndBinaryAreRefusedWithTheFile() {
            assertThat(problems(files("n.csv", "id:ID,name,kind\na,\"Alpha,COMPANY\n"))).extracting(ImportProblem::file, ImportProblem::line)
                    .containsExactly(tuple("n.csv", 2L));
            Map<String, InputStream> latin1 = new LinkedHashMap<>();
            latin1.put("n.csv", new ByteArrayInputStream("id:ID,name,kind\na,M\u00fcnchen,COMPANY\n".getBytes(StandardCharsets.ISO_8859_1)));
            assertThat(problems(latin1).get(0).message()).contains("UTF-8");
            Map<String, InputStream> binary = new LinkedHashMap<>();
            binary.put("n.csv", new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0}));
            assertThat(problems(binary)).extracting(ImportProblem::file).containsExactly("n.csv");
        }
    }
}
