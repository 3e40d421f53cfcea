package io.kaonet.api.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.backtest.Backtest;
import io.kaonet.core.matchmaking.backtest.BacktestResult;
import io.kaonet.core.matchmaking.backtest.BatchProjection;
import io.kaonet.core.matchmaking.backtest.MethodScore;
import io.kaonet.core.matchmaking.backtest.WeightTuning;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import io.kaonet.importers.demo.DemoNetworkParameters;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The matchmaking backtest from the command line (no server, no database): reads a dated network
 * (the demo network by default, or a folder of Kaonet CSV files), optionally tunes the weights on an
 * earlier split, and prints the evaluation split's table as Markdown. See {@code docs/matchmaking.md}.
 *
 * <pre>
 * ./mvnw -q -pl api -am compile exec:java@backtest -Dexec.args="--tune"
 * </pre>
 */
public final class BacktestCommand {

    static final LocalDate SPLIT_DEFAULT = LocalDate.of(2017, 1, 1);
    static final LocalDate TUNE_SPLIT_DEFAULT = LocalDate.of(2013, 1, 1);
    static final LocalDate TUNE_UNTIL_DEFAULT = LocalDate.of(2015, 12, 31);

    private static final String USAGE = """
            usage: backtest [options]
              --data DIR          a folder of Kaonet CSV files (default: the demo network)
              --demo-seed N       seed of the demo network (default %d)
              --split DATE        first day of the evaluation period (default %s)
              --until DATE        last day of the evaluation period (default: every later tie)
              --tune              first tune the weights on an earlier split and evaluate them too
              --tune-split DATE   first day of the tuning period (default %s)
              --tune-until DATE   last day of the tuning period (default %s; must be before --split)
              --k LIST            cut-offs of precision and recall (default 5,10,20)
              --min-degree N      ask about actors with at least N partners before the split (default 1)
              --activities        project shared activities into co-participation ties, and count them as targets
              --seed N            seed of ties among equal scores and of the random baseline (default %d)
            """.formatted(DemoNetworkParameters.DEFAULT_SEED, SPLIT_DEFAULT, TUNE_SPLIT_DEFAULT, TUNE_UNTIL_DEFAULT,
            Backtest.Parameters.SEED_DEFAULT);

    private BacktestCommand() {
    }

    public static void main(String[] args) {
        try {
            run(Options.parse(args), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("backtest: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    static void run(Options o, PrintStream out) {
        NetworkBatch batch = o.data == null
                ? new DemoNetworkGenerator(DemoNetworkParameters.withSeed(o.demoSeed)).generate().batch()
                : new KaonetCsvImporter().read(o.data, KnownIds.NONE);
        BatchProjection projection = new BatchProjection(batch);
        Scope base = o.activities ? new Scope(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, true, null)
                : Scope.ALL;
        Set<TieKind> kinds = EnumSet.copyOf(Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT);
        if (o.activities) {
            kinds.add(TieKind.CO_PARTICIPATION);
        }
        Matchmaking.Parameters defaults = Matchmaking.Parameters.defaults().withCollaborationKinds(kinds);
        Backtest.Parameters parameters = new Backtest.Parameters(o.ks, kinds, o.minDegree,
                Backtest.Parameters.MAX_QUERIES_DEFAULT, o.seed, defaults);

        out.printf(Locale.ROOT, "# Matchmaking backtest on %s%n%n", o.data == null
                ? "the demo network (seed " + o.demoSeed + ")" : o.data.getFileName());
        Map<String, Matchmaking.Parameters> variants = new LinkedHashMap<>();
        variants.put("Kaonet, default weights", defaults);
        if (o.tune) {
            if (!o.tuneUntil.isBefore(o.split)) {
                throw new IllegalArgumentException("the tuning period must end before the evaluation split " + o.split);
            }
            Backtest tuning = split(projection, base, o.tuneSplit, o.tuneUntil,
                    parameters.withMatchmaking(defaults.withWeights(Matchmaking.Parameters.Weights.EQUAL)));
            out.printf(Locale.ROOT, "## Tuning split: ties before %s predict ties %s to %s%n%n", o.tuneSplit,
                    o.tuneSplit, o.tuneUntil);
            BacktestResult tuningResult = tuning.compute();
            describe(out, tuningResult);
            WeightTuning.Tuned tuned = new WeightTuning(tuning, WeightTuning.ROUNDS_DEFAULT).tune();
            out.printf(Locale.ROOT, "Coordinate ascent from equal weights: MRR %.4f → %.4f in %d rounds.%n%n",
                    tuned.startMrr(), tuned.mrr(), tuned.rounds());
            for (String step : tuned.steps()) {
                out.println("- " + step);
            }
            out.printf(Locale.ROOT, "%nTuned weights: %s%n%n", tuned.weights());
            variants.put("Kaonet, tuned on " + o.tuneSplit.getYear() + "–" + o.tuneUntil.getYear(),
                    defaults.withWeights(tuned.weights()));
            variants.put("Kaonet, equal weights", defaults.withWeights(Matchmaking.Parameters.Weights.EQUAL));
        }
        out.printf(Locale.ROOT, "## Evaluation split: ties before %s predict ties %s to %s%n%n", o.split, o.split,
                o.until == null ? "the end of the data" : o.until);
        Backtest evaluation = split(projection, base, o.split, o.until, parameters);
        BacktestResult result = evaluation.compute();
        List<MethodScore> rows = new ArrayList<>();
        boolean first = true;
        for (var variant : variants.entrySet()) {
            rows.add(first ? relabel(result.scores().get(0), variant.getKey())
                    : evaluation.evaluate(variant.getKey(), variant.getValue()));
            first = false;
        }
        rows.addAll(result.scores().subList(1, result.scores().size()));
        BacktestResult table = new BacktestResult(rows, result.queries(), result.targets(), result.qualifying(),
                result.candidates(), result.beforeEdges(), result.afterEdges());
        describe(out, table);
        out.println(table.toMarkdown());
    }

    private static MethodScore relabel(
            MethodScore s, String label) {
        return new MethodScore(label, s.method(), s.ks(), s.precision(),
                s.recall(), s.mrr());
    }

    private static Backtest split(BatchProjection projection, Scope base, LocalDate split, LocalDate until,
                                  Backtest.Parameters parameters) {
        CollaborationGraph before = projection.graph(base.withWindow(null, split.minusDays(1)));
        CollaborationGraph after = projection.graph(until == null ? base : base.withWindow(null, until));
        return new Backtest(before, after, parameters);
    }

    private static void describe(PrintStream out, BacktestResult r) {
        out.printf(Locale.ROOT, "%d ties before the split, %d after; %d actors asked about (of %d with a new tie), "
                + "%d new ties to find, %.0f candidates per actor.%n%n", r.beforeEdges(), r.afterEdges(), r.queries(),
                r.qualifying(), r.targets(), r.candidates());
    }

    /** The command line, parsed. */
    record Options(Path data, long demoSeed, LocalDate split, LocalDate until, boolean tune, LocalDate tuneSplit,
                   LocalDate tuneUntil, List<Integer> ks, int minDegree, boolean activities, long seed) {

        static Options parse(String... args) {
            Map<String, String> values = new HashMap<>();
            Set<String> flags = Set.of("--tune", "--activities");
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (flags.contains(a)) {
                    values.put(a, "true");
                } else if (a.startsWith("--") && i + 1 < args.length) {
                    values.put(a, args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown or incomplete option '" + a + "'");
                }
            }
            Set<String> known = Set.of("--data", "--demo-seed", "--split", "--until", "--tune", "--tune-split",
                    "--tune-until", "--k", "--min-degree", "--activities", "--seed");
            for (String key : values.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException("unknown option '" + key + "'");
                }
            }
            try {
                return new Options(
                        values.containsKey("--data") ? Path.of(values.get("--data")) : null,
                        Long.parseLong(values.getOrDefault("--demo-seed", String.valueOf(DemoNetworkParameters.DEFAULT_SEED))),
                        date(values.get("--split"), SPLIT_DEFAULT),
                        date(values.get("--until"), null),
                        values.containsKey("--tune"),
                        date(values.get("--tune-split"), TUNE_SPLIT_DEFAULT),
                        date(values.get("--tune-until"), TUNE_UNTIL_DEFAULT),
                        values.containsKey("--k") ? Arrays.stream(values.get("--k").split(",")).map(String::strip)
                                .map(Integer::valueOf).toList() : Backtest.Parameters.KS_DEFAULT,
                        Integer.parseInt(values.getOrDefault("--min-degree",
                                String.valueOf(Backtest.Parameters.MIN_QUERY_DEGREE_DEFAULT))),
                        values.containsKey("--activities"),
                        Long.parseLong(values.getOrDefault("--seed", String.valueOf(Backtest.Parameters.SEED_DEFAULT))));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("malformed option value: " + e.getMessage());
            }
        }

        private static LocalDate date(String text, LocalDate fallback) {
            return text == null ? fallback : LocalDate.parse(text);
        }
    }
}
