package io.kaonet.api.exchange;

import io.kaonet.api.KaonetCommandLine;
import io.kaonet.importers.CitySpellingFiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.queries.bulk.FirstLoad;
import io.kaonet.queries.bulk.StoreDump;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code kaonet import} into an empty embedded store goes through Neo4j's batch importer; the same
 * files through the transactional path (a store the command did not find empty) give the same
 * canonical dump: nodes, labels, properties, content hashes, provenance, relationships, constraints,
 * indexes, manifest and data version. Each run has stores of its own, never the Spring context's.
 */
class FirstLoadCommandIT {

    @TempDir
    static Path temp;

    record Run(int exit, String out, String err) {
    }

    @Test
    void kaonetCsvOfEveryFileGivesTheSameStoreThroughBothPathsAndALaterImportIsTransactional() throws IOException {
        Path dir = kaonetCsv();

        Run loaded = run("import", "--format=kaonet-csv", "--dir=" + dir, "--batch=5", "--data-dir=" + temp.resolve("csv-bulk"));
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("14 records valid, an empty store: first load through Neo4j's batch importer");
        List<String> bulk = dump(settings("csv-bulk"));
        List<String> transactional = transactional("csv-transactional", "--format=kaonet-csv", "--dir=" + dir, "--batch=5");

        assertThat(bulk).containsExactlyElementsOf(transactional);
        assertThat(bulk).filteredOn(l -> l.startsWith("relationship ")).hasSize(3 + 2 + 2);
        assertThat(bulk).anyMatch(l -> l.startsWith("relationship FINANCING") && l.contains("provenance=STRING:\"ties.csv:3\""));

        Run again = run("import", "--format=kaonet-csv", "--dir=" + dir, "--batch=5",
                "--data-dir=" + temp.resolve("csv-bulk"));
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).as("the manifest of the first load is the transactional path's")
                .contains("writing in batches of 5")
                .contains("imported: 0 batches written (" + ExchangeCommandIT.number(loaded.out(), "imported: (\\d+) batches written")
                        + " already committed before)");
    }

    @Test
    void theCordisSampleGivesTheSameStoreThroughBothPaths() {
        Path sample = Path.of(System.getProperty("kaonet.shared.dir", "../../shared"), "data", "cordis-sample");

        List<String> bulk = firstLoad("cordis-bulk", "--format=cordis", "--dir=" + sample);
        List<String> transactional = transactional("cordis-transactional", "--format=cordis", "--dir=" + sample);

        assertThat(bulk).containsExactlyElementsOf(transactional);
        assertThat(bulk).filteredOn(l -> l.startsWith("relationship PARTICIPATES_IN")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CitySpellingFiles.Format.class, names = {"KAONET_CSV", "NEO4J_ADMIN", "GRAPHML", "CORDIS"})
    void citySpellingsAreFoldedAndKeptAlikeThroughBothPaths(CitySpellingFiles.Format f) {
        Path dir = CitySpellingFiles.write(temp, f, CitySpellingFiles.Order.SHUFFLED);
        // Batches of 2: actors are written before the last of them is read.
        String[] args = {"--format=" + f.tag(), "--dir=" + dir, "--batch=2"};

        List<String> bulk = firstLoad("cities-bulk-" + f.tag(), args);
        List<String> transactional = transactional("cities-transactional-" + f.tag(), args);

        assertThat(bulk).containsExactlyElementsOf(transactional);
        var expected = CitySpellingFiles.expected(f);
        assertThat(bulk).filteredOn(l -> l.startsWith("node Actor:")).hasSize(expected.size()).allSatisfy(line -> {
            String id = line.replaceAll(".*id=STRING:\"([^\"]+)\".*", "$1");
            CitySpellingFiles.Stored stored = expected.get(id);
            if (stored.city() == null) {
                assertThat(line).doesNotContain("city=STRING:");
            } else {
                assertThat(line).contains("city=STRING:\"" + stored.city() + "\"");
            }
            if (stored.citySpellings().isEmpty()) {
                assertThat(line).doesNotContain("citySpellings=");
            } else {
                assertThat(line).containsPattern("citySpellings=[A-Z ]+[?]?:\\[\"" + stored.citySpellings().get(0) + "\"\\]");
            }
        });
    }

    @Test
    void badInputIntoANewStoreIsRefusedNamingFileLineAndFieldAndLeavesItNew() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(dir.resolve("actors.csv"), "id,name,kind\nb1,Alpha,COMPANY\nb2,Beta,SPACESHIP\n");
        Neo4jSettings settings = settings("bad-store");

        Run r = run("import", "--format=kaonet-csv", "--dir=" + dir, "--data-dir=" + temp.resolve("bad-store"));

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("refused, nothing written").contains("actors.csv line 3").contains("kind")
                .contains("SPACESHIP");
        assertThat(FirstLoad.newStore(settings)).isTrue();
    }

    @Test
    void aNeo4jAdminNetworkValidatedWhileLoadedGivesTheSameStoreThroughBothPaths() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("admin"));
        ImportBenchmark.generate(dir, 300, 2_000);
        // Chunks of 70 records: definitions and references share a chunk, and the nodes span several.
        String[] args = {"--format=neo4j-admin", "--dir=" + dir, "--batch=70"};

        Run loaded = run(concat("import", args, "--data-dir=" + temp.resolve("admin-bulk")));
        List<String> transactional = transactional("admin-transactional", args);

        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("2,300 records valid").contains("first load: validation inside the batch import");
        assertThat(dump(settings("admin-bulk"))).containsExactlyElementsOf(transactional);
        assertThat(transactional).filteredOn(l -> l.startsWith("relationship ")).hasSize(2_000);
    }

    @Test
    void aProblemFoundWhileLoadingANewStoreIsReportedInFullAsValidationFindsItAndLeavesTheStoreNew() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("admin-bad"));
        ImportBenchmark.generate(dir, 300, 2_000);
        // Two problems far into the relationships, after the nodes and many ties were handed to the importer.
        Files.writeString(dir.resolve("ties.csv"), "b1,nobody,SUPPLY,t-x,2001-01-01,1\nb1,b2,SUPPLY,t-y,2001-02-30,1\n",
                java.nio.file.StandardOpenOption.APPEND);
        Neo4jSettings settings = settings("admin-bad-store");

        Run r = run("import", "--format=neo4j-admin", "--dir=" + dir, "--batch=70", "--data-dir=" + temp.resolve("admin-bad-store"));

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("refused, nothing written")
                .contains("ties.csv line 2002").contains("nobody")
                .contains("ties.csv line 2003").contains("2001-02-30");
        assertThat(FirstLoad.newStore(settings)).isTrue();
        assertThat(new FirstLoad(settings).interrupted()).isFalse();
    }

    private static List<String> firstLoad(String store, String... args) {
        Neo4jSettings settings = settings(store);
        Run r = run(concat("import", args, "--data-dir=" + temp.resolve(store)));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("first load through Neo4j's batch importer")
                .containsPattern("first load: (validation inside the batch import|validation [0-9.]+ s \\(CPU [0-9.]+ s\\)), batch import [0-9.]+ s \\(CPU [0-9.]+ s\\), store start "
                        + "[0-9.]+ s \\(CPU [0-9.]+ s\\), constraints and indexes [0-9.]+ s \\(CPU [0-9.]+ s\\), manifest and stop");
        return dump(settings);
    }

    /** The transactional path: a store opened by the test, as the command finds a store that is not new. */
    private static List<String> transactional(String store, String... args) {
        try (Neo4jConnection connection = Neo4jConnection.open(settings(store))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = KaonetCommandLine.run(concat("import", args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(PrintStream.nullOutputStream()), connection);
            assertThat(exit).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("writing in batches");
            return StoreDump.of(connection);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KaonetCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> dump(Neo4jSettings settings) {
        try (Neo4jConnection connection = Neo4jConnection.open(settings)) {
            return StoreDump.of(connection);
        }
    }

    private static Neo4jSettings settings(String store) {
        return Neo4jSettings.embedded(temp.resolve(store), 0, null);
    }

    private static String[] concat(String first, String[] middle, String... last) {
        String[] all = new String[1 + middle.length + last.length];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(last, 0, all, 1 + middle.length, last.length);
        return all;
    }

    /** Every Kaonet CSV file (14 records), with optional values present and absent. */
    private static Path kaonetCsv() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("csv"));
        for (var f : Map.of(
                "clusters.csv", "id,name,region,country,type,description\n"
                        + "TAMA,TAMA Association,Kanto,JP,METROPOLITAN,\"Tama, \"\"artery\"\"\"\nKOBE,Kobe Medical,,,,\n",
                "actors.csv", "id,name,kind,industry,region,city,country,latitude,longitude,founded,employees,sme,technologies,offers,seeks\n"
                        + "a1,Hachioji Precision,COMPANY,machinery,Tokyo,Hachioji,JP,35.66,139.33,1962,120,true,micro machining|laser,prototyping,sensor design\n"
                        + "a2,Tama Institute,UNIVERSITY,,Tokyo,,JP,,,,,,MEMS,,\n"
                        + "a3,Tama Shinkin,FINANCIER,banking,,,,,,,,,,loans,\n"
                        + "a4,大田精工,COMPANY,,,,,,,,,false,,,\n",
                "ties.csv", "source,target,kind,since,until,weight,id\n"
                        + "a2,a1,JOINT_RESEARCH,2003-04-01,2005-03-31,2,\n"
                        + "a3,a1,FINANCING,2004-10-01,,,\n"
                        + "a4,a1,SUPPLY,,,1.5,t-supply\n",
                "memberships.csv", "actor,cluster,since,until\na1,TAMA,2001-04-01,\na2,KOBE,,\n",
                "activities.csv", "id,name,kind,start,end,programme,fundingScheme\np1,Sensor project,JOINT_RD_PROJECT,2003-01-01,2004-12-31,METI,\n",
                "participations.csv", "activity,actor,role,contribution\np1,a1,coordinator,1000.5\np1,a4,,\n").entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }
}
