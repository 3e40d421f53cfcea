package io.kaonet.api.downloads;

import io.kaonet.importers.export.CsvOut;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table of a page as a file: a header (each title with its unit) and rows whose cells are text,
 * numbers, dates, booleans or empty (null). Written as an Excel workbook with Apache POI (numbers as
 * numbers, dates as dates, a bold frozen header, then an "About" sheet saying what the table holds) or
 * as CSV (UTF-8 with a byte-order mark, so that Excel reads Japanese right; dates as yyyy-MM-dd).
 *
 * @param sheet   the sheet's name (at most 31 characters, Excel's limit)
 * @param headers the column titles
 * @param rows    the rows, each as long as the header
 * @param about   lines of the "About" sheet: [title, text]
 */
record DownloadTable(String sheet, List<String> headers, List<List<Object>> rows, List<List<String>> about) {

    private static final int ROWS_IN_MEMORY = 200;

    DownloadTable {
        Objects.requireNonNull(sheet, "sheet");
        if (sheet.isBlank() || sheet.length() > 31) {
            throw new IllegalArgumentException("sheet name must be 1 to 31 characters: '" + sheet + "'");
        }
        headers = List.copyOf(headers);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != headers.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).size() + " cells for " + headers.size()
                        + " columns");
            }
        }
        rows = List.copyOf(rows);
        about = List.copyOf(about);
    }

    /** Writes the table as an .xlsx workbook, streamed (a few hundred rows in memory at a time). */
    void writeXlsx(OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet table = book.createSheet(sheet);
            Row header = table.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                table.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = table.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    put(row, c, values.get(c), date);
                }
            }
            table.createFreezePane(0, 1);
            Sheet notes = book.createSheet("About");
            for (int i = 0; i < about.size(); i++) {
                Row row = notes.createRow(i);
                Cell key = row.createCell(0);
                key.setCellValue(about.get(i).get(0));
                key.setCellStyle(bold);
                row.createCell(1).setCellValue(about.get(i).get(1));
            }
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(1, 100 * 256);
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    /** Writes the table as CSV: UTF-8 with a byte-order mark, a header line, one line per row. */
    void writeCsv(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CsvOut csv = new CsvOut(w);
        csv.row(headers.toArray());
        for (List<Object> row : rows) {
            for (Object value : row) {
                csv.field(text(value));
            }
            csv.end();
        }
        w.flush();
    }

    private static void put(Row row, int c, Object value, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** A cell as CSV text: whole numbers without a decimal point, others in plain notation. */
    private static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
