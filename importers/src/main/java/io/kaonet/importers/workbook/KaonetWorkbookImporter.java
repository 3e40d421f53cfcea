package io.kaonet.importers.workbook;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.text.CsvWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a network from an Excel workbook (.xlsx) holding Kaonet's CSV files as sheets: a sheet named
 * {@code actors} (or {@code actors.csv}) is read as {@code actors.csv}, and so on for
 * {@code clusters}, {@code ties}, {@code memberships}, {@code activities} and
 * {@code participations}; the first row of a sheet is its header. Sheets with other names are
 * refused, so that a typo does not silently drop a list.
 *
 * <p>Each sheet is turned into the CSV text of its file and read by {@link KaonetCsvImporter}, so a
 * workbook gets exactly the checks and records of the CSV files. Cells become text as a person sees
 * them: a date cell as {@code yyyy-MM-dd}, a whole number without decimals, a boolean as
 * {@code true}/{@code false}; formulas give their cached value. Problems are reported with the
 * sheet as file ({@code members.xlsx › actors}), the spreadsheet row as line, and the column as
 * {@code name (column B)}.
 *
 * <p>Complexity: O(cells) time; holds the sheets' text and the batch. Uses fastexcel-reader, which
 * streams the workbook's XML. Stateless and thread-safe.
 */
public final class KaonetWorkbookImporter {

    private static final Pattern SHEET_SUFFIX = Pattern.compile("(?i)\\.csv$");
    // Excel's built-in date and time formats (ECMA-376 §18.8.30).
    private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);
    private static final Pattern DATE_FORMAT = Pattern.compile("(?i)(\"[^\"]*\"|\\[[^]]*]|\\\\.)|([ymd])");
    private final KaonetCsvImporter csv = new KaonetCsvImporter();

    /**
     * Reads and checks a workbook.
     *
     * @param name     the workbook's file name as the user gave it, used in problems
     * @param workbook the workbook's bytes
     * @param known    the ids already stored, for references the sheets do not resolve
     * @return the validated records
     * @throws ImportException if the workbook cannot be read or any sheet has a problem; nothing is returned then
     */
    public NetworkBatch read(String name, byte[] workbook, KnownIds known) {
        Objects.requireNonNull(workbook, "workbook must not be null");
        String label = name == null || name.isBlank() ? "workbook" : name;
        Map<String, SheetText> sheets = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (!ReadableWorkbook.isOOXMLZipHeader(workbook)) {
            throw new ImportException(ImportProblem.ofFile(label, ReadableWorkbook.isOLE2Header(workbook)
                    ? "is an old Excel 97–2003 (.xls) workbook; save it as .xlsx" : "is not an Excel workbook (.xlsx)"));
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false))) {
            for (Sheet sheet : book.getSheets().toList()) {
                String file = SHEET_SUFFIX.matcher(sheet.getName().trim()).replaceAll("").toLowerCase(Locale.ROOT) + ".csv";
                if (!KaonetCsvImporter.FILE_NAMES.contains(file)) {
                    problems.add(ImportProblem.ofFile(label + " › " + sheet.getName(), "is not a Kaonet sheet (expected "
                            + String.join(", ", KaonetCsvImporter.FILE_NAMES.stream().map(f -> f.replace(".csv", "")).toList()) + ")"));
                } else if (sheets.putIfAbsent(file, text(sheet)) != null) {
                    problems.add(ImportProblem.ofFile(label + " › " + sheet.getName(), "is given twice"));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportProblem.ofFile(label, "cannot be read as a workbook: " + e.getMessage()));
        }
        if (sheets.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(label, "has none of the Kaonet sheets"));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        Map<String, InputStream> files = new LinkedHashMap<>();
        sheets.forEach((file, sheet) -> files.put(file, new ByteArrayInputStream(sheet.csv().getBytes(StandardCharsets.UTF_8))));
        try {
            return csv.read(files, known);
        } catch (ImportException e) {
            throw new ImportException(e.problems().stream().map(p -> inSheet(label, p, sheets.get(p.file()))).toList(),
                    e.truncated());
        }
    }

    /** A CSV problem told in the workbook's terms: sheet, spreadsheet row, column letter. */
    private static ImportProblem inSheet(String label, ImportProblem p, SheetText sheet) {
        if (sheet == null) {
            return p;
        }
        String file = label + " › " + sheet.name();
        long row = p.line() > 0 && p.line() <= sheet.rows().size() ? sheet.rows().get((int) p.line() - 1) : p.line();
        String field = p.field();
        if (field != null) {
            int column = sheet.header().indexOf(field);
            if (column >= 0) {
                field = field + " (column " + columnLetters(column) + ")";
            }
        }
        return new ImportProblem(file, row, field, p.value(), p.message());
    }

    /** Letters of a 0-based column index: 0 → A, 26 → AA. */
    static String columnLetters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /**
     * A sheet as CSV text.
     *
     * @param name   the sheet's name
     * @param csv    the text, one record per non-empty row
     * @param rows   for each CSV line (index line − 1), the spreadsheet row it came from
     * @param header the header row's cells
     */
    private record SheetText(String name, String csv, List<Long> rows, List<String> header) {
    }

    private static SheetText text(Sheet sheet) throws IOException {
        StringBuilder out = new StringBuilder();
        List<Long> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Row row : sheet.read()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
                cells.add(value(row.getCell(c)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (rows.isEmpty()) {
                header.addAll(cells.stream().map(String::trim).toList());
            }
            // Excel stores no trailing empty cells: a row is as wide as its header
            while (cells.size() < header.size()) {
                cells.add("");
            }
            StringWriter line = new StringWriter();
            new CsvWriter(line).row(cells);
            // a quoted value with line breaks spans several CSV lines: each maps to this row
            for (long l = 1, n = line.toString().chars().filter(ch -> ch == '\n').count(); l <= n; l++) {
                rows.add((long) row.getRowNum());
            }
            out.append(line);
        }
        return new SheetText(sheet.getName(), out.toString(), rows, header);
    }

    private static String value(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        Object raw = cell.getValue();
        if (raw instanceof BigDecimal number) {
            if (isDate(cell)) {
                return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            BigDecimal plain = number.stripTrailingZeros();
            return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
        }
        if (raw instanceof Boolean b) {
            return b.toString();
        }
        return raw == null ? cell.getText() : raw.toString();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMAT_IDS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        var m = DATE_FORMAT.matcher(format);
        while (m.find()) {
            if (m.group(2) != null) {
                return true;
            }
        }
        return false;
    }
}
