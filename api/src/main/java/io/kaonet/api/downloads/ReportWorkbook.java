package io.kaonet.api.downloads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.security.Caller;
import io.kaonet.core.model.Scope;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The analyst report's tables, read from the public GraphQL API (run in-process, with the
 * caller's rights, so the workbook holds exactly the API's numbers) and written as an Excel
 * workbook with Apache POI: one sheet per table, numbers stored as numbers, units in the headers,
 * and an "About" sheet with the scope, the period and when it was made.
 *
 * <p>A report covers a scope without dates (clusters, regions, kinds) and a scorecard period: the
 * cohesion and collaboration figures are those of the network as of the period's last day (the
 * scorecard's {@code asOf}), the KPI series covers the three policy phases, the scorecard every
 * cluster.
 */
@Component
public class ReportWorkbook {

    /** Reads the scorecard of a period, and the latest period with indicators. */
    static final String SCORECARD = """
            query ReportScorecard($period: String!) {
              network { scorecard(period: $period) { period asOf standardization
                clusters { cluster { id } overallIndex grade
                  areas { area index indicators { name value unit share mean clusters index indexMissingBecause
                    networkDerived source } } } } }
            }""";

    static final String PERIODS = "query ReportPeriods { indicatorPeriods }";

    /** Reads the import log (the report's provenance): every run the store holds, newest first. */
    static final String IMPORTS = """
            query ReportImports { imports(first: 500) { edges { node { id startedAt finishedAt format files by batches records
              dataVersion written { actors ties clusters memberships activities participations changed } } } } }""";

    /** Reads the scope's figures as of the scorecard's day, and its KPI series. */
    static final String FIGURES = """
            query ReportFigures($asOf: Scope!, $scope: Scope!) {
              network(scope: $asOf) {
                cohesion { ...figures }
                cohesionByCluster { cluster { id } cohesion { ...figures } }
                collaborationRatios { overall { ...ratios } byCluster { cluster { id } ratios { ...ratios } } }
              }
              series: network(scope: $scope) { kpiSeries(periods: PHASES) { basis
                points { period { label start end } cohesion { ...figures } collaboration { ...ratios } } } }
            }
            fragment figures on CohesionSummary { actors ties density meanDegree components giantComponentSize giantComponentShare
              averageClustering transitivity meanDistance diameter mainCore meanTwoStepReach isolates pendants }
            fragment ratios on CollaborationRatio { firms industryIndustryFirms industryIndustry
              industryAcademiaGovernmentFirms industryAcademiaGovernment collaboratingFirms collaborating }""";

    private static final List<Column> COHESION = List.of(
            new Column("Actors (count)", "/actors"),
            new Column("Ties (count)", "/ties"),
            new Column("Density (0-1)", "/density"),
            new Column("Mean degree (ties per actor)", "/meanDegree"),
            new Column("Components (count)", "/components"),
            new Column("Giant component (actors)", "/giantComponentSize"),
            new Column("Giant component share (0-1)", "/giantComponentShare"),
            new Column("Average clustering (0-1)", "/averageClustering"),
            new Column("Transitivity (0-1)", "/transitivity"),
            new Column("Mean distance (steps)", "/meanDistance"),
            new Column("Diameter (steps)", "/diameter"),
            new Column("Main core (k)", "/mainCore"),
            new Column("Mean two-step reach (actors)", "/meanTwoStepReach"),
            new Column("Isolates (actors)", "/isolates"),
            new Column("Pendants (actors)", "/pendants"));

    private static final List<Column> RATIOS = List.of(
            new Column("Firms (count)", "/firms"),
            new Column("Firms in industry-industry ties (count)", "/industryIndustryFirms"),
            new Column("Industry-industry share (0-1)", "/industryIndustry"),
            new Column("Firms in industry-academia-government ties (count)", "/industryAcademiaGovernmentFirms"),
            new Column("Industry-academia-government share (0-1)", "/industryAcademiaGovernment"),
            new Column("Collaborating firms (count)", "/collaboratingFirms"),
            new Column("Collaborating share (0-1)", "/collaborating"));

    private final InProcessGraphQl graphQl;
    private final ObjectMapper json;

    ReportWorkbook(InProcessGraphQl graphQl, ObjectMapper json) {
        this.graphQl = graphQl;
        this.json = json;
    }

    /**
     * The report's tables for a scope and a scorecard period.
     *
     * @param scope  the part of the network, without dates
     * @param period a year or a span of years; the latest period with indicators when null
     * @param caller who asks (the API's field rights apply)
     * @throws InvalidArgumentException when the scope has dates, no period is given and none has indicators,
     *                                  or the API refuses the arguments
     */
    public Tables tables(Scope scope, String period, Caller caller) {
        if (scope.asOf() != null || scope.from() != null || scope.to() != null) {
            String field = scope.asOf() != null ? "asOf" : scope.from() != null ? "from" : "to";
            LocalDate value = scope.asOf() != null ? scope.asOf() : scope.from() != null ? scope.from() : scope.to();
            throw new InvalidArgumentException(field, value,
                    "the report's dates come from its period (period=2006-2010); give the scope without dates");
        }
        String chosen = period;
        if (chosen == null || chosen.isBlank()) {
            JsonNode periods = run(PERIODS, Map.of(), caller).path("indicatorPeriods");
            if (periods.isEmpty()) {
                throw new InvalidArgumentException("period", null, "no indicators are imported, so there is no period to report on");
            }
            chosen = periods.get(periods.size() - 1).asText();
        }
        JsonNode scorecard = run(SCORECARD, Map.of("period", chosen), caller).path("network").path("scorecard");
        LocalDate asOf = LocalDate.parse(scorecard.path("asOf").asText());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("asOf", input(scope.withAsOf(asOf)));
        variables.put("scope", input(scope));
        JsonNode figures = run(FIGURES, variables, caller);
        JsonNode imports = run(IMPORTS, Map.of(), caller).path("imports");
        return new Tables(scope, chosen, asOf, scorecard, figures, imports);
    }

    /** The scope as GraphQL's Scope input (the record's components are the input's fields). */
    private Map<String, Object> input(Scope scope) {
        Map<String, Object> fields = json.convertValue(scope, json.getTypeFactory().constructMapType(LinkedHashMap.class,
                String.class, Object.class));
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    private JsonNode run(String document, Map<String, Object> variables, Caller caller) {
        return graphQl.run(document, variables, caller);
    }

    /** A column: header with its unit, and where its value is in a row of the answer. */
    record Column(String header, String pointer) {
    }

    /** A sheet: its name, columns and rows (the answer's objects). */
    record Table(String sheet, List<Column> columns, List<JsonNode> rows) {
    }

    /**
     * The report's tables, read; {@link #write} writes them as a workbook.
     *
     * @param scope     the scope reported on
     * @param period    the scorecard period
     * @param asOf      the day the cohesion and collaboration figures are read
     * @param scorecard the API's {@code scorecard} answer
     * @param figures   the API's answer of {@link #FIGURES}
     * @param imports   the API's {@code imports} connection ({@link #IMPORTS})
     */
    public record Tables(Scope scope, String period, LocalDate asOf, JsonNode scorecard, JsonNode figures, JsonNode imports) {

        /** The tables, one per sheet, in sheet order. */
        List<Table> tables() {
            List<Table> tables = new ArrayList<>();
            JsonNode network = figures.path("network");
            List<JsonNode> cohesionRows = new ArrayList<>();
            cohesionRows.add(labelled("Scope", "selected scope", network.path("cohesion")));
            network.path("cohesionByCluster").forEach(c -> cohesionRows.add(labelled("Scope", c.at("/cluster/id").asText(),
                    c.path("cohesion"))));
            tables.add(new Table("Cohesion", prefixed("Scope", COHESION), cohesionRows));

            List<JsonNode> ratioRows = new ArrayList<>();
            JsonNode ratios = network.path("collaborationRatios");
            ratioRows.add(labelled("Scope", "selected scope", ratios.path("overall")));
            ratios.path("byCluster").forEach(c -> ratioRows.add(labelled("Scope", c.at("/cluster/id").asText(), c.path("ratios"))));
            tables.add(new Table("Collaboration", prefixed("Scope", RATIOS), ratioRows));

            List<JsonNode> kpiRows = new ArrayList<>();
            List<Column> kpiColumns = new ArrayList<>(List.of(new Column("Period", "/period/label"),
                    new Column("Start (date)", "/period/start"), new Column("End (date)", "/period/end")));
            COHESION.forEach(c -> kpiColumns.add(new Column(c.header(), "/cohesion" + c.pointer())));
            RATIOS.forEach(c -> kpiColumns.add(new Column(c.header(), "/collaboration" + c.pointer())));
            figures.at("/series/kpiSeries/points").forEach(kpiRows::add);
            tables.add(new Table("KPI series", kpiColumns, kpiRows));

            List<Column> gradeColumns = new ArrayList<>(List.of(new Column("Cluster", "/cluster/id"),
                    new Column("Overall index (average = 100)", "/overallIndex"), new Column("Grade (A-D)", "/grade")));
            List<JsonNode> gradeRows = new ArrayList<>();
            List<JsonNode> indicatorRows = new ArrayList<>();
            List<String> areas = new ArrayList<>();
            for (JsonNode cluster : scorecard.path("clusters")) {
                ObjectNode row = cluster.deepCopy();
                for (JsonNode area : cluster.path("areas")) {
                    String name = area.path("area").asText();
                    if (!areas.contains(name)) {
                        areas.add(name);
                    }
                    row.set("area_" + name, area.path("index"));
                    for (JsonNode indicator : area.path("indicators")) {
                        ObjectNode line = indicator.deepCopy();
                        line.put("clusterId", cluster.at("/cluster/id").asText());
                        line.put("area", name);
                        line.put("origin", indicator.path("networkDerived").asBoolean() ? "computed from the network" : "imported");
                        indicatorRows.add(line);
                    }
                }
                gradeRows.add(row);
            }
            areas.forEach(a -> gradeColumns.add(new Column(a + " index (average = 100)", "/area_" + a)));
            tables.add(new Table("Scorecard", gradeColumns, gradeRows));
            tables.add(new Table("Indicators", List.of(new Column("Cluster", "/clusterId"), new Column("Area", "/area"),
                    new Column("Indicator", "/name"), new Column("Value (in its unit)", "/value"), new Column("Unit", "/unit"),
                    new Column("Share (0-1, for units in %)", "/share"),
                    new Column("Mean of clusters (in its unit)", "/mean"), new Column("Clusters with it (count)", "/clusters"),
                    new Column("Index (average = 100)", "/index"), new Column("Why there is no index", "/indexMissingBecause"),
                    new Column("Origin", "/origin"), new Column("Source", "/source")), indicatorRows));
            List<JsonNode> importRows = new ArrayList<>();
            for (JsonNode edge : imports.path("edges")) {
                ObjectNode run = edge.path("node").deepCopy();
                List<String> files = new ArrayList<>();
                run.path("files").forEach(f -> files.add(f.asText()));
                run.put("fileList", String.join(", ", files));
                importRows.add(run);
            }
            tables.add(new Table("Imports", List.of(new Column("Started (UTC)", "/startedAt"), new Column("Finished (UTC)", "/finishedAt"),
                    new Column("Format", "/format"), new Column("Files", "/fileList"), new Column("By", "/by"),
                    new Column("Batches (count)", "/batches"), new Column("Records in the input (count)", "/records"),
                    new Column("Actors created or changed (count)", "/written/actors"),
                    new Column("Ties created or changed (count)", "/written/ties"),
                    new Column("Clusters created or changed (count)", "/written/clusters"),
                    new Column("Memberships created or changed (count)", "/written/memberships"),
                    new Column("Activities created or changed (count)", "/written/activities"),
                    new Column("Participations created or changed (count)", "/written/participations"),
                    new Column("Records created or changed (count)", "/written/changed"),
                    new Column("Data version after (number)", "/dataVersion"), new Column("Run id", "/id")), importRows));
            return tables;
        }

        /** Writes the workbook. */
        public void write(OutputStream out) throws IOException {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                CellStyle bold = book.createCellStyle();
                Font font = book.createFont();
                font.setBold(true);
                bold.setFont(font);
                about(book.createSheet("About"), bold);
                for (Table t : tables()) {
                    Sheet sheet = book.createSheet(t.sheet());
                    Row header = sheet.createRow(0);
                    for (int c = 0; c < t.columns().size(); c++) {
                        Cell cell = header.createCell(c);
                        cell.setCellValue(t.columns().get(c).header());
                        cell.setCellStyle(bold);
                    }
                    for (int r = 0; r < t.rows().size(); r++) {
                        Row row = sheet.createRow(r + 1);
                        for (int c = 0; c < t.columns().size(); c++) {
                            put(row, c, t.rows().get(r).at(t.columns().get(c).pointer()));
                        }
                    }
                    sheet.createFreezePane(1, 1);
                    for (int c = 0; c < t.columns().size(); c++) {
                        sheet.setColumnWidth(c, Math.min(60, Math.max(12, t.columns().get(c).header().length() + 2)) * 256);
                    }
                }
                book.write(out);
            }
        }

        private void about(Sheet sheet, CellStyle bold) {
            String[][] lines = {
                {"Report", "Kaonet analyst report"},
                {"Scope", scopeText()},
                {"Scorecard period", period},
                {"Figures as of", asOf.toString()},
                {"Standardization", scorecard.path("standardization").asText()},
                {"KPI series basis", figures.at("/series/kpiSeries/basis").asText()},
                {"Made (UTC)", Instant.now().toString()},
                {"Source", "Kaonet GraphQL API: network.cohesion, network.cohesionByCluster, network.collaborationRatios, "
                        + "network.kpiSeries, network.scorecard (docs/graphql/cohesion.md), imports (sheet Imports)"},
                {"Units", "Shares are 0-1; indices put the average of all clusters at 100; imported indicators keep the unit "
                        + "of the survey (column Unit)"}};
            for (int i = 0; i < lines.length; i++) {
                Row row = sheet.createRow(i);
                Cell key = row.createCell(0);
                key.setCellValue(lines[i][0]);
                key.setCellStyle(bold);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 100 * 256);
        }

        private String scopeText() {
            List<String> parts = new ArrayList<>();
            describe(parts, "clusters", scope.clusterIds(), Function.identity());
            describe(parts, "regions", scope.regions(), Function.identity());
            describe(parts, "actor kinds", scope.actorKinds(), Enum::name);
            describe(parts, "tie kinds", scope.tieKinds(), Enum::name);
            if (scope.includeActivities()) {
                parts.add("shared activities as ties (" + scope.weighting() + ")");
            }
            return parts.isEmpty() ? "the whole network" : String.join("; ", parts);
        }

        private static <T> void describe(List<String> parts, String what, java.util.Set<T> values, Function<T, String> name) {
            if (!values.isEmpty()) {
                parts.add(what + ": " + String.join(", ", values.stream().map(name).sorted().toList()));
            }
        }

        private static JsonNode labelled(String key, String label, JsonNode values) {
            ObjectNode row = values.isObject() ? ((ObjectNode) values).deepCopy() : new ObjectMapper().createObjectNode();
            row.put("_" + key, label);
            return row;
        }

        private static List<Column> prefixed(String key, List<Column> columns) {
            List<Column> all = new ArrayList<>();
            all.add(new Column(key, "/_" + key));
            all.addAll(columns);
            return all;
        }

        private static void put(Row row, int c, JsonNode value) {
            if (value == null || value.isMissingNode() || value.isNull()) {
                return;
            }
            Cell cell = row.createCell(c);
            if (value.isNumber()) {
                cell.setCellValue(value.doubleValue());
            } else if (value.isBoolean()) {
                cell.setCellValue(value.booleanValue());
            } else {
                cell.setCellValue(value.asText());
            }
        }
    }
}
