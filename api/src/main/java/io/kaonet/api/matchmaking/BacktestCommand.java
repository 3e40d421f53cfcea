package io.kaonet.api.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.backtest.Backtest;
import io.kaonet.core.matchmaking.backtest.BacktestResult;
import io.kaonet.core.matchmaking.backtest.BatchProjection;
import io.kaonet.core.matchmaking.backtest.FitPeriods;
import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.matchmaking.backtest.Ranking;
import io.kaonet.core.matchmaking.backtest.RankingFit;
import io.kaonet.core.matchmaking.backtest.MethodScore;
import io.kaonet.core.matchmaking.backtest.WeightTuning;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.demo.DemoNetworkGenerator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The matchmaking backtest from the command line (no server, no database): reads a dated network
 * (the demo network by default, a folder of CORDIS files or of Kaonet CSV files), optionally tunes or
 * learns the weights on an earlier split, and prints the evaluation split's table as Markdown. See
 * {@code docs/matchmaking.md}.
 *
 * <pre>
 * java -jar api/target/kaonet.jar backtest --tune
 * ./mvnw -q -pl api -am test-compile exec:java@backtest -Dexec.args="--tune"
 * </pre>
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time-split backtest of matchmaking against plain baselines, printed as Markdown.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:failed", "2:usage error"})
public final class BacktestCommand implements Callable<Integer> {

    static final LocalDate SPLIT_DEFAULT = LocalDate.of(2017, 1, 1);
    static final LocalDate TUNE_SPLIT_DEFAULT = LocalDate.of(2013, 1, 1);
    static final LocalDate TUNE_UNTIL_DEFAULT = LocalDate.of(2015, 12, 31);

    @Option(names = "--data", paramLabel = "DIR",
            description = "A folder of CORDIS files or of Kaonet CSV files (default: the demo network).")
    Path data;

    @Option(names = "--demo-seed", paramLabel = "N", description = "Seed of the demo network (default "
            + DemoNetworkGenerator.Parameters.DEFAULT_SEED + ").")
    long demoSeed = DemoNetworkGenerator.Parameters.DEFAULT_SEED;

    @Option(names = "--split", paramLabel = "DATE", converter = IsoDate.class,
            description = "First day of the evaluation period (default 2017-01-01).")
    LocalDate split = SPLIT_DEFAULT;

    @Option(names = "--until", paramLabel = "DATE", converter = IsoDate.class,
            description = "Last day of the evaluation period (default: every later tie).")
    LocalDate until;

    @Option(names = "--tune", description = "First tune the weights on an earlier split and evaluate them too.")
    boolean tune;

    @Option(names = "--tune-split", paramLabel = "DATE", converter = IsoDate.class,
            description = "First day of the tuning period (default 2013-01-01).")
    LocalDate tuneSplit = TUNE_SPLIT_DEFAULT;

    @Option(names = "--tune-until", paramLabel = "DATE", converter = IsoDate.class,
            description = "Last day of the tuning period (default 2015-12-31; must be before --split).")
    LocalDate tuneUntil = TUNE_UNTIL_DEFAULT;

    @Option(names = "--k", paramLabel = "LIST", split = ",", converter = TrimmedInteger.class,
            description = "Cut-offs of precision and recall (default 5,10,20).")
    List<Integer> ks;

    @Option(names = "--min-degree", paramLabel = "N",
            description = "Ask about actors with at least N partners before the split (default 1).")
    int minDegree = Backtest.Parameters.MIN_QUERY_DEGREE_DEFAULT;

    @Option(names = "--activities",
            description = "Project shared activities into co-participation ties, and count them as targets.")
    boolean activities;

    @Option(names = "--fit",
            description = "Learn weights and choose the default ranking from the ties before --split only, then "
                    + "evaluate that choice after it.")
    boolean fit;

    @Option(names = "--fit-from", paramLabel = "DATE", converter = IsoDate.class,
            description = "With --fit: first day of the fit period (default: from the tie dates before --split).")
    LocalDate fitFrom;

    @Option(names = "--held-out-from", paramLabel = "DATE", converter = IsoDate.class,
            description = "With --fit: first day of the held-out period that chooses the ranking; it ends the day "
                    + "before --split (default: from the tie dates before --split).")
    LocalDate heldOutFrom;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of ties among equal scores and of the random baseline.")
    long seed = Backtest.Parameters.SEED_DEFAULT;

    @Spec
    CommandSpec spec;

    private final PrintStream out;

    /** @param out where the table goes */
    public BacktestCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs the backtest on its own, as {@code exec:java@backtest} does. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BacktestCommand(System.out)).execute(args));
    }

    @Override
    public Integer call() {
        try {
            run(options(), out);
            return 0;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    Options options() {
        return new Options(data, demoSeed, split, until, tune, tuneSplit, tuneUntil,
                ks == null || ks.isEmpty() ? Backtest.Parameters.KS_DEFAULT : List.copyOf(ks), minDegree, activities,
                fit, fitFrom, heldOutFrom, seed);
    }

    /** A date as yyyy-MM-dd, refused with the value and the expected form. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected yyyy-MM-dd)");
            }
        }
    }

    /** A whole number, blanks around it allowed ({@code --k "1, 50"}). */
    static final class TrimmedInteger implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
            }
        }
    }

    static void run(Options o, PrintStream out) {
        NetworkBatch batch = read(o);
        BatchProjection projection = new BatchProjection(batch);
        Scope base = o.activities ? new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, true, null)
                : Scope.ALL;
        Set<TieKind> kinds = EnumSet.copyOf(Matchmaking.Parameters.COLLABORATION_KINDS_DEFAULT);
        if (o.activities) {
            kinds.add(TieKind.CO_PARTICIPATION);
        }
        Matchmaking.Parameters defaults = Matchmaking.Parameters.defaults().withCollaborationKinds(kinds);
        Backtest.Parameters parameters = new Backtest.Parameters(o.ks, kinds, o.minDegree,
                Backtest.Parameters.MAX_QUERIES_DEFAULT, o.seed, defaults);
        if (!o.tuneUntil.isBefore(o.split) && o.tune) {
            throw new IllegalArgumentException("the tuning period must end before the evaluation split " + o.split);
        }

        out.printf(Locale.ROOT, "# Matchmaking backtest on %s%n%n", o.data == null
                ? "the demo network (seed " + o.demoSeed + ")" : o.data.getFileName());
        Map<String, Matchmaking.Parameters> variants = new LinkedHashMap<>();
        variants.put(RankingFit.label(Ranking.BUILT_IN), defaults);
        if (o.tune) {
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
            variants.put("Kaonet, tuned on " + o.tuneSplit.getYear() + "–" + o.tuneUntil.getYear()
                    + " (coordinate ascent)", defaults.withWeights(tuned.weights()));
            variants.put("Kaonet, equal weights", defaults.withWeights(Matchmaking.Parameters.Weights.EQUAL));
        }
        Backtest evaluation = split(projection, base, o.split, o.until, parameters);
        FitResult fit = o.fit ? fit(o, projection, base, evaluation, parameters, out) : null;
        out.printf(Locale.ROOT, "## Evaluation split: ties before %s predict ties %s to %s%n%n", o.split, o.split,
                o.until == null ? "the end of the data" : o.until);
        BacktestResult result = evaluation.compute();
        List<MethodScore> rows = new ArrayList<>();
        boolean first = true;
        for (var variant : variants.entrySet()) {
            rows.add(first ? result.scores().get(0).withLabel(variant.getKey())
                    : evaluation.evaluate(variant.getKey(), variant.getValue()));
            first = false;
        }
        MethodScore chosen = null;
        Ranking inUse = fit == null ? Ranking.BUILT_IN : fit.chosen();
        if (fit != null) {
            rows.add(1, evaluation.evaluate(RankingFit.label(Ranking.LEARNT),
                    Ranking.LEARNT.parameters(defaults, fit.learnt())));
        }
        if (o.fit) {
            chosen = inUse == Ranking.LEARNT ? rows.get(1)
                    : inUse == Ranking.BUILT_IN ? rows.get(0)
                    : result.scores().stream().filter(r -> r.method() == inUse.method()).findFirst().orElseThrow();
            rows.add(0, chosen.withLabel("**default ranking** (chosen before " + o.split + ": "
                    + RankingFit.label(inUse) + ")"));
        }
        rows.addAll(result.scores().subList(1, result.scores().size()));
        BacktestResult table = new BacktestResult(rows, result.queries(), result.targets(), result.qualifying(),
                result.candidates(), result.beforeEdges(), result.afterEdges());
        describe(out, table);
        out.println(table.toMarkdown());
        out.println("Brackets: 95 % bootstrap interval over the actors asked about (" + result.queries()
                + " resampled 1,000 times, seeded).");
        if (chosen != null) {
            int k = RankingFit.Parameters.K;
            List<String> unbeaten = new ArrayList<>();
            for (MethodScore b : result.scores().subList(1, result.scores().size())) {
                if (!(chosen.precisionAt(k) > b.precisionAt(k) && chosen.mrr() > b.mrr())) {
                    unbeaten.add(b.label());
                }
            }
            out.printf(Locale.ROOT, "%nThe default ranking (%s, chosen on the ties before %s) %s on P@%d and MRR "
                    + "after the split.%n", RankingFit.label(inUse), o.split, unbeaten.isEmpty()
                    ? "beats every baseline" : "does not beat " + String.join(", ", unbeaten), k);
        }
    }

    /**
     * Learns and chooses as the product would have on the day before the split: every period read
     * ends before it, so the evaluation split judges a choice made without it. Null when the tie
     * dates before the split make no periods and none were given (the built-in weights stand).
     */
    private static FitResult fit(Options o, BatchProjection projection, Scope base, Backtest evaluation,
                                 Backtest.Parameters parameters, PrintStream out) {
        FitPeriods periods;
        if (o.fitFrom == null && o.heldOutFrom == null) {
            var read = FitPeriods.of(evaluation.before(), FitPeriods.PERIOD_SHARE_DEFAULT);
            if (read.isEmpty()) {
                out.printf(Locale.ROOT, "## No fit: the ties before %s have too few dates to make a fit and a held-out "
                        + "period (give --fit-from and --held-out-from to choose them). The product cannot fit such "
                        + "a network either and uses the built-in weights.%n%n", o.split);
                return null;
            }
            periods = read.get();
        } else if (o.fitFrom == null || o.heldOutFrom == null) {
            throw new IllegalArgumentException("give both --fit-from and --held-out-from, or neither");
        } else if (!o.fitFrom.isBefore(o.heldOutFrom) || !o.heldOutFrom.isBefore(o.split)) {
            throw new IllegalArgumentException("--fit-from " + o.fitFrom + " must be before --held-out-from "
                    + o.heldOutFrom + ", and that before --split " + o.split);
        } else {
            periods = new FitPeriods(o.fitFrom, o.heldOutFrom, o.split.minusDays(1));
        }
        CollaborationGraph fitBefore = projection.graph(base.withWindow(null, periods.fitFrom().minusDays(1)));
        CollaborationGraph heldOutBefore = projection.graph(base.withWindow(null, periods.heldOutFrom().minusDays(1)));
        FitResult fit = new RankingFit(fitBefore, heldOutBefore, evaluation.before(), periods,
                RankingFit.Parameters.defaults(parameters)).compute();
        out.printf(Locale.ROOT, "## Learnt weights: ties before %s predict ties %s to %s%n%n", periods.fitFrom(),
                periods.fitFrom(), periods.heldOutFrom().minusDays(1));
        out.printf(Locale.ROOT, "%d actors asked about, %d new ties. Chosen by %d-fold cross-validation over them: "
                + "%s: %s%n%n", fit.fitQueries(), fit.fitTargets(), RankingFit.Parameters.FOLDS_DEFAULT, fit.model(),
                fit.learnt());
        if (!fit.models().isEmpty()) {
            out.println("Cross-validated MRR of the actors left out, best five of " + fit.models().size()
                    + " candidate weightings: " + fit.models().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                    .map(e -> String.format(Locale.ROOT, "%s %.4f", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining("; ")) + ".");
            out.println();
        }
        out.printf(Locale.ROOT, "## Choice on the held-out period: ties before %s predict ties %s to %s%n%n",
                periods.heldOutFrom(), periods.heldOutFrom(), periods.heldOutUntil());
        out.printf(Locale.ROOT, "%d actors asked about, %d new ties.%n%n", fit.heldOutQueries(), fit.heldOutTargets());
        out.println(new BacktestResult(fit.heldOut(), fit.heldOutQueries(), fit.heldOutTargets(), 0, 0, 0, 0)
                .toMarkdown());
        out.printf(Locale.ROOT, "Ranking chosen for this network: %s. %s%n%n", RankingFit.label(fit.chosen()),
                fit.reason());
        return fit;
    }

    /** The newest start day of a tie of the graph, or the split when none is later. */
    private static LocalDate newest(CollaborationGraph graph, LocalDate split) {
        int day = CollaborationGraph.UNKNOWN_DAY;
        for (int e = 0; e < graph.edgeCount(); e++) {
            day = Math.max(day, graph.edgeSince(e));
        }
        LocalDate last = day == CollaborationGraph.UNKNOWN_DAY ? split : LocalDate.ofEpochDay(day);
        return last.isBefore(split) ? split : last;
    }

    /** The demo network, or a folder of CORDIS files (organization.csv or .json) or of Kaonet CSV files. */
    static NetworkBatch read(Options o) {
        if (o.data == null) {
            return new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.withSeed(o.demoSeed)).generate().batch();
        }
        boolean cordis = CordisImporter.ORGANISATION_FILES.stream().anyMatch(f -> Files.isRegularFile(o.data.resolve(f)));
        try {
            return cordis ? new CordisImporter().read(o.data, KnownIds.NONE)
                    : new KaonetCsvImporter().read(o.data, KnownIds.NONE);
        } catch (ImportException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
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
                   LocalDate tuneUntil, List<Integer> ks, int minDegree, boolean activities, boolean fit,
                   LocalDate fitFrom, LocalDate heldOutFrom, long seed) {

        /**
         * The options of a command line, as the command reads them.
         *
         * @throws IllegalArgumentException naming the option or value that is wrong
         */
        static Options parse(String... args) {
            BacktestCommand command = new BacktestCommand(System.out);
            try {
                new CommandLine(command).parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return command.options();
        }
    }
}
