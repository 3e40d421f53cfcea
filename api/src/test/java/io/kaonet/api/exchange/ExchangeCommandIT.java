package io.kaonet.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.KaonetCommandLine;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import io.kaonet.importers.Problems;
import io.kaonet.importers.text.CsvColumns;
import io.kaonet.importers.text.CsvFormat;
import io.kaonet.importers.text.CsvReader;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.reads.StoreQueries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * The command line in-process against its own embedded store (opened once for the class; never the
 * Spring context's database): imports of every format from fixture folders the test writes,
 * re-runs, refusals, batches, usage errors and exports. One test runs the production path, which
 * opens a store of its own from {@code --data-dir}.
 */
class ExchangeCommandIT {

    @TempDir
    static Path temp;
    static Neo4jConnection store;
    static StoreQueries queries;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void openStore() {
        store = Neo4jConnection.open(Neo4jSettings.embedded(temp.resolve("store"), 0, null));
        queries = new StoreQueries(store);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KaonetCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), store);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path folder(String name, Map<String, String> files) {
        try {
            Path folder = Files.createDirectories(temp.resolve("in").resolve(name));
            for (var f : files.entrySet()) {
                Files.writeString(folder.resolve(f.getKey()), f.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small Kaonet CSV network whose ids all start with the prefix: 1 cluster, 4 actors, 3 ties, 2 memberships. */
    static Path kaonetCsv(String prefix) {
        String p = prefix;
        return folder(prefix, Map.of(
                "clusters.csv", "id,name\n" + p + "TAMA,TAMA test\n",
                "actors.csv", "id,name,kind\n" + p + "a1,Alpha,COMPANY\n" + p + "a2,Beta,UNIVERSITY\n"
                        + p + "a3,Gamma,FINANCIER\n" + p + "a4,Delta,COMPANY\n",
                "ties.csv", "source,target,kind,since\n" + p + "a1," + p + "a2,JOINT_RESEARCH,2003-04-01\n"
                        + p + "a3," + p + "a1,FINANCING,2004-10-01\n" + p + "a4," + p + "a1,SUPPLY,\n",
                "memberships.csv", "actor,cluster\n" + p + "a1," + p + "TAMA\n" + p + "a2," + p + "TAMA\n"));
    }

    static long count(String cypher, String prefix) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.executeRead(tx -> tx.run(cypher, Map.of("p", prefix)).single().get(0).asLong());
        }
    }

    static long actors(String prefix) {
        return count("MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN count(a)", prefix);
    }

    static long ties(String prefix) {
        return count("MATCH (a:Actor)-[r]->(:Actor) WHERE a.id STARTS WITH $p RETURN count(r)", prefix);
    }

    static long memberships(String prefix) {
        return count("MATCH (a:Actor)-[:MEMBER_OF]->(:Cluster) WHERE a.id STARTS WITH $p RETURN count(*)", prefix);
    }

    /** The import's manifest: how many batches it committed. */
    static long manifestBatches(String format, Path dir, int batch) {
        return count("MATCH (i:KaonetImport {id: $p}) RETURN i.batches",
                format + ":" + ExchangeCommand.fingerprint(dir) + ":" + batch);
    }

    static long number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as("output %s matches %s", text, pattern).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Nested
    class Imports {

        @Test
        void kaonetCsvImportWritesEveryRecordAndPrintsProgressAndSummary() {
            Path dir = kaonetCsv("cli-csv-");

            Run r = run("import", "--format=kaonet-csv", "--dir=" + dir);

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("cli-csv-: 10 records valid, writing in batches of 10,000")
                    .contains("imported: 1 batches written (0 already committed before), 10 records, 10 created or changed");
            assertThat(r.err()).contains("10 / 10 records (100.0%)");
            assertThat(actors("cli-csv-")).isEqualTo(4);
            assertThat(ties("cli-csv-")).isEqualTo(3);
            assertThat(memberships("cli-csv-")).isEqualTo(2);
            assertThat(manifestBatches("KAONET_CSV", dir, 10_000)).isEqualTo(1);
        }

        @Test
        void neo4jAdminImportWritesEveryRecord() {
            Path dir = folder("cli-admin", Map.of(
                    "nodes.csv", "id:ID,name,kind\ncli-adm-a,Alpha,COMPANY\ncli-adm-b,Beta,UNIVERSITY\ncli-adm-c,Gamma,TLO\n",
                    "ties.csv", ":START_ID,:END_ID,:TYPE,since:date\ncli-adm-a,cli-adm-b,JOINT_RESEARCH,2010-01-01\n"
                            + "cli-adm-c,cli-adm-a,TECHNOLOGY_TRANSFER,\n"));

            Run r = run("import", "--format=neo4j-admin", "--dir=" + dir);

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("5 records valid").contains("5 created or changed");
            assertThat(actors("cli-adm-")).isEqualTo(3);
            assertThat(ties("cli-adm-")).isEqualTo(2);
        }

        @Test
        void graphmlImportFromAFolderHoldingOneFileWritesEveryRecord() {
            Path dir = folder("cli-graphml", Map.of("net.graphml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                      <key id="k" for="node" attr.name="kind" attr.type="string"/>
                      <key id="t" for="edge" attr.name="kind" attr.type="string"/>
                      <graph edgedefault="undirected">
                        <edge source="cli-gml-a" target="cli-gml-b"><data key="t">ALLIANCE</data></edge>
                        <node id="cli-gml-a"><data key="k">COMPANY</data></node>
                        <node id="cli-gml-b"/>
                        <node id="cli-gml-c"/>
                        <edge source="cli-gml-c" target="cli-gml-b"/>
                      </graph>
                    </graphml>
                    """, "notes.txt", "not read"));

            Run r = run("import", "--format=graphml", "--dir=" + dir);

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("5 records valid").contains("5 created or changed");
            assertThat(actors("cli-gml-")).isEqualTo(3);
            assertThat(ties("cli-gml-")).isEqualTo(2);
        }

        @Test
        void cordisImportOfTheSharedSampleWritesItsActorsAndActivities() {
            Path sample = Path.of(System.getProperty("kaonet.shared.dir", "../../shared"), "data", "cordis-sample");
            Path dir = temp.resolve("in").resolve("cordis");
            copy(sample, dir);
            NetworkBatch expected = new CordisImporter().read(dir, KnownIds.NONE);
            long before = queries.counts().get("activities");

            Run r = run("import", "--format=cordis", "--dir=" + dir);

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(number(r.out(), "([\\d,]+) records valid")).isEqualTo(expected.size());
            assertThat(queries.counts().get("activities") - before).isEqualTo(expected.activities().size());
            assertThat(queries.existing(StoreQueries.Label.Actor, expected.actors().stream().map(a -> a.id()).toList()))
                    .hasSize(expected.actors().size());
        }

        @Test
        void cordisImportAskedForCoParticipationStoresOneTiePerPairSharingAProject() {
            Path sample = Path.of(System.getProperty("kaonet.shared.dir", "../../shared"), "data", "cordis-sample");
            Path dir = temp.resolve("in").resolve("cordis-co");
            copy(sample, dir);
            Map<String, Set<String>> members = new HashMap<>();
            new CordisImporter().read(dir, KnownIds.NONE).participations()
                    .forEach(p -> members.computeIfAbsent(p.activityId(), k -> new TreeSet<>()).add(p.actorId()));
            Set<List<String>> pairs = new HashSet<>();
            members.values().forEach(group -> {
                List<String> ids = List.copyOf(group);
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        pairs.add(List.of(ids.get(i), ids.get(j)));
                    }
                }
            });

            Run r = run("import", "--format=cordis", "--dir=" + dir, "--co-participation");

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(pairs).isNotEmpty();
            assertThat(number(r.out(), "stored ([\\d,]+) co-participation ties")).isEqualTo(pairs.size());
            assertThat(count("MATCH (a:Actor)-[r:CO_PARTICIPATES]->(:Actor) WHERE a.id STARTS WITH $p RETURN count(r)", ""))
                    .isEqualTo(pairs.size());
        }

        @Test
        void sameImportAgainSkipsItsCommittedBatchesAndChangesNothing() {
            Path dir = kaonetCsv("cli-again-");
            assertThat(run("import", "--format=kaonet-csv", "--dir=" + dir, "--batch=4").exit()).isZero();
            long version = queries.dataVersion();

            Run again = run("import", "--format=kaonet-csv", "--dir=" + dir, "--batch=4");

            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.out()).contains("imported: 0 batches written (3 already committed before), 0 records, 0 created or changed");
            assertThat(queries.dataVersion()).isEqualTo(version);
            assertThat(actors("cli-again-")).isEqualTo(4);
        }

        @Test
        void sameRecordsInOtherBatchesAreWrittenButChangeNothing() {
            Path dir = kaonetCsv("cli-merge-");
            assertThat(run("import", "--format=kaonet-csv", "--dir=" + dir, "--batch=5").exit()).isZero();
            long version = queries.dataVersion();

            Run again = run("import", "--format=kaonet-csv", "--dir=" + dir, "--batch=7");

            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.out()).contains("imported: 2 batches written (0 already committed before), 10 records, 0 created or changed");
            assertThat(queries.dataVersion()).isEqualTo(version);
            assertThat(ties("cli-merge-")).isEqualTo(3);
        }

        @Test
        void batchOptionSplitsTheImportIntoSeveralCommittedBatches() {
            Path dir = kaonetCsv("cli-batch-");

            Run r = run("import", "--format=kaonet-csv", "--dir=" + dir, "--batch=3");

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("writing in batches of 3").contains("imported: 4 batches written");
            assertThat(manifestBatches("KAONET_CSV", dir, 3)).isEqualTo(4);
            assertThat(actors("cli-batch-")).isEqualTo(4);
            assertThat(memberships("cli-batch-")).isEqualTo(2);
        }
    }

    @Nested
    class Refusals {

        @Test
        void badKaonetCsvExitsOneNamingFileLineAndFieldAndWritesNothing() throws IOException {
            Path dir = kaonetCsv("cli-bad-");
            Files.writeString(dir.resolve("ties.csv"), "source,target,kind,since\ncli-bad-a1,cli-bad-a2,ALLIANCE,2003-04-01\n"
                    + "cli-bad-a1,cli-bad-a3,SUPPLY,2003-13-01\n");
            long version = queries.dataVersion();

            Run r = run("import", "--format=kaonet-csv", "--dir=" + dir);

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("refused, nothing written: 1 problem(s)")
                    .contains("ties.csv line 3, field 'since': '2003-13-01' is not a date (expected yyyy-MM-dd)");
            assertThat(actors("cli-bad-")).isZero();
            assertThat(queries.dataVersion()).isEqualTo(version);
        }

        @Test
        void badGraphmlExitsOneNamingFileLineAndAttributeAndWritesNothing() {
            Path dir = folder("cli-bad-graphml", Map.of("bad.graphml", """
                    <graphml>
                      <key id="f" for="node" attr.name="founded"/>
                      <graph>
                        <node id="cli-badg-a"/>
                        <node id="cli-badg-b"><data key="f">old</data></node>
                      </graph>
                    </graphml>
                    """));

            Run r = run("import", "--format=graphml", "--dir=" + dir);

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("bad.graphml line 5, field 'founded': 'old' is not a whole number");
            assertThat(actors("cli-badg-")).isZero();
        }

        @ParameterizedTest(name = "args: ''{0}''")
        @ValueSource(strings = {"", "import", "frobnicate --format=csv", "import --dir=x", "import --format=xml --dir=x",
                "import --format=kaonet-csv", "import --format=kaonet-csv --dir=x --batch=0",
                "import --format=kaonet-csv --dir=x --batch=many", "import --format=kaonet-csv dir", "export --format=svg --out=x"})
        void usageErrorsExitTwoAndPrintTheUsage(String args) {
            long version = queries.dataVersion();

            Run r = run(args.isEmpty() ? new String[0] : args.split(" "));

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("Usage: kaonet");
            assertThat(queries.dataVersion()).isEqualTo(version);
        }
    }

    /** Values the database would refuse or change are refused by the validation pass, before any batch. */
    @Nested
    class DatabaseLimits {

        /** A name of 9,000 bytes on the third actor, in each format; {@code --batch=1} would commit the first two. */
        static Map<String, String> oversized(String format, String p) {
            String big = "n".repeat(9_000);
            return switch (format) {
                case "kaonet-csv" -> Map.of("actors.csv", "id,name,kind\n" + p + "a1,Alpha,COMPANY\n" + p + "a2,Beta,COMPANY\n"
                        + p + "a3," + big + ",COMPANY\n");
                case "neo4j-admin" -> Map.of("nodes.csv", "id:ID,name,kind\n" + p + "a1,Alpha,COMPANY\n" + p + "a2,Beta,COMPANY\n"
                        + p + "a3," + big + ",COMPANY\n");
                case "graphml" -> Map.of("net.graphml", "<graphml>\n<key id=\"n\" for=\"node\" attr.name=\"name\"/>\n<graph>\n"
                        + "<node id=\"" + p + "a1\"/>\n<node id=\"" + p + "a2\"/>\n<node id=\"" + p + "a3\"><data key=\"n\">"
                        + big + "</data></node>\n</graph>\n</graphml>\n");
                case "cordis" -> Map.of("project.csv", "id;acronym\n" + p + "P1;ACRO\n",
                        "organization.csv", "projectID;organisationID;name;activityType\n" + p + "P1;" + p + "a1;Alpha;PRC\n"
                                + p + "P1;" + p + "a2;Beta;PRC\n" + p + "P1;" + p + "a3;" + big + ";PRC\n");
                default -> throw new IllegalArgumentException(format);
            };
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"kaonet-csv", "neo4j-admin", "graphml", "cordis"})
        void aNameTooLargeForTheIndexIsRefusedWithItsPlaceAndNoBatchIsWritten(String format) {
            String p = "cli-big-" + format + "-";
            Map<String, String> files = oversized(format, p);
            Path dir = folder("big-" + format, files);
            long version = queries.dataVersion();

            Run r = run("import", "--format=" + format, "--dir=" + dir, "--batch=1");

            String file = files.keySet().stream().filter(f -> f.startsWith("actors") || f.startsWith("nodes")
                    || f.startsWith("net") || f.startsWith("organization")).findFirst().orElseThrow();
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("refused, nothing written: 1 problem(s)")
                    .containsPattern(Pattern.quote(file) + " line \\d+, field 'name': 'nnn")
                    .contains("is 9,000 bytes in UTF-8; at most 8,164 fit the database's index of name")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(actors(p)).isZero();
            assertThat(queries.dataVersion()).isEqualTo(version);
        }

        @Test
        void aNameOfExactlyTheLimitIsStoredAndOneByteMoreIsWhatNeo4jRefuses() {
            // 2,721 three-byte characters and one more byte: 8,164 bytes, the measured limit.
            String atLimit = "\u6797".repeat(2_721) + "x";
            assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(io.kaonet.importers.StoreLimits.MAX_INDEXED_BYTES);
            Path dir = folder("limit-exact", Map.of("actors.csv", "id,name,kind\ncli-lim-a1," + atLimit + ",COMPANY\n"));

            Run r = run("import", "--format=kaonet-csv", "--dir=" + dir);

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(actors("cli-lim-")).isEqualTo(1);
            try (var session = store.driver().session(store.sessionConfig())) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.run(
                        "CREATE (a:Actor {id: 'cli-lim-over', name: $n})", Map.of("n", atLimit + "x")).consume())
                        .hasMessageContaining("too large to index");
            }
            Run over = run("import", "--format=kaonet-csv", "--dir=" + folder("limit-over",
                    Map.of("actors.csv", "id,name,kind\ncli-lim-b1," + atLimit + "x,COMPANY\n")));
            assertThat(over.exit()).isEqualTo(1);
            assertThat(over.err()).contains("is 8,165 bytes in UTF-8; at most 8,164");
        }

        @Test
        void aLoneSurrogateFromAJsonEscapeIsRefusedBecauseNeo4jWouldStoreAQuestionMark() {
            Path dir = folder("surrogate", Map.of("project.json", "[{\"id\": \"cli-sur-P1\"}]",
                    "organization.json", "[{\"projectID\": \"cli-sur-P1\", \"organisationID\": \"cli-sur-a1\", "
                            + "\"name\": \"Alpha\\ud800\", \"activityType\": \"PRC\"}]"));

            Run r = run("import", "--format=cordis", "--dir=" + dir);

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("organization.json line 1, field 'name'").contains("lone surrogate U+D800");
            assertThat(actors("cli-sur-")).isZero();
        }

        /** Every refusal the command line can give, none with a stack trace. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"oversized-kaonet-csv", "oversized-neo4j-admin", "oversized-graphml", "oversized-cordis",
                "missing-folder", "empty-folder", "binary", "bad-xml", "bad-json", "dangling", "usage"})
        void noRefusalPrintsAStackTrace(String kind) throws IOException {
            String[] args = switch (kind) {
                case "missing-folder" -> new String[] {"import", "--format=kaonet-csv", "--dir=" + temp.resolve("no-such")};
                case "empty-folder" -> new String[] {"import", "--format=cordis",
                        "--dir=" + Files.createDirectories(temp.resolve("in").resolve("empty"))};
                case "binary" -> new String[] {"import", "--format=kaonet-csv", "--dir=" + folder("nst-binary",
                        Map.of("actors.csv", "id,name,kind\n\u0000\u0001\u0002,x,COMPANY\n"))};
                case "bad-xml" -> new String[] {"import", "--format=graphml", "--dir=" + folder("nst-xml",
                        Map.of("g.graphml", "<graphml><graph><node id='a'></graph>"))};
                case "bad-json" -> new String[] {"import", "--format=cordis", "--dir=" + folder("nst-json",
                        Map.of("organization.json", "[{\"projectID\": 1,"))};
                case "dangling" -> new String[] {"import", "--format=kaonet-csv", "--dir=" + folder("nst-dangling",
                        Map.of("ties.csv", "source,target,kind\nnst-x,nst-y,ALLIANCE\n"))};
                case "usage" -> new String[] {"import", "--format=kaonet-csv", "--dir=x", "--batch=many"};
                default -> {
                    String format = kind.substring("oversized-".length());
                    yield new String[] {"import", "--format=" + format, "--dir=" + folder("nst-" + format,
                            oversized(format, "nst-" + format + "-"))};
                }
            };
            Run r = run(args);

            assertThat(r.exit()).as(r.err()).isIn(1, 2);
            assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at io.");
        }
    }

    @Nested
    class Exports {

        @Test
        void everyExportFormatWritesFilesThatReadBack() throws Exception {
            assertThat(run("import", "--format=kaonet-csv", "--dir=" + kaonetCsv("cli-export-")).exit()).isZero();
            long storedActors = queries.counts().get("actors");

            for (String format : List.of("gexf", "graphml", "pajek", "csv")) {
                Path out = temp.resolve("out").resolve(format);
                Run r = run("export", "--format=" + format, "--out=" + out, "--metrics=degree,core-number");

                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(number(r.out(), "exported ([\\d,]+) actors")).isEqualTo(storedActors);
                List<Path> files = files(out);
                assertThat(files).isNotEmpty();
                switch (format) {
                    case "gexf" -> assertThat(xml(files.get(0)).getElementsByTagNameNS("*", "node").getLength())
                            .isEqualTo(storedActors);
                    case "graphml" -> {
                        assertThat(xml(files.get(0)).getElementsByTagNameNS("*", "node").getLength()).isEqualTo(storedActors);
                        assertThat(new GraphmlImporter().read(out, Exchange.knownIds(queries)).actors()).hasSize((int) storedActors);
                    }
                    case "pajek" -> assertThat(Files.readAllLines(files.get(0)).get(0)).startsWith("*Vertices " + storedActors);
                    default -> {
                        for (Path f : files) {
                            Problems problems = new Problems();
                            long rows = 0;
                            try (CsvReader reader = CsvReader.open(f, CsvFormat.RFC_4180, problems)) {
                                assertThat(reader.header(CsvColumns.ANY)).isPresent();
                                for (var ignored : reader) {
                                    rows++;
                                }
                            }
                            assertThat(problems.listed()).as(f.toString()).isEmpty();
                            if (f.getFileName().toString().contains("node")) {
                                assertThat(rows).isEqualTo(storedActors);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void productionPathOpensTheStoreOfDataDirImportsAndClosesIt() {
        Path dir = kaonetCsv("cli-main-");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();

        int exit = KaonetCommandLine.run(new String[] {"import", "--format=kaonet-csv", "--dir=" + dir, "--data-dir=" + temp.resolve("own-store")},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));

        System.out.printf("ExchangeCommand.run with its own embedded store took %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported: 1 batches written (0 already committed before), 10 records");
        assertThat(actors("cli-main-")).as("not in the class's store").isZero();
        try (Neo4jConnection own = Neo4jConnection.open(Neo4jSettings.embedded(temp.resolve("own-store"), 0, null))) {
            assertThat(new StoreQueries(own).counts()).containsEntry("actors", 4L).containsEntry("ties", 3L);
        }
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            for (Path f : files(from)) {
                if (f.getFileName().toString().endsWith(".csv")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
