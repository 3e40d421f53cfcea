package io.kaonet.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import io.kaonet.importers.neo4jadmin.Neo4jAdminImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded random byte mutations of valid inputs of every exchange format: whatever the bytes, an
 * importer returns a consistent batch or throws {@link ImportException} with file, line and
 * message, never anything else. {@value #INPUTS} inputs per format (10,000 in all) through the
 * upload path ({@code read} of streams), and {@value #FILE_INPUTS} per format (4,000 in all) written
 * to files and run through the command line's two passes ({@link TwoPassImporter}), which must refuse
 * exactly what {@code read} refuses and emit the records it returns; fixed seeds, so that a failure
 * repeats.
 */
class ExchangeFuzzTest {

    static final int INPUTS = 2_500;
    static final int FILE_INPUTS = 1_000;

    @TempDir
    Path folder;

    private static final byte[] SPECIAL = {'"', ',', ';', '\n', '\r', '<', '>', '/', '&', '[', ']', '{', '}', ':', '|',
            '-', '.', '1', ' ', 0, 7, 0x7F, (byte) 0xC3, (byte) 0xA9, (byte) 0xE6, (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ByteMutations MUTATIONS = new ByteMutations(SPECIAL);

    enum Format {
        CORDIS_CSV(Map.of(
                "project.csv", "id,acronym,title,startDate,endDate,frameworkProgramme,fundingScheme\n"
                        + "101,SENSE,\"Sensors, \"\"lasers\"\"\",2023-01-01,2026-12-31,HORIZON,HORIZON-RIA\n102,LEARN,T,,,H,S\n",
                "organization.csv", "projectID;organisationID;name;SME;activityType;city;country;nutsCode;geolocation;role;ecContribution\n"
                        + "101;900;\"Alpha; GmbH\";True;PRC;MUNCHEN;DE;DE212;\"48,1;11,5\";coordinator;\"1000,5\"\n"
                        + "101;901;Beta;False;HES;Athens;EL;;;participant;\n"
                        + "102;900;Alpha GmbH;True;\"PRC;PRC\";MUENCHEN;DE;DE212;;\"participant;thirdParty\";\"100;2,5\"\n"),
                files -> new CordisImporter().read(files, KnownIds.NONE)),
        CORDIS_JSON(Map.of(
                "project.json", "[{\"id\": \"101\", \"acronym\": \"SENSE\", \"startDate\": \"2023-01-01\", \"endDate\": \"2026-12-31\"}]",
                "organization.json", "[\n{\"projectID\": \"101\", \"organisationID\": 900, \"name\": \"Alpha\", \"SME\": true,\n"
                        + " \"activityType\": [\"PRC\", \"PRC\"], \"ecContribution\": [1000.5, 2], \"country\": \"UK\"},\n"
                        + "{\"projectID\": \"101\", \"organisationID\": \"901\", \"name\": \"Beta\", \"activityType\": \"REC\"}\n]"),
                files -> new CordisImporter().read(files, KnownIds.NONE)),
        GRAPHML(Map.of("net.graphml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="n" for="node" attr.name="name" attr.type="string"/>
                  <key id="k" for="node" attr.name="kind" attr.type="string"><default>COMPANY</default></key>
                  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                  <key id="s" for="edge" attr.name="since" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="n">Alpha &amp; Co</data><data key="k">UNIVERSITY</data></node>
                    <node id="b"><data key="n">浜松</data></node>
                    <node id="c"/>
                    <edge source="a" target="b"><data key="w">2.5</data><data key="s">2003-04-01</data></edge>
                    <edge source="b" target="c"/>
                  </graph>
                </graphml>
                """), files -> {
                    var e = files.entrySet().iterator().next();
                    return new GraphmlImporter().read(e.getKey(), e.getValue(), KnownIds.NONE);
                }),
        NEO4J_ADMIN(Map.of(
                "nodes.csv", "id:ID,name,:LABEL,founded:int,technologies:string[]\na1,\"Alpha, Ltd\",Company,1962,laser;MEMS\n"
                        + "a2,Beta,University,,\ntama,TAMA,Cluster,,\n",
                "rels.csv", ":START_ID,:END_ID,:TYPE,since:date,weight:double\na2,a1,JOINT_RESEARCH,2003-04-01,2\n"
                        + "a1,tama,MEMBER_OF,,\n"),
                files -> new Neo4jAdminImporter().read(files, KnownIds.NONE));

        final Map<String, String> valid;
        final Function<Map<String, InputStream>, NetworkBatch> importer;

        Format(Map<String, String> valid, Function<Map<String, InputStream>, NetworkBatch> importer) {
            this.valid = new LinkedHashMap<>(valid);
            this.importer = importer;
        }

        TwoPassImporter twoPass() {
            return switch (this) {
                case CORDIS_CSV, CORDIS_JSON -> new CordisImporter();
                case GRAPHML -> new GraphmlImporter();
                case NEO4J_ADMIN -> new Neo4jAdminImporter();
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void mutatedFilesGetTheSameAnswerFromBothPassesAsFromAnUpload(Format format) throws IOException {
        Random random = new Random(20_261_122L + format.ordinal());
        List<String> names = List.copyOf(format.valid.keySet());
        TwoPassImporter twoPass = format.twoPass();
        int refused = 0;
        for (int i = 0; i < FILE_INPUTS; i++) {
            Map<String, byte[]> files = bytes(format.valid);
            String target = names.get(random.nextInt(names.size()));
            files.put(target, MUTATIONS.mutate(files.get(target), random));
            for (var file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            NetworkBatch uploaded = null;
            ImportException uploadRefused = null;
            try {
                uploaded = format.importer.apply(streams(files));
            } catch (ImportException e) {
                uploadRefused = e;
            }
            try {
                long records = twoPass.validate(folder, KnownIds.NONE);
                assertThat(uploadRefused).as("%s input %d (mutated %s): validated what the upload refused", format, i, target)
                        .isNull();
                List<NetworkBatch> chunks = new ArrayList<>();
                twoPass.emit(folder, 4, chunks::add);
                NetworkBatch emitted = TwoPassAgreement.joined(chunks);
                assertThat(records).isEqualTo(emitted.size());
                assertSameRecords(emitted, uploaded);
            } catch (ImportException e) {
                assertThat(uploadRefused).as("%s input %d (mutated %s): refused what the upload accepted: %s", format, i,
                        target, e.problems()).isNotNull();
                assertThat(e.problems()).isEqualTo(uploadRefused.problems());
                refused++;
            } catch (RuntimeException | Error e) {
                fail("%s input %d (mutated %s) threw %s: %s", format, i, target, e.getClass().getName(), e.getMessage(), e);
            }
        }
        assertThat(refused).as("mutations that break the input").isGreaterThan(FILE_INPUTS / 10);
    }

    /** The same records of every kind, whatever their order (the passes hand them on in file order). */
    private static void assertSameRecords(NetworkBatch actual, NetworkBatch expected) {
        assertThat(actual.actors()).containsExactlyInAnyOrderElementsOf(expected.actors());
        assertThat(actual.ties()).containsExactlyInAnyOrderElementsOf(expected.ties());
        assertThat(actual.clusters()).containsExactlyInAnyOrderElementsOf(expected.clusters());
        assertThat(actual.memberships()).containsExactlyInAnyOrderElementsOf(expected.memberships());
        assertThat(actual.activities()).containsExactlyInAnyOrderElementsOf(expected.activities());
        assertThat(actual.participations()).containsExactlyInAnyOrderElementsOf(expected.participations());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void mutatedInputsOnlyEverRaiseImportException(Format format) {
        NetworkBatch unmutated = format.importer.apply(streams(bytes(format.valid)));
        assertThat(unmutated.size()).as("the valid input reads").isPositive();

        Random random = new Random(20_261_121L + format.ordinal());
        List<String> names = List.copyOf(format.valid.keySet());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            Map<String, byte[]> files = bytes(format.valid);
            String target = names.get(random.nextInt(names.size()));
            files.put(target, MUTATIONS.mutate(files.get(target), random));
            try {
                assertConsistent(format.importer.apply(streams(files)));
                accepted++;
            } catch (ImportException e) {
                for (ImportProblem p : e.problems()) {
                    if (p.file() == null || p.line() < 0 || p.message() == null || p.message().isBlank()) {
                        fail("%s input %d (mutated %s) reported a problem without file, line or message: %s", format, i, target, p);
                    }
                }
                refused++;
            } catch (RuntimeException | Error e) {
                fail("%s input %d (mutated %s) threw %s: %s", format, i, target, e.getClass().getName(), e.getMessage(), e);
            }
        }
        assertThat(accepted + refused).isEqualTo(INPUTS);
        assertThat(refused).as("mutations that break the input").isGreaterThan(INPUTS / 10);
    }

    private static Map<String, byte[]> bytes(Map<String, String> texts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static Map<String, InputStream> streams(Map<String, byte[]> files) {
        Map<String, InputStream> inputs = new LinkedHashMap<>();
        files.forEach((name, b) -> inputs.put(name, new ByteArrayInputStream(b)));
        return inputs;
    }


    /** An accepted batch has unique actors, and every reference resolves inside it (no database behind it). */
    private static void assertConsistent(NetworkBatch batch) {
        Set<String> actors = batch.actors().stream().map(Actor::id).collect(Collectors.toSet());
        Set<String> clusters = batch.clusters().stream().map(c -> c.id()).collect(Collectors.toSet());
        Set<String> activities = batch.activities().stream().map(a -> a.id()).collect(Collectors.toSet());
        assertThat(actors).hasSize(batch.actors().size());
        for (Tie t : batch.ties()) {
            assertThat(actors).contains(t.sourceId(), t.targetId());
        }
        batch.memberships().forEach(m -> assertThat(actors).contains(m.actorId()));
        batch.memberships().forEach(m -> assertThat(clusters).contains(m.clusterId()));
        batch.participations().forEach(p -> assertThat(actors).contains(p.actorId()));
        batch.participations().forEach(p -> assertThat(activities).contains(p.activityId()));
        assertThat(batch.ties().stream().map(Tie::key).distinct().count()).isEqualTo(batch.ties().size());
    }
}
