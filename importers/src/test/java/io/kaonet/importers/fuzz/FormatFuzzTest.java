package io.kaonet.importers.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import io.kaonet.importers.neo4jadmin.Neo4jAdminImporter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Coverage-guided fuzz targets, one per import format, run by Jazzer: whatever the bytes, an importer
 * returns a batch or throws {@link ImportException} (with file, line and message); any other
 * exception, a hang or a crash is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (every ordinary test run) each target runs in regression mode: on
 * the inputs under {@code src/test/resources/io/kaonet/importers/fuzz/FormatFuzzTestInputs/<target>/}
 * — valid seeds, and every finding kept as a regression input. With {@code JAZZER_FUZZ=1} one target
 * at a time is fuzzed for {@code maxDuration}; see {@code docs/data-formats.md} ("Fuzzing") for the
 * commands, the bounded CI run and the figures.
 *
 * <p>Each input picks which file of the format it fills (the others keep a valid seed, so that the
 * fuzzer reaches the reference checks), then the rest of the bytes are that file.
 */
class FormatFuzzTest {

    /** Executions per target in this JVM, printed when fuzzing for the figures in the docs. */
    static final Map<String, AtomicLong> EXECUTIONS = new LinkedHashMap<>();

    static final Map<String, String> KAONET_CSV = Map.of(
            "clusters.csv", "id,name,region,country,type\ntama,TAMA,Kanto,JP,A\n",
            "actors.csv", "id,name,kind,industry,city,country,latitude,longitude,founded,sme,technologies\n"
                    + "a1,\"Alpha, Ltd\",COMPANY,optics,Hachioji,JP,35.66,139.33,1962,true,laser|MEMS\n"
                    + "a2,Beta,UNIVERSITY,,,JP,,,,,\n",
            "ties.csv", "id,source,target,kind,since,until,weight\nt1,a1,a2,JOINT_RESEARCH,2003-04-01,,2\n",
            "memberships.csv", "actor,cluster,since\na1,tama,2001-04-01\n");
    static final Map<String, String> CORDIS_CSV = Map.of(
            "project.csv", "id,acronym,title,startDate,endDate,frameworkProgramme,fundingScheme\n101,SENSE,T,2023-01-01,2026-12-31,HORIZON,RIA\n",
            "organization.csv", "projectID;organisationID;name;SME;activityType;city;country;nutsCode;geolocation;role;ecContribution\n"
                    + "101;900;\"Alpha; GmbH\";True;PRC;MUNCHEN;DE;DE212;\"48,1;11,5\";coordinator;\"1000,5\"\n"
                    + "101;901;Beta;False;HES;Athens;EL;;;participant;\n");
    static final Map<String, String> CORDIS_JSON = Map.of(
            "project.json", "[{\"id\": \"101\", \"acronym\": \"SENSE\", \"startDate\": \"2023-01-01\"}]",
            "organization.json", "[{\"projectID\": \"101\", \"organisationID\": 900, \"name\": \"Alpha\", \"SME\": true,"
                    + " \"activityType\": [\"PRC\"], \"ecContribution\": [1000.5, 2], \"country\": \"DE\"}]");
    static final Map<String, String> NEO4J_ADMIN = Map.of(
            "nodes.csv", "id:ID,name,:LABEL,founded:int,technologies:string[]\na1,\"Alpha, Ltd\",Company,1962,laser;MEMS\n"
                    + "a2,Beta,University,,\ntama,TAMA,Cluster,,\n",
            "rels.csv", ":START_ID,:END_ID,:TYPE,since:date,weight:double\na2,a1,JOINT_RESEARCH,2003-04-01,2\na1,tama,MEMBER_OF,,\n");

    @FuzzTest(maxDuration = "5s")
    void kaonetCsv(FuzzedDataProvider data) {
        files("kaonetCsv", KAONET_CSV, data, files -> new KaonetCsvImporter().read(files, KnownIds.NONE));
    }

    @FuzzTest(maxDuration = "5s")
    void cordisCsv(FuzzedDataProvider data) {
        files("cordisCsv", CORDIS_CSV, data, files -> new CordisImporter().read(files, KnownIds.NONE));
    }

    @FuzzTest(maxDuration = "5s")
    void cordisJson(FuzzedDataProvider data) {
        files("cordisJson", CORDIS_JSON, data, files -> new CordisImporter().read(files, KnownIds.NONE));
    }

    @FuzzTest(maxDuration = "5s")
    void neo4jAdmin(FuzzedDataProvider data) {
        files("neo4jAdmin", NEO4J_ADMIN, data, files -> new Neo4jAdminImporter().read(files, KnownIds.NONE));
    }

    @FuzzTest(maxDuration = "5s")
    void graphml(byte[] input) {
        count("graphml");
        try {
            new GraphmlImporter().read("net.graphml", new ByteArrayInputStream(input), KnownIds.NONE);
        } catch (ImportException refused) {
            checkProblems(refused);
        }
    }

    private static void files(String target, Map<String, String> seeds, FuzzedDataProvider data,
                              Function<Map<String, InputStream>, NetworkBatch> importer) {
        count(target);
        List<String> names = seeds.keySet().stream().sorted().toList();
        String fuzzed = names.get(data.consumeInt(0, names.size() - 1));
        Map<String, InputStream> files = new LinkedHashMap<>();
        for (String name : names) {
            byte[] bytes = name.equals(fuzzed) ? data.consumeRemainingAsBytes() : seeds.get(name).getBytes(StandardCharsets.UTF_8);
            files.put(name, new ByteArrayInputStream(bytes));
        }
        try {
            importer.apply(files);
        } catch (ImportException refused) {
            checkProblems(refused);
        }
    }

    /** A refusal names a file and a message for every problem. */
    private static void checkProblems(ImportException refused) {
        if (refused.problems().isEmpty() || refused.problems().stream()
                .anyMatch(p -> p.file() == null || p.message() == null || p.message().isBlank())) {
            throw new IllegalStateException("a refusal without a file or a message: " + refused.problems());
        }
    }

    private static void count(String target) {
        long n = EXECUTIONS.computeIfAbsent(target, t -> new AtomicLong()).incrementAndGet();
        if (n % 100_000 == 0) {
            System.err.printf("fuzz %s: %,d executions%n", target, n);
        }
    }
}
