package io.kaonet.importers.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import io.kaonet.importers.neo4jadmin.Neo4jAdminImporter;
import io.kaonet.importers.workbook.KaonetWorkbookImporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule per field, whatever the format: the same value is accepted, or refused with the same
 * message, in Kaonet CSV, its Excel workbook, neo4j-admin CSV and GraphML (and CORDIS, for the
 * fields CORDIS has). Each format gets two actors and a tie between them; one field is set to the
 * value under test.
 */
class FieldRulesAcrossFormatsTest {

    /** A field of an actor or of the tie, set to a value; the message expected, or null when the value is accepted. */
    record Rule(String name, boolean onTie, String field, String value, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ACTOR_KINDS = "COMPANY, UNIVERSITY, RESEARCH_INSTITUTE, TLO, FINANCIER, COORDINATOR, "
            + "GOVERNMENT, SUPPORT_ORGANIZATION, INCUBATOR, TRADING_FIRM, PROFESSIONAL";
    private static final String TIE_KINDS = "JOINT_RESEARCH, TECHNOLOGY_TRANSFER, FINANCING, SUPPLY, ALLIANCE, SPIN_OFF, "
            + "COORDINATION, INTRODUCTION";
    private static final String NOT_A_COUNTRY = "is not an ISO 3166-1 alpha-2 country code (e.g. JP, IT, US)";

    static final List<Rule> RULES = List.of(
            new Rule("a year with a decimal point", false, "founded", "1962.0", "is not a whole number"),
            new Rule("a year in the future", false, "founded", "3000",
                    "is not a founding year (expected 1000 to " + Year.now().getValue() + ")"),
            new Rule("a whole year", false, "founded", "1962", null),
            new Rule("a country in lower case", false, "country", "jp",
                    "is not an ISO 3166-1 alpha-2 country code (write it in capitals: JP)"),
            new Rule("an unknown country", false, "country", "ZZ", NOT_A_COUNTRY),
            new Rule("Kosovo", false, "country", "XK", null),
            new Rule("an actor kind in lower case", false, "kind", "company",
                    "is not an actor kind (did you mean COMPANY? allowed: " + ACTOR_KINDS + ")"),
            new Rule("an unknown actor kind", false, "kind", "BANKER", "is not an actor kind (allowed: " + ACTOR_KINDS + ")"),
            new Rule("yes for a boolean", false, "sme", "yes", "is not true or false"),
            new Rule("TRUE for a boolean", false, "sme", "TRUE", null),
            new Rule("a latitude out of range", false, "latitude", "90.5", "is out of range (expected -90 to 90)"),
            new Rule("a tie kind in lower case", true, "kind", "supply",
                    "is not a tie kind (did you mean SUPPLY? allowed: " + TIE_KINDS + ")"),
            new Rule("an impossible date", true, "since", "2003-13-01", "is not a date (expected yyyy-MM-dd)"),
            new Rule("a decimal comma", true, "weight", "1,5", "is not a number (expected digits with '.' as the decimal point)"),
            new Rule("a negative weight", true, "weight", "-2", "must be positive"));

    /** The formats, each turning an actor's fields (two actors) and a tie's fields into a batch. */
    enum Format {
        KAONET_CSV, WORKBOOK, NEO4J_ADMIN, GRAPHML
    }

    static Stream<Arguments> everyRuleInEveryFormat() {
        return RULES.stream().flatMap(r -> Stream.of(Format.values()).map(f -> Arguments.of(f, r)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyRuleInEveryFormat")
    void aValueIsReadByOneRuleInEveryFormat(Format format, Rule rule) {
        Map<String, String> actor = new LinkedHashMap<>(Map.of("name", "Alpha", "kind", "COMPANY", "country", "JP",
                "founded", "1990", "sme", "true", "latitude", "35.5", "longitude", "139.25"));
        Map<String, String> tie = new LinkedHashMap<>(Map.of("kind", "SUPPLY", "since", "2003-04-01", "weight", "2"));
        (rule.onTie() ? tie : actor).put(rule.field(), rule.value());

        if (rule.message() == null) {
            NetworkBatch batch = read(format, actor, tie);
            assertThat(batch.actors()).hasSize(2);
            assertThat(batch.ties()).hasSize(1);
            return;
        }
        ImportException refused = catchThrowableOfType(ImportException.class, () -> read(format, actor, tie));
        assertThat(refused).as("%s in %s is refused", rule.value(), format).isNotNull();
        assertThat(refused.problems()).extracting(ImportProblem::value, ImportProblem::message)
                .contains(tuple(rule.value(), rule.message()));
        assertThat(refused.problems()).allSatisfy(p -> assertThat(p.field()).startsWith(
                rule.onTie() && rule.field().equals("kind") && format == Format.NEO4J_ADMIN ? "type" : rule.field()));
    }

    @Nested
    class Cordis {

        private static final String PROJECTS = "id,acronym,startDate,endDate\n101,SENSE,2023-01-01,2026-12-31\n";
        private static final String ORGS = "projectID,organisationID,name,activityType,country,ecContribution\n";

        @Test
        void countriesFollowTheOneRuleAfterCordisCodesAreRead() {
            NetworkBatch batch = new CordisImporter().read(files("project.csv", PROJECTS,
                    "organization.csv", ORGS + "101,900,Alpha,PRC,XK,\n101,901,Beta,PRC,EL,\n"), KnownIds.NONE);
            assertThat(batch.actors()).extracting(a -> a.country()).containsExactly("XK", "GR");

            ImportException refused = catchThrowableOfType(ImportException.class, () -> new CordisImporter().read(
                    files("project.csv", PROJECTS, "organization.csv", ORGS + "101,900,Alpha,PRC,ZZ,\n"), KnownIds.NONE));
            assertThat(refused.problems()).extracting(ImportProblem::field, ImportProblem::value, ImportProblem::message)
                    .containsExactly(tuple("country", "ZZ", NOT_A_COUNTRY));
        }

        @Test
        void datesAndNumbersHaveTheSameMessagesWidenedOnlyByCordisConventions() {
            ImportException refused = catchThrowableOfType(ImportException.class, () -> new CordisImporter().read(
                    files("project.csv", "id,acronym,startDate,endDate\n101,SENSE,2023-13-01,\n",
                            "organization.csv", ORGS + "101,900,Alpha,PRC,DE,lots\n"), KnownIds.NONE));
            assertThat(refused.problems()).extracting(ImportProblem::field, ImportProblem::message).containsExactly(
                    tuple("startDate", "is not a date (expected yyyy-MM-dd)"),
                    tuple("ecContribution",
                            "is not a number (expected digits with '.' or ',' as the decimal point)"));
        }
    }

    private static NetworkBatch read(Format format, Map<String, String> actor, Map<String, String> tie) {
        List<String> actorFields = List.copyOf(actor.keySet());
        List<String> tieFields = List.copyOf(tie.keySet());
        List<List<String>> actorRows = List.of(row("a1", actor, actorFields), row("a2", actor, actorFields));
        List<String> tieRow = new ArrayList<>(List.of("a1", "a2"));
        tieFields.forEach(f -> tieRow.add(tie.get(f)));
        return switch (format) {
            case KAONET_CSV -> new KaonetCsvImporter().read(files(
                    "actors.csv", csv(prepend("id", actorFields), actorRows),
                    "ties.csv", csv(prepend2("source", "target", tieFields), List.of(tieRow))), KnownIds.NONE);
            case WORKBOOK -> new KaonetWorkbookImporter().read("members.xlsx", workbook(
                    Map.of("actors", table(prepend("id", actorFields), actorRows),
                            "ties", table(prepend2("source", "target", tieFields), List.of(tieRow)))), KnownIds.NONE);
            case NEO4J_ADMIN -> {
                List<String> relFields = new ArrayList<>(tieFields);
                int kind = relFields.indexOf("kind");
                relFields.set(kind, ":TYPE");
                yield new Neo4jAdminImporter().read(files(
                        "nodes.csv", csv(prepend("id:ID", actorFields), actorRows),
                        "rels.csv", csv(prepend2(":START_ID", ":END_ID", relFields), List.of(tieRow))), KnownIds.NONE);
            }
            case GRAPHML -> new GraphmlImporter().read("net.graphml", stream(graphml(actorFields, actorRows, tieFields, tieRow)),
                    KnownIds.NONE);
        };
    }

    private static List<String> row(String id, Map<String, String> values, List<String> fields) {
        List<String> row = new ArrayList<>(List.of(id));
        fields.forEach(f -> row.add(values.get(f)));
        return row;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<String> prepend2(String first, String second, List<String> rest) {
        return prepend(first, prepend(second, rest));
    }

    private static List<List<String>> table(List<String> header, List<List<String>> rows) {
        List<List<String>> table = new ArrayList<>(List.of(header));
        table.addAll(rows);
        return table;
    }

    /** CSV text; every field is quoted, which keeps {@code 1,5} one field. */
    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> line : table(header, rows)) {
            out.append(String.join(",", line.stream().map(v -> '"' + v.replace("\"", "\"\"") + '"').toList())).append('\n');
        }
        return out.toString();
    }

    /** A workbook of text cells, as a person types them (a number typed as {@code 1962.0} stays that text). */
    private static byte[] workbook(Map<String, List<List<String>>> sheets) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook book = new Workbook(out, "KaonetTest", "1.0");
            for (var sheet : sheets.entrySet()) {
                Worksheet ws = book.newWorksheet(sheet.getKey());
                List<List<String>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        ws.value(r, c, rows.get(r).get(c));
                    }
                }
            }
            book.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GraphML whose keys are all strings, so that the importer's own reading of the text is what is tested. */
    private static String graphml(List<String> actorFields, List<List<String>> actorRows, List<String> tieFields,
                                  List<String> tieRow) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        actorFields.forEach(f -> x.append("<key id=\"n_").append(f).append("\" for=\"node\" attr.name=\"").append(f)
                .append("\" attr.type=\"string\"/>\n"));
        tieFields.forEach(f -> x.append("<key id=\"e_").append(f).append("\" for=\"edge\" attr.name=\"").append(f)
                .append("\" attr.type=\"string\"/>\n"));
        x.append("<graph edgedefault=\"undirected\">\n");
        for (List<String> row : actorRows) {
            x.append("<node id=\"").append(row.get(0)).append("\">");
            for (int i = 0; i < actorFields.size(); i++) {
                x.append("<data key=\"n_").append(actorFields.get(i)).append("\">").append(row.get(i + 1)).append("</data>");
            }
            x.append("</node>\n");
        }
        x.append("<edge source=\"").append(tieRow.get(0)).append("\" target=\"").append(tieRow.get(1)).append("\">");
        for (int i = 0; i < tieFields.size(); i++) {
            x.append("<data key=\"e_").append(tieFields.get(i)).append("\">").append(tieRow.get(i + 2)).append("</data>");
        }
        return x.append("</edge>\n</graph>\n</graphml>\n").toString();
    }

    private static Map<String, InputStream> files(String... namesAndTexts) {
        Map<String, InputStream> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], stream(namesAndTexts[i + 1]));
        }
        return files;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
