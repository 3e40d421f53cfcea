package io.kaonet.importers.indicators;

import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.core.model.Period;
import io.kaonet.core.scorecard.NetworkIndicators;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.field.FieldReader;
import io.kaonet.importers.field.FieldSource;
import io.kaonet.importers.text.CsvColumns;
import io.kaonet.importers.text.CsvFormat;
import io.kaonet.importers.text.CsvReader;
import io.kaonet.importers.text.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@code indicators.csv}, Kaonet's file of evaluation-survey indicators: one value per
 * cluster, survey area, indicator and period (see {@code docs/data-formats.md}).
 *
 * <p>Columns: {@code cluster}, {@code area}, {@code indicator}, {@code period}, {@code value}
 * (required), {@code unit}, {@code source} (optional); no other column. The whole file is checked
 * before anything is returned, and every problem (up to {@link ImportException#MAX_PROBLEMS}) is
 * reported at once with file, line, column and value, as {@link io.kaonet.importers.csv.KaonetCsvImporter}
 * does: CSV syntax and encoding, header, missing values, an area that is not one of the six
 * {@link EvaluationArea}s, a name reserved for network-derived indicators ({@value
 * NetworkIndicators#PREFIX}…) or longer than {@link #MAX_NAME_LENGTH}, a period that is not a year or
 * a span of years, a value that is not a finite number, the same cluster, area, indicator and period
 * twice (naming the earlier line), and clusters that {@link KnownIds} does not know (one lookup for
 * all of them). An indicator's {@link Indicator#source() source} is the {@code source} column with
 * the file and line it came from.
 *
 * <p>O(input size) time, memory for the records. Stateless and thread-safe.
 */
public final class IndicatorsCsvImporter {

    /** The file name of the format. */
    public static final String FILE_NAME = "indicators.csv";
    /** The longest indicator name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    static final CsvColumns COLUMNS = CsvColumns.of(List.of("cluster", "area", "indicator", "period", "value"),
            List.of("unit", "source"));


    /**
     * Reads an indicator file from disk; problems name it by its file name.
     *
     * @param file  the file
     * @param known the clusters already stored
     * @return the validated indicators, in file order
     * @throws ImportException      if any problem was found; nothing may be written then
     * @throws UncheckedIOException if the file cannot be read for reasons other than its content
     */
    public List<Indicator> read(Path file, KnownIds known) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImportException(ImportProblem.ofFile(name, "is not a file"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an indicator file from a stream, which is read and closed.
     *
     * @param fileName the name problems are reported under (a folder part is dropped)
     * @param in       the bytes, UTF-8
     * @param known    the clusters already stored
     * @return the validated indicators, in file order
     * @throws ImportException      if any problem was found; nothing may be written then
     * @throws UncheckedIOException if the stream fails for reasons other than its content
     */
    public List<Indicator> read(String fileName, InputStream in, KnownIds known) {
        Objects.requireNonNull(in, "stream must not be null");
        Objects.requireNonNull(known, "known ids must not be null");
        String file = Objects.requireNonNull(fileName, "file name must not be null");
        file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        Problems problems = new Problems();
        List<Indicator> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, List<Use>> clusterUses = new HashMap<>();
        try (CsvReader reader = new CsvReader(file, in, CsvFormat.RFC_4180, problems)) {
            if (reader.header(COLUMNS).isPresent()) {
                for (CsvRecord record : reader) {
                    Indicator indicator = row(file, record, problems, seen, clusterUses);
                    if (indicator != null) {
                        out.add(indicator);
                    }
                }
            }
        }
        if (!clusterUses.isEmpty() && !problems.full()) {
            Set<String> ids = new LinkedHashSet<>(clusterUses.keySet());
            Set<String> existing = Objects.requireNonNull(known.existing(KnownIds.Kind.CLUSTER, List.copyOf(ids)),
                    "KnownIds.existing must not return null");
            clusterUses.values().stream().flatMap(List::stream).sorted((a, b) -> Long.compare(a.line, b.line))
                    .filter(u -> !existing.contains(u.id))
                    .forEach(u -> problems.add(u.file, u.line, "cluster", u.raw, "is not a known cluster"));
        }
        problems.throwIfAny();
        return List.copyOf(out);
    }

    private record Use(String id, String file, long line, String raw) {
    }

    private static Indicator row(String file, CsvRecord record, Problems problems, Map<String, Long> seen,
                                 Map<String, List<Use>> clusterUses) {
        long line = record.line();
        FieldReader f = new FieldReader(FieldSource.of(file, record), problems);
        String cluster = f.required("cluster");
        EvaluationArea area = f.choice("area", "a survey area", EvaluationArea.class, null, true);
        String name = f.required("indicator");
        if (name != null && NetworkIndicators.isNetworkDerived(name)) {
            f.problem("indicator", record.get("indicator"), "starts with '" + NetworkIndicators.PREFIX
                    + "', which is reserved for the indicators Kaonet derives from the network");
        } else if (name != null && name.length() > MAX_NAME_LENGTH) {
            f.problem("indicator", record.get("indicator"), "is longer than " + MAX_NAME_LENGTH + " characters");
        }
        String period = null;
        String periodText = f.required("period");
        if (periodText != null) {
            try {
                period = Period.parse(periodText).label();
            } catch (IllegalArgumentException e) {
                f.problem("period", record.get("period"),
                        "is not a period (expected a year such as 2009 or a span of years such as 2006-2010, "
                                + Period.MIN_YEAR + " to " + Period.MAX_YEAR + ")");
            }
        }
        Double value = f.required("value") == null ? null : f.number("value");
        String unit = f.text("unit");
        String source = f.text("source");
        if (cluster != null) {
            clusterUses.computeIfAbsent(cluster, c -> new ArrayList<>()).add(new Use(cluster, file, line,
                    record.get("cluster")));
        }
        if (cluster != null && area != null && name != null && period != null) {
            String key = cluster + '\n' + area + '\n' + name + '\n' + period;
            Long first = seen.putIfAbsent(key, line);
            if (first != null) {
                f.problem(null, cluster + " " + area + " " + name + " " + period,
                        "is the same indicator (cluster, area, indicator and period) as line " + first);
            }
        }
        if (!f.ok()) {
            return null;
        }
        String provenance = file + ":" + line;
        try {
            return new Indicator(cluster, area, name, period, value, unit,
                    source == null ? provenance : source + " (" + provenance + ")");
        } catch (IllegalArgumentException e) {
            problems.add(file, line, null, null, "is not a valid indicator: " + e.getMessage());
            return null;
        }
    }
}
