package io.kaonet.api.downloads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.security.Caller;
import io.kaonet.core.model.Scope;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * The coordinator workspace's tables (isolated firms, the introduction log, each coordinator's
 * results) as {@link DownloadTable}s, read from the public GraphQL API in-process with the caller's
 * rights and the page's filters, so a file holds exactly the rows the page shows. Titles and words
 * are in English or Japanese ({@code tables.properties}, {@code tables_ja.properties}).
 */
@Component
class WorkspaceTables {

    /** The languages of the tables; the first is the default. */
    static final List<String> LANGUAGES = List.of("en", "ja");

    // Pages of 100: a page with its candidates stays well under the API's query cost limit (as on the page).
    private static final int FIRMS_PAGE = 100;
    private static final int LOG_PAGE = 500;

    static final String FIRMS = """
            query DownloadIsolated($scope: Scope, $reasons: [IsolationReason!], $after: String) {
              network(scope: $scope) {
                isolatedFirms(first: %d, after: $after, reasons: $reasons) {
                  pageInfo { hasNextPage endCursor }
                  edges { node { actor { id name clusters { id } } reasons partners componentSize
                    candidates(first: 2) { actor { name } purpose } } }
                }
              }
            }""".formatted(FIRMS_PAGE);

    static final String LOG = """
            query DownloadLog($cluster: ID, $coordinator: ID, $from: Date, $to: Date, $after: String) {
              introductions(clusterId: $cluster, coordinatorId: $coordinator, from: $from, to: $to, first: %d, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node { date coordinator { id name } coordinatorInferred source { id name } target { id name }
                  status outcome outcomeDate daysToOutcome } }
              }
            }""".formatted(LOG_PAGE);

    static final String RESULTS = """
            query DownloadResults($cluster: ID, $coordinator: ID, $from: Date, $to: Date) {
              coordinatorIntroductions(clusterId: $cluster, coordinatorId: $coordinator, from: $from, to: $to) {
                coordinator { id name } introductions collaborations noCollaboration open collaborationShare
                medianDaysToCollaboration
              }
            }""";

    private final InProcessGraphQl graphQl;
    private final ObjectMapper json;

    WorkspaceTables(InProcessGraphQl graphQl, ObjectMapper json) {
        this.graphQl = graphQl;
        this.json = json;
    }

    /**
     * The isolated firms of a scope with any of the reasons (every firm with a reason when none is given).
     *
     * @throws InvalidArgumentException for an unknown reason or a scope the API refuses
     */
    DownloadTable isolatedFirms(Scope scope, List<String> reasons, String language, Caller caller) {
        Text text = new Text(language);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("scope", input(scope));
        variables.put("reasons", reasons.isEmpty() ? null : reasons);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode firm : pages(FIRMS, variables, caller, "/network/isolatedFirms")) {
            List<Object> row = new ArrayList<>();
            row.add(firm.at("/actor/name").asText());
            row.add(firm.at("/actor/id").asText());
            row.add(join(firm.at("/actor/clusters"), c -> c.path("id").asText(), ", "));
            row.add(join(firm.path("reasons"), r -> text.get("reason." + r.asText()), "; "));
            row.add(firm.path("partners").asInt());
            row.add(firm.path("componentSize").asInt());
            row.add(join(firm.path("candidates"), c -> text.get("isolated.candidate", c.at("/actor/name").asText(),
                    text.get("purpose." + c.path("purpose").asText())), "; "));
            rows.add(row);
        }
        List<String> filters = new ArrayList<>();
        if (!scope.clusterIds().isEmpty()) {
            filters.add("clusterIds=" + String.join(",", scope.clusterIds().stream().sorted().toList()));
        }
        if (!reasons.isEmpty()) {
            filters.add("reasons=" + String.join(",", reasons));
        }
        return new DownloadTable(text.get("isolated.sheet"), text.headers("isolated", "firm", "id", "clusters", "reasons",
                "partners", "group", "suggested"), rows, text.about("isolated", filters));
    }

    /** The introductions passing the log page's filters, in the API's order. */
    DownloadTable introductions(LogFilters filters, String language, Caller caller) {
        Text text = new Text(language);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode i : pages(LOG, filters.variables(), caller, "/introductions")) {
            String status = i.path("status").asText();
            rows.add(Arrays.asList(date(i.path("date")), textOrNull(i.at("/coordinator/name")), textOrNull(i.at("/coordinator/id")),
                    i.path("coordinatorInferred").asBoolean(), i.at("/source/id").asText(), textOrNull(i.at("/source/name")),
                    i.at("/target/id").asText(), textOrNull(i.at("/target/name")), text.get("status." + status),
                    i.path("outcome").isTextual() && !"NO_COLLABORATION".equals(status)
                            ? text.get("tie." + i.path("outcome").asText()) : null,
                    date(i.path("outcomeDate")), i.path("daysToOutcome").isNumber() ? i.path("daysToOutcome").asInt() : null));
        }
        return new DownloadTable(text.get("log.sheet"), text.headers("log", "date", "coordinator", "coordinatorId", "inferred",
                "firstId", "first", "secondId", "second", "status", "outcome", "outcomeDate", "days"), rows,
                text.about("log", filters.described()));
    }

    /** Each coordinator's results under the log page's filters, in the API's order. */
    DownloadTable coordinatorResults(LogFilters filters, String language, Caller caller) {
        Text text = new Text(language);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode r : graphQl.run(RESULTS, filters.variables(), caller).path("coordinatorIntroductions")) {
            rows.add(Arrays.asList(r.at("/coordinator/name").asText(), r.at("/coordinator/id").asText(),
                    r.path("introductions").asInt(), r.path("collaborations").asInt(), r.path("noCollaboration").asInt(),
                    r.path("open").asInt(), r.path("collaborationShare").isNumber() ? r.path("collaborationShare").asDouble() : null,
                    r.path("medianDaysToCollaboration").isNumber() ? r.path("medianDaysToCollaboration").asDouble() : null));
        }
        return new DownloadTable(text.get("results.sheet"), text.headers("results", "coordinator", "coordinatorId",
                "introductions", "collaborations", "noCollaboration", "open", "share", "median"), rows,
                text.about("results", filters.described()));
    }

    /** Every node of a paged answer, page after page. */
    private List<JsonNode> pages(String document, Map<String, Object> variables, Caller caller, String connection) {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = new LinkedHashMap<>(variables);
            page.put("after", after);
            JsonNode answer = graphQl.run(document, page, caller).at(connection);
            answer.path("edges").forEach(e -> nodes.add(e.path("node")));
            after = answer.at("/pageInfo/hasNextPage").asBoolean() ? answer.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return nodes;
    }

    /** The scope as GraphQL's Scope input (the record's components are the input's fields); null for everything. */
    private Map<String, Object> input(Scope scope) {
        if (scope.equals(Scope.ALL)) {
            return null;
        }
        Map<String, Object> fields = json.convertValue(scope, json.getTypeFactory().constructMapType(LinkedHashMap.class,
                String.class, Object.class));
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    private static String join(JsonNode list, java.util.function.Function<JsonNode, String> text, String separator) {
        return StreamSupport.stream(list.spliterator(), false).map(text).collect(Collectors.joining(separator));
    }

    private static LocalDate date(JsonNode value) {
        return value.isTextual() ? LocalDate.parse(value.asText()) : null;
    }

    private static String textOrNull(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }

    /**
     * The introduction log page's filters.
     *
     * @param clusterId     only introductions touching a member of this cluster; null for all
     * @param coordinatorId only this coordinator's; null for all
     * @param from          made on this day or later; null for no bound
     * @param to            made on this day or earlier; null for no bound
     */
    record LogFilters(String clusterId, String coordinatorId, LocalDate from, LocalDate to) {

        LogFilters {
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidArgumentException("from", from, "must not be after to (" + to + ")");
            }
        }

        Map<String, Object> variables() {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("cluster", clusterId);
            variables.put("coordinator", coordinatorId);
            variables.put("from", from == null ? null : from.toString());
            variables.put("to", to == null ? null : to.toString());
            return variables;
        }

        List<String> described() {
            List<String> parts = new ArrayList<>();
            variables().forEach((k, v) -> {
                if (v != null) {
                    parts.add(k + "=" + v);
                }
            });
            return parts;
        }

        /** A file-name tag: the filters' values joined by '-', or "all". */
        String tag() {
            String joined = variables().values().stream().filter(Objects::nonNull).map(String::valueOf)
                    .collect(Collectors.joining("-"));
            return joined.isEmpty() ? "all" : joined;
        }
    }

    /** The words of one language. */
    private static final class Text {

        private final ResourceBundle bundle;

        Text(String language) {
            if (!LANGUAGES.contains(language)) {
                throw new InvalidArgumentException("lang", language, "is not one of " + LANGUAGES);
            }
            // No fallback to the JVM's default locale: English is the base bundle.
            bundle = ResourceBundle.getBundle("io.kaonet.api.downloads.tables", Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
        }

        List<String> headers(String table, String... columns) {
            return Arrays.stream(columns).map(c -> get(table + "." + c)).toList();
        }

        List<List<String>> about(String table, List<String> filters) {
            return List.of(List.of(get("about.table"), get(table + ".sheet")),
                    List.of(get("about.filters"), filters.isEmpty() ? get("about.all") : String.join("; ", filters)),
                    List.of(get("about.made"), Instant.now().toString()),
                    List.of(get("about.source"), get("about." + table + ".source")));
        }
    }
}
