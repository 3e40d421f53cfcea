package io.kaonet.api.downloads;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.errors.NotFoundException;
import io.kaonet.api.exchange.Exchange;
import io.kaonet.api.exchange.ExportMetric;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.security.Caller;
import io.kaonet.api.security.SecuritySettings;
import io.kaonet.core.model.Scope;
import io.kaonet.importers.export.ExportFormat;
import io.kaonet.importers.export.NetworkExporter;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.core.isolation.IsolationReason;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads as files: {@code GET /downloads/network} writes a scope's network as GEXF, GraphML,
 * Pajek or CSV (a zip of {@code nodes.csv} and {@code edges.csv}, or one of them with
 * {@code file=}), streamed, with the format's media type and an attachment file name;
 * {@code GET /downloads/report.xlsx} writes the analyst report's tables as an Excel workbook;
 * {@code GET /downloads/isolated-firms.xlsx}, {@code introductions.xlsx} and {@code coordinator-results.xlsx}
 * (or {@code .csv}) write the coordinator workspace's tables with the pages' filters.
 * Readers are those of the GraphQL API: anyone when anonymous reads are allowed, else a token.
 */
@RestController
@RequestMapping("/downloads")
public class DownloadController {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadController.class);
    private static final Set<String> NETWORK_PARAMETERS = Set.of("format", "metrics", "file");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Analyses analyses;
    private final ScopeParameters scopes;
    private final ReportWorkbook report;
    private final WorkspaceTables workspace;
    private final boolean anonymousRead;

    DownloadController(Analyses analyses, ObjectMapper json, ReportWorkbook report, WorkspaceTables workspace,
                       SecuritySettings security) {
        this.analyses = analyses;
        this.scopes = new ScopeParameters(json);
        this.report = report;
        this.workspace = workspace;
        this.anonymousRead = security.anonymousRead();
    }

    /**
     * The scope's network as files for other tools.
     *
     * @param format  GEXF, GRAPHML, PAJEK or CSV (any case)
     * @param metrics per-actor metrics to add as node attributes ({@link ExportMetric} names), repeated or comma-separated
     * @param file    for CSV, {@code nodes.csv} or {@code edges.csv} alone instead of a zip of both
     */
    @GetMapping("/network")
    public ResponseEntity<StreamingResponseBody> network(@RequestParam String format,
                                                         @RequestParam(required = false) List<String> metrics,
                                                         @RequestParam(required = false) String file,
                                                         @RequestParam MultiValueMap<String, String> parameters) {
        requireReader();
        ExportFormat chosen = constant(ExportFormat.class, "format", format);
        List<ExportMetric> columns = new ArrayList<>();
        for (String m : metrics == null ? List.<String>of() : metrics) {
            for (String part : m.split(",")) {
                if (!part.isBlank()) {
                    columns.add(constant(ExportMetric.class, "metrics", part));
                }
            }
        }
        Scope scope = scopes.scope(parameters, NETWORK_PARAMETERS);
        ProjectionMemo memo = ProjectionMemo.of(analyses, scope);
        NetworkExporter exporter = Exchange.exporter(memo, columns.stream().distinct().toList());
        List<String> names = exporter.fileNames(chosen);
        String base = "kaonet-" + tag(scope);
        if (file != null && !file.isBlank()) {
            if (chosen != ExportFormat.CSV || !names.contains(file)) {
                throw new InvalidArgumentException("file", file, "is not a file of the " + chosen + " export (its files: "
                        + String.join(", ", names) + ")");
            }
            return attachment(base + "-" + file, MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"),
                    out -> exporter.write(chosen, name -> name.equals(file) ? kept(out) : OutputStream.nullOutputStream()));
        }
        if (names.size() == 1) {
            MediaType type = MediaType.parseMediaType(chosen.mediaType() + (chosen == ExportFormat.PAJEK ? ";charset=UTF-8" : ""));
            return attachment(base + "." + chosen.extension(), type, out -> exporter.write(chosen, name -> kept(out)));
        }
        return attachment(base + "-" + chosen.extension() + ".zip", MediaType.parseMediaType("application/zip"), out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            exporter.write(chosen, name -> {
                zip.putNextEntry(new ZipEntry(name));
                return kept(zip, zip::closeEntry);
            });
            zip.finish();
        });
    }

    /**
     * The analyst report's tables as an Excel workbook: one sheet per table, numbers as numbers,
     * units in the headers.
     *
     * @param period the scorecard's period (a year or a span such as {@code 2006-2010}); the latest
     *               period with imported indicators when omitted
     */
    @GetMapping("/report.xlsx")
    public ResponseEntity<StreamingResponseBody> report(@RequestParam(required = false) String period,
                                                        @RequestParam MultiValueMap<String, String> parameters) {
        Caller caller = requireReader();
        Scope scope = scopes.scope(parameters, Set.of("period"));
        ReportWorkbook.Tables tables = report.tables(scope, period, caller);
        return attachment("kaonet-report-" + tag(scope) + "-" + tables.period() + ".xlsx", XLSX, tables::write);
    }

    /**
     * The isolated firms page's table: the firms of the scope with any of the reasons (every firm with
     * a reason when none is given), as {@code .xlsx} or {@code .csv}.
     *
     * @param format  xlsx or csv
     * @param reasons isolation reasons (IsolationReason names), repeated or comma-separated
     * @param lang    en (default) or ja: the language of titles and words
     */
    @GetMapping("/isolated-firms.{format}")
    public ResponseEntity<StreamingResponseBody> isolatedFirms(@PathVariable String format,
                                                               @RequestParam(required = false) List<String> reasons,
                                                               @RequestParam(defaultValue = "en") String lang,
                                                               @RequestParam MultiValueMap<String, String> parameters) {
        Caller caller = requireReader();
        TableFormat chosen = constant(TableFormat.class, "format", format);
        Scope scope = scopes.scope(parameters, Set.of("reasons", "lang"));
        List<String> wanted = new ArrayList<>();
        for (String r : reasons == null ? List.<String>of() : reasons) {
            for (String part : r.split(",")) {
                if (!part.isBlank()) {
                    wanted.add(constant(IsolationReason.class, "reasons", part).name());
                }
            }
        }
        DownloadTable table = workspace.isolatedFirms(scope, wanted.stream().distinct().toList(), lang, caller);
        String name = "isolated-firms-" + (scope.clusterIds().isEmpty() ? "all" : String.join("-", new TreeSet<>(scope.clusterIds())));
        return table(name, chosen, table);
    }

    /**
     * The introduction log page's tables, with its filters, as {@code .xlsx} or {@code .csv}: the log
     * ({@code introductions}) or each coordinator's results ({@code coordinator-results}).
     *
     * @param clusterId     only introductions touching a member of this cluster
     * @param coordinatorId only this coordinator's
     * @param from          made on this day or later (yyyy-MM-dd)
     * @param to            made on this day or earlier (yyyy-MM-dd)
     * @param lang          en (default) or ja: the language of titles and words
     */
    @GetMapping("/{table:introductions|coordinator-results}.{format}")
    public ResponseEntity<StreamingResponseBody> introductionTables(@PathVariable String table, @PathVariable String format,
                                                                    @RequestParam(required = false) String clusterId,
                                                                    @RequestParam(required = false) String coordinatorId,
                                                                    @RequestParam(required = false) String from,
                                                                    @RequestParam(required = false) String to,
                                                                    @RequestParam(defaultValue = "en") String lang) {
        Caller caller = requireReader();
        TableFormat chosen = constant(TableFormat.class, "format", format);
        WorkspaceTables.LogFilters filters = logFilters(clusterId, coordinatorId, from, to);
        DownloadTable rows = table.equals("introductions") ? workspace.introductions(filters, lang, caller)
                : workspace.coordinatorResults(filters, lang, caller);
        return table(table + "-" + filters.tag(), chosen, rows);
    }

    /** The file formats of a table. */
    enum TableFormat { XLSX, CSV }

    private static WorkspaceTables.LogFilters logFilters(String clusterId, String coordinatorId, String from, String to) {
        return new WorkspaceTables.LogFilters(blankToNull(clusterId), blankToNull(coordinatorId), day("from", from), day("to", to));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(parameter, value, "is not a date (yyyy-MM-dd)");
        }
    }

    private static ResponseEntity<StreamingResponseBody> table(String name, TableFormat format, DownloadTable table) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return format == TableFormat.XLSX
                ? attachment(file + ".xlsx", XLSX, table::writeXlsx)
                : attachment(file + ".csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), table::writeCsv);
    }

    @ExceptionHandler(InProcessGraphQl.AccessRefusedException.class)
    ResponseEntity<ProblemDetail> refused(InProcessGraphQl.AccessRefusedException e) {
        HttpStatus status = e.unauthenticated() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.unauthenticated() ? "Unauthenticated" : "Forbidden");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad argument");
        if (e instanceof InvalidArgumentException i) {
            problem.setProperty("parameter", i.field());
            problem.setProperty("value", String.valueOf(i.value()));
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("parameter", e.field());
        problem.setProperty("value", e.value());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ReaderRequiredException.class)
    ResponseEntity<ProblemDetail> unauthenticated(ReaderRequiredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Unauthenticated");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The caller, who must be allowed to read. */
    private Caller requireReader() {
        Caller caller = Caller.current(anonymousRead);
        if (caller.role() == null) {
            throw new ReaderRequiredException();
        }
        return caller;
    }

    /** Refused: anonymous reads are off and the request has no valid token. */
    static final class ReaderRequiredException extends RuntimeException {
        ReaderRequiredException() {
            super("downloads need a token when anonymous reads are off; send Authorization: Bearer <token>");
        }
    }

    /** A file response; the name is plain ASCII ({@link #tag} keeps only letters, digits, '.', '_' and '-'). */
    private static ResponseEntity<StreamingResponseBody> attachment(String fileName, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(type)
                .body(out -> {
                    try {
                        body.writeTo(out);
                    } catch (IOException | RuntimeException e) {
                        // Headers are sent: the client sees a cut file; the cause is logged here, not sent.
                        LOG.warn("Download {} stopped: {}", fileName, e.toString());
                        throw e;
                    }
                });
    }

    /** The response stream, not closed by the exporter (the container closes it). */
    private static OutputStream kept(OutputStream out) {
        return kept(out, () -> { });
    }

    /** What closing a file's output does instead of closing the stream below. */
    @FunctionalInterface
    private interface OnClose {
        void run() throws IOException;
    }

    /** A stream the exporter may close: the stream below is flushed and stays open, and {@code onClose} runs. */
    private static OutputStream kept(OutputStream out, OnClose onClose) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
                onClose.run();
            }
        };
    }

    /** A short file-name tag of the scope: its clusters, or "network", and its dates. */
    static String tag(Scope scope) {
        List<String> parts = new ArrayList<>(new TreeSet<>(scope.clusterIds()));
        if (parts.isEmpty()) {
            parts.add("network");
        }
        if (scope.asOf() != null) {
            parts.add(scope.asOf().toString());
        }
        if (scope.from() != null || scope.to() != null) {
            parts.add(scope.from() + "_" + scope.to());
        }
        return String.join("-", parts).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(parameter, value, "is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
