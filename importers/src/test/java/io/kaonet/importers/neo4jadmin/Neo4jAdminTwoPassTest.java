package io.kaonet.importers.neo4jadmin;

import static io.kaonet.importers.TwoPassAgreement.FOUR_BUCKETS;
import static io.kaonet.importers.TwoPassAgreement.ONE_BUCKET;
import static io.kaonet.importers.TwoPassAgreement.emit;
import static io.kaonet.importers.TwoPassAgreement.joined;
import static io.kaonet.importers.TwoPassAgreement.validationProblems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The large-file passes of the neo4j-admin importer against {@code read}: validation reports what
 * {@code read} reports, and the emitted chunks hold what {@code read} returns, also when the hash
 * of ids and keys collides on purpose (then every duplicate must be confirmed exactly).
 */
class Neo4jAdminTwoPassTest {

    @TempDir
    Path dir;

    private final Neo4jAdminImporter importer = new Neo4jAdminImporter();
    private final Neo4jAdminImporter fourBuckets = new Neo4jAdminImporter(FOUR_BUCKETS);
    private final Neo4jAdminImporter oneBucket = new Neo4jAdminImporter(ONE_BUCKET);
    private final TwoPassAgreement agreement = new TwoPassAgreement(importer::read, importer, List.of(fourBuckets, oneBucket));

    void write(String name, String content) {
        InputFiles.write(dir, name, content);
    }

    /** A batch as neo4j-admin node and relationship files, every attribute in a typed property column. */
    static void writeAdminFiles(NetworkBatch b, Path folder) {
        StringBuilder actors = new StringBuilder("id:ID,name,kind,industry,region,city,country,latitude:double,"
                + "longitude:double,founded:int,employees:int,sme:boolean,technologies:string[],offers:string[],seeks:string[]\n");
        for (Actor a : b.actors()) {
            row(actors, a.id(), a.name(), a.kind(), a.industry(), a.region(), a.city(), a.country(),
                    a.location() == null ? null : a.location().latitude(), a.location() == null ? null : a.location().longitude(),
                    a.founded(), a.employees(), a.sme(), String.join(";", a.technologies()), String.join(";", a.offers()),
                    String.join(";", a.seeks()));
        }
        StringBuilder clusters = new StringBuilder("id:ID(Cluster),:LABEL,name,region,country,type,description\n");
        for (Cluster c : b.clusters()) {
            row(clusters, c.id(), "Cluster", c.name(), c.region(), c.country(), c.type(), c.description());
        }
        StringBuilder activities = new StringBuilder("id:ID(Activity),:LABEL,name,kind,start:date,end:date,programme,fundingScheme\n");
        for (Activity a : b.activities()) {
            row(activities, a.id(), "Activity", a.name(), a.kind(), a.start(), a.end(), a.programme(), a.fundingScheme());
        }
        StringBuilder ties = new StringBuilder(":START_ID,:END_ID,:TYPE,tieId,since:date,until:date,weight:double\n");
        for (Tie t : b.ties()) {
            row(ties, t.sourceId(), t.targetId(), t.kind(), t.id(), t.since(), t.until(), t.weight());
        }
        StringBuilder memberships = new StringBuilder(":START_ID,:END_ID(Cluster),:TYPE,since:date,until:date\n");
        for (Membership m : b.memberships()) {
            row(memberships, m.actorId(), m.clusterId(), "MEMBER_OF", m.since(), m.until());
        }
        StringBuilder participations = new StringBuilder(":START_ID,:END_ID(Activity),:TYPE,role,contribution:double\n");
        for (Participation p : b.participations()) {
            row(participations, p.actorId(), p.activityId(), "PARTICIPATES_IN", p.role(), p.contribution());
        }
        Map<String, StringBuilder> files = Map.of("actors.csv", actors, "clusters.csv", clusters, "activities.csv", activities,
                "ties.csv", ties, "memberships.csv", memberships, "participations.csv", participations);
        files.forEach((name, text) -> InputFiles.write(folder, name, text.toString()));
    }

    private static void row(StringBuilder out, Object... values) {
        out.append(Arrays.stream(values).map(v -> {
            String s = v == null ? "" : v.toString();
            return s.matches("[^\",\\n\\r]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
        }).collect(Collectors.joining(","))).append('\n');
    }

    @Nested
    class ValidInput {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3})
        void generatedNetworkImportsTheSameWhateverTheHash(long seed) {
            NetworkBatch generated = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.withSeed(seed)).generate().batch();
            writeAdminFiles(generated, dir);

            NetworkBatch whole = importer.read(dir, KnownIds.NONE);

            assertThat(whole.actors()).isEqualTo(generated.actors());
            assertThat(whole.clusters()).isEqualTo(generated.clusters());
            assertThat(whole.activities()).isEqualTo(generated.activities());
            assertThat(whole.memberships()).isEqualTo(generated.memberships());
            assertThat(whole.participations()).isEqualTo(generated.participations());
            assertThat(whole.ties()).extracting(Tie::key).isEqualTo(generated.ties().stream().map(Tie::key).toList());
            for (Neo4jAdminImporter two : List.of(importer, fourBuckets, oneBucket)) {
                assertThat(two.read(dir, KnownIds.NONE)).isEqualTo(whole);
                assertThat(two.validate(dir, KnownIds.NONE)).isEqualTo(whole.size());
                assertThat(joined(emit(two, dir, 500))).isEqualTo(whole);
            }
        }

        @Test
        void idsAndKeysThatCollideByHashAreNotDuplicates() {
            write("nodes.csv", "id:ID,kind\na1,COMPANY\na2,COMPANY\na3,UNIVERSITY\n");
            write("rels.csv", ":START_ID,:END_ID,:TYPE\na1,a2,ALLIANCE\na2,a3,ALLIANCE\na1,a3,SUPPLY\n");

            assertThat(oneBucket.validate(dir, KnownIds.NONE)).isEqualTo(6);
            assertThat(joined(emit(oneBucket, dir, 4))).isEqualTo(importer.read(dir, KnownIds.NONE));
        }

        @Test
        void theSameIdForAnActorAndAClusterIsNoDuplicateEvenInOneBucket() {
            write("nodes.csv", "id:ID,:LABEL,kind\nx,Company,\nx,Cluster,\ny,Cluster,\n");
            write("rels.csv", ":START_ID,:END_ID,:TYPE\nx,x,MEMBER_OF\nx,y,MEMBER_OF\n");

            assertThat(oneBucket.validate(dir, KnownIds.NONE)).isEqualTo(5);
            assertThat(agreement.assertAgreeWithRead(dir, KnownIds.NONE)).isTrue();
        }
    }

    @Nested
    class BadInput {

        @Test
        void duplicateConfirmedAfterACollisionNamesTheLineOfTheEqualId() {
            write("nodes.csv", "id:ID,kind\na1,COMPANY\na2,COMPANY\na2,COMPANY\na1,COMPANY\n");

            assertThat(validationProblems(oneBucket, dir, KnownIds.NONE)).containsExactly(
                    new ImportProblem("nodes.csv", 4, "id", "a2", "is a duplicate of line 3"),
                    new ImportProblem("nodes.csv", 5, "id", "a1", "is a duplicate of line 2"));
            assertThat(agreement.assertAgreeWithRead(dir, KnownIds.NONE)).isFalse();
        }

        @Test
        void duplicateIdsAcrossNodeFilesAndDuplicateTiesAcrossRelationshipFilesAreConfirmed() {
            write("n1.csv", "id:ID,kind\na1,COMPANY\na2,COMPANY\n");
            write("n2.csv", "id:ID,kind\na3,COMPANY\na1,UNIVERSITY\n");
            write("r1.csv", ":START_ID,:END_ID,:TYPE\na1,a2,ALLIANCE\na2,a3,SUPPLY\n");
            write("r2.csv", ":START_ID,:END_ID,:TYPE\na3,a2,SUPPLY\na2,a1,ALLIANCE\n");

            assertThat(validationProblems(fourBuckets, dir, KnownIds.NONE)).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::message).containsExactly(
                    tuple("n2.csv", 3L, "is a duplicate of line 2"),
                    tuple("r2.csv", 3L, "is the same tie (id, or kind, ends and since) as line 2"));
            assertThat(agreement.assertAgreeWithRead(dir, KnownIds.NONE)).isFalse();
        }

        @Test
        void duplicatesBeyondTheCapAreConfirmedLikeRead() {
            StringBuilder nodes = new StringBuilder("id:ID,kind\n");
            for (int i = 0; i < 300; i++) {
                nodes.append('a').append(i % 120).append(",COMPANY\n");
            }
            write("nodes.csv", nodes.toString());
            write("rels.csv", ":START_ID,:END_ID,:TYPE\na1,nobody,ALLIANCE\n");

            assertThat(agreement.assertAllRefuseExactlyAsRead(dir, KnownIds.NONE).truncated()).isTrue();
            assertThat(agreement.assertAgreeWithRead(dir, KnownIds.NONE)).isFalse();
        }

        @Test
        void referenceWhoseHashEqualsADefinedIdsIsLeftToTheWriterAsDocumented() {
            write("nodes.csv", "id:ID,kind\na1,COMPANY\na2,COMPANY\n");
            write("rels.csv", ":START_ID,:END_ID,:TYPE\na1,ghost,ALLIANCE\n");

            assertThat(oneBucket.validate(dir, KnownIds.NONE)).as("ghost passes as a2 by hash").isEqualTo(3);
            assertThatThrownBy(() -> importer.validate(dir, KnownIds.NONE)).isInstanceOf(ImportException.class);
        }
    }

    /**
     * Seeded random byte mutations of a small valid set of files: for each, validation (with the
     * real hash and with hashes that collide on purpose) refuses with the problems of {@code read},
     * or accepts and the chunks hold {@code read}'s records.
     */
    @Test
    void mutatedFilesGetTheSameVerdictFromBothPassesAsFromRead() throws IOException {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("actors.csv", "id:ID,name,:LABEL,country,latitude:double,longitude:double,founded:int,sme:boolean,"
                + "technologies:string[]\na1,Alpha,Company,JP,35.6,139.3,1962,true,laser;MEMS\na2,Beta,University,JP,,,1950,,\n"
                + "a3,Gamma,Financier,,,,,false,\na4,Delta,COMPANY,,,,,,\n");
        valid.put("groups.csv", "id:ID(Cluster),:LABEL,name,type\nTAMA,Cluster,TAMA,METROPOLITAN\nKINKI,Cluster,Kinki,\n"
                + "p1,Activity,Sensors,\n");
        valid.put("ties.csv", ":START_ID,:END_ID,:TYPE,tieId,since:date,weight:double\na2,a1,JOINT_RESEARCH,,2003-04-01,2\n"
                + "a3,a1,FINANCING,t9,2004-10-01,1.5\na1,a4,SUPPLY,,,\na4,a1,SUPPLY,,,\n");
        valid.put("links.csv", ":START_ID,:END_ID,:TYPE,since:date,role\na1,TAMA,MEMBER_OF,2001-04-01,\na2,TAMA,MEMBER_OF,,\n"
                + "a4,KINKI,MEMBER_OF,,\na1,p1,PARTICIPATES_IN,,lead\na2,p1,PARTICIPATES_IN,,\n");
        ByteMutations mutations = new ByteMutations(new byte[] {'"', ',', '\n', ';', ':', '1', 'a', '-', ' ', (byte) 0xC3});
        Random random = new Random(20_261_122L);
        TwoPassAgreement fourBucketAgreement = new TwoPassAgreement(importer::read, importer, List.of(fourBuckets));
        int accepted = 0;
        for (int i = 0; i < 200; i++) {
            Path folder = Files.createDirectory(dir.resolve("input-" + i));
            InputFiles.write(folder, mutations.mutateOneOf(valid, random));
            accepted += fourBucketAgreement.assertAgreeWithRead(folder, KnownIds.NONE) ? 1 : 0;
        }
        assertThat(accepted).as("mutations that keep the files valid").isPositive().isLessThan(150);
    }
}
