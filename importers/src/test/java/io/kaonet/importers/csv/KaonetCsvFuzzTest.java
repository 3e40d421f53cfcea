package io.kaonet.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.ByteMutations;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Random byte mutations of a valid network: whatever the bytes, the importer either returns a
 * consistent batch or throws {@link ImportException}, never anything else.
 */
class KaonetCsvFuzzTest {

    /** How many mutated inputs are tried: 3,000, from a fixed seed (so a failure repeats). */
    private static final int INPUTS = 3_000;
    private static final long SEED = 20_261_121L;

    private static final Map<String, String> VALID = new LinkedHashMap<>();

    static {
        VALID.put("clusters.csv", "id,name,region,country,type,description\n"
                + "TAMA,\"TAMA Association, Kanto\",Kanto,JP,METROPOLITAN,\"multi\nline \"\"quoted\"\"\"\n");
        VALID.put("actors.csv", "id,name,kind,industry,country,latitude,longitude,founded,employees,sme,technologies\n"
                + "a1,Hachioji Precision Works,COMPANY,machinery,JP,35.66,139.32,1962,120,true,micro machining|laser\n"
                + "a2,浜松 Photonics Lab,UNIVERSITY,,JP,34.7,137.7,1950,0,,MEMS\n"
                + "a3,Tama Shinkin Bank,FINANCIER,banking,JP,,,,,false,\n");
        VALID.put("activities.csv", "id,name,kind,start,end,programme\n"
                + "p1,Sensor project,JOINT_RD_PROJECT,2005-04-01,2008-03-31,Cluster\n");
        VALID.put("ties.csv", "id,source,target,kind,since,until,weight\n"
                + ",a2,a1,JOINT_RESEARCH,2003-04-01,,2\n"
                + "t9,a3,a1,FINANCING,2004-10-01,2009-10-01,1.5\n");
        VALID.put("memberships.csv", "actor,cluster,since,until\r\na1,TAMA,2001-04-01,\r\na2,TAMA,,\r\n");
        VALID.put("participations.csv", "activity,actor,role,contribution\np1,a1,coordinator,1e5\np1,a2,,\n");
    }

    private static final byte[] SPECIAL = {'"', ',', '\n', '\r', '|', '-', '.', '1', ' ', 0, 7, 0x7F,
            (byte) 0xC3, (byte) 0xA9, (byte) 0xE6, (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ByteMutations MUTATIONS = new ByteMutations(SPECIAL);

    @Test
    void threeThousandMutatedInputsOnlyEverRaiseImportException() {
        Random random = new Random(SEED);
        List<String> names = List.copyOf(VALID.keySet());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            VALID.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
            String target = names.get(random.nextInt(names.size()));
            files.put(target, MUTATIONS.mutate(files.get(target), random));
            Map<String, InputStream> inputs = new LinkedHashMap<>();
            files.forEach((name, bytes) -> inputs.put(name, new ByteArrayInputStream(bytes)));
            try {
                NetworkBatch batch = new KaonetCsvImporter().read(inputs, KnownIds.NONE);
                assertConsistent(batch);
                accepted++;
            } catch (ImportException e) {
                // Plain checks: AssertJ per problem would dominate the run time.
                for (ImportProblem p : e.problems()) {
                    if (!names.contains(p.file()) || p.line() < 0 || p.message().isBlank()) {
                        fail("input %d (mutated %s) reported a problem without file, line or message: %s", i, target, p);
                    }
                }
                refused++;
            } catch (RuntimeException | Error e) {
                fail("input %d (mutated %s) threw %s: %s", i, target, e.getClass().getName(), e.getMessage(), e);
            }
        }
        assertThat(accepted + refused).isEqualTo(INPUTS);
        assertThat(accepted).as("mutations that keep the network valid").isPositive();
        assertThat(refused).as("mutations that break it").isGreaterThan(INPUTS / 2);
    }


    /** What an accepted batch must satisfy with no database behind it: every reference resolves inside it. */
    private static void assertConsistent(NetworkBatch batch) {
        Set<String> actors = batch.actors().stream().map(Actor::id).collect(Collectors.toSet());
        Set<String> clusters = batch.clusters().stream().map(c -> c.id()).collect(Collectors.toSet());
        Set<String> activities = batch.activities().stream().map(a -> a.id()).collect(Collectors.toSet());
        assertThat(actors).hasSize(batch.actors().size());
        for (Tie t : batch.ties()) {
            assertThat(actors).contains(t.sourceId(), t.targetId());
            assertThat(t.source()).startsWith("ties.csv:");
        }
        batch.memberships().forEach(m -> assertThat(actors).contains(m.actorId()));
        batch.memberships().forEach(m -> assertThat(clusters).contains(m.clusterId()));
        batch.participations().forEach(p -> assertThat(actors).contains(p.actorId()));
        batch.participations().forEach(p -> assertThat(activities).contains(p.activityId()));
        assertThat(batch.ties().stream().map(Tie::key).distinct().count()).isEqualTo(batch.ties().size());
    }

    @Test
    void unmutatedNetworkIsValid() {
        Map<String, InputStream> inputs = new LinkedHashMap<>();
        VALID.forEach((name, text) -> inputs.put(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

        NetworkBatch batch = new KaonetCsvImporter().read(inputs, KnownIds.NONE);

        assertThat(batch.size()).isEqualTo(1 + 3 + 1 + 2 + 2 + 2);
        assertThat(batch.clusters().get(0).description()).isEqualTo("multi\nline \"quoted\"");
    }
}
