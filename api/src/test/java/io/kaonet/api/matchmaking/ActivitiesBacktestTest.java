package io.kaonet.api.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.demo.CordisExportGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest's {@code --activities} path on CORDIS folders: co-participations in projects are the
 * ties to predict. The actors asked about and the new ties are counted here by brute force from the
 * imported projects and participations (pairs sharing a project that starts before the split are
 * partners before it; pairs of organisations already in a project before the split that first share
 * one from the split on are new ties), and must equal what the command reports.
 */
class ActivitiesBacktestTest {

    private static final Path SAMPLE = (System.getProperty("kaonet.shared.dir") != null
            ? Path.of(System.getProperty("kaonet.shared.dir")) : Path.of("..", "..", "shared"))
            .resolve("data").resolve("cordis-sample");
    private static final Pattern COUNTS = Pattern.compile(
            "(\\d+) ties before the split, (\\d+) after; (\\d+) actors asked about \\(of (\\d+) with a new tie\\), "
                    + "(\\d+) new ties to find");

    /** What the brute force finds: actors asked about, their new ties, partner pairs before and at the end. */
    record Expected(int queries, int targets, int pairsBefore, int pairsAfter) {

        static Expected of(NetworkBatch batch, LocalDate split) {
            Map<String, List<String>> members = new HashMap<>();
            for (Participation p : batch.participations()) {
                List<String> list = members.computeIfAbsent(p.activityId(), k -> new ArrayList<>());
                if (!list.contains(p.actorId())) {
                    list.add(p.actorId());
                }
            }
            Set<String> before = new HashSet<>();
            Set<String> all = new HashSet<>();
            Set<String> existed = new HashSet<>();   // in the network before the split: a project started before it
            for (Activity a : batch.activities()) {
                boolean early = a.start() == null || a.start().isBefore(split);
                List<String> m = members.getOrDefault(a.id(), List.of());
                if (early) {
                    existed.addAll(m);
                }
                for (String x : m) {
                    for (String y : m) {
                        if (x.compareTo(y) < 0) {
                            all.add(x + "|" + y);
                            if (early) {
                                before.add(x + "|" + y);
                            }
                        }
                    }
                }
            }
            Map<String, Integer> degree = new HashMap<>();
            for (String pair : before) {
                for (String end : pair.split("\\|")) {
                    degree.merge(end, 1, Integer::sum);
                }
            }
            Map<String, Integer> fresh = new HashMap<>();
            for (String pair : all) {
                String[] ends = pair.split("\\|");
                if (!before.contains(pair) && existed.contains(ends[0]) && existed.contains(ends[1])) {
                    for (String end : pair.split("\\|")) {
                        fresh.merge(end, 1, Integer::sum);
                    }
                }
            }
            int queries = 0;
            int targets = 0;
            for (var e : fresh.entrySet()) {
                if (degree.getOrDefault(e.getKey(), 0) >= 1) {
                    queries++;
                    targets += e.getValue();
                }
            }
            return new Expected(queries, targets, before.size(), all.size());
        }
    }

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BacktestCommand.run(BacktestCommand.Options.parse(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The counts of the evaluation split (the last such line). */
    private static int[] counts(String output) {
        Matcher m = COUNTS.matcher(output);
        int[] last = null;
        while (m.find()) {
            last = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))};
        }
        assertThat(last).as("counts line in%n%s", output).isNotNull();
        return last;
    }

    @Test
    void realCordisSampleCoParticipationsAreTheTargets() {
        LocalDate split = LocalDate.of(2023, 6, 1);
        String out = run("--data", SAMPLE.toString(), "--activities", "--split", split.toString());
        Expected expected = Expected.of(new CordisImporter().read(SAMPLE, KnownIds.NONE), split);
        int[] c = counts(out);
        assertThat(c[0]).isEqualTo(expected.pairsBefore());
        assertThat(c[1]).isEqualTo(expected.pairsAfter());
        assertThat(c[2]).isEqualTo(expected.queries());
        assertThat(c[4]).isEqualTo(expected.targets());
        assertThat(out).contains("| Kaonet, built-in weights |").contains("| preferential attachment |");
    }

    @Test
    void aRealSampleTooShortToFitKeepsTheBuiltInWeightsAsTheDefault() {
        String out = run("--data", SAMPLE.toString(), "--activities", "--split", "2023-06-01", "--fit");
        assertThat(out).contains("## No fit: the ties before 2023-06-01 have too few dates")
                .contains("| **default ranking** (chosen before 2023-06-01: Kaonet, built-in weights) |")
                .doesNotContain("Kaonet, learnt weights");
    }

    @Test
    void generatedCordisExportIsBacktestedFittedAndJudgedWithIntervals(@TempDir Path dir) throws IOException {
        new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(3, 300)).writeTo(dir);
        LocalDate split = LocalDate.of(2020, 1, 1);
        String out = run("--data", dir.toString(), "--activities", "--split", split.toString(), "--fit", "--k", "5,10");
        Expected expected = Expected.of(new CordisImporter().read(dir, KnownIds.NONE), split);
        int[] c = counts(out);
        assertThat(c[0]).isEqualTo(expected.pairsBefore());
        assertThat(c[2]).isEqualTo(expected.queries()).isGreaterThan(20);
        assertThat(c[4]).isEqualTo(expected.targets());
        for (String label : List.of("Kaonet, built-in weights", "Kaonet, learnt weights", "random", "common neighbours",
                "Adamic–Adar", "resource allocation", "preferential attachment")) {
            assertThat(out).containsPattern("\\| " + Pattern.quote(label)
                    + " \\| \\d\\.\\d{4} \\[\\d\\.\\d{3}, \\d\\.\\d{3}\\] \\|");
        }
        assertThat(out).containsPattern("Ranking chosen for this network: [^.]+\\. ");
        Matcher chosen = Pattern.compile("Ranking chosen for this network: ([^.]+)\\. ").matcher(out);
        assertThat(chosen.find()).isTrue();
        // The default row is the chosen ranking's own row after the split, figures and all.
        Matcher row = Pattern.compile("\\| \\*\\*default ranking\\*\\* \\(chosen before 2020-01-01: "
                + Pattern.quote(chosen.group(1)) + "\\) (\\|.*)").matcher(out);
        assertThat(row.find()).as(out).isTrue();
        assertThat(out).contains("| " + chosen.group(1) + " " + row.group(1));
        assertThat(out).containsPattern("The default ranking \\(" + Pattern.quote(chosen.group(1))
                + ", chosen on the ties before 2020-01-01\\) (beats every baseline|does not beat [^.]+) on P@10 and MRR");
    }

    @Test
    void theDefaultRankingIsChosenWithoutReadingTheEvaluationPeriod(@TempDir Path dir) throws IOException {
        new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(3, 300)).writeTo(dir);
        String all = run("--data", dir.toString(), "--activities", "--split", "2020-01-01", "--fit", "--k", "5,10");
        String year = run("--data", dir.toString(), "--activities", "--split", "2020-01-01", "--until", "2020-06-30",
                "--fit", "--k", "5,10");
        assertThat(counts(year)[4]).as("a shorter evaluation period").isLessThan(counts(all)[4]);
        assertThat(choice(year)).isEqualTo(choice(all)).contains("Ranking chosen for this network:");
    }

    @Test
    void givenPeriodsMustBothBeGivenAndEndBeforeTheSplit(@TempDir Path dir) throws IOException {
        new CordisExportGenerator(CordisExportGenerator.Parameters.scaled(3, 300)).writeTo(dir);
        assertThatThrownBy(() -> run("--data", dir.toString(), "--activities", "--split", "2020-01-01", "--fit",
                "--fit-from", "2018-01-01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--held-out-from");
        assertThatThrownBy(() -> run("--data", dir.toString(), "--activities", "--split", "2020-01-01", "--fit",
                "--fit-from", "2018-01-01", "--held-out-from", "2020-03-01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020-03-01").hasMessageContaining("--split");
        String given = run("--data", dir.toString(), "--activities", "--split", "2020-01-01", "--fit",
                "--fit-from", "2018-01-01", "--held-out-from", "2019-01-01", "--k", "5,10");
        assertThat(given).contains("## Learnt weights: ties before 2018-01-01 predict ties 2018-01-01 to 2018-12-31")
                .contains("## Choice on the held-out period: ties before 2019-01-01 predict ties 2019-01-01 to 2019-12-31");
    }

    /** The fit and the choice: everything printed before the evaluation split. */
    private static String choice(String out) {
        return out.substring(out.indexOf("## Learnt weights"), out.indexOf("## Evaluation split"));
    }
}
