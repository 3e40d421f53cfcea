package io.kaonet.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.api.support.RawGraphQl.Answer;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The limits on the real schema over HTTP: over-costly, alias-flooded and over-wide operations are
 * refused before they run with the limit and the actual figure; every answer reports its
 * measurement. (Depth refusals are shown in QueryLimitsTest: today's schema cannot nest deeper than 5.)
 */
class QueryLimitsIT extends ApiIntegrationTest {

    /** One page of actors: cost = 1 + (totalCount 1 + edges (1 + first x (cursor 1 + node 13))). */
    private static final String PAGE = """
            actors(first: 500%s) {
              totalCount
              edges { cursor node { id name kind industry region clusters { id name } } }
            }""";
    // node: 1 + id, name, kind, industry, region 5 + clusters (1 + 3 assumed x (id 1 + name 1) = 7) = 13
    private static final long NODE = 13;
    private static final long PAGE_COST = 1 + (1 + (1 + 500 * (1 + NODE)));

    @Autowired
    WebTestClient http;
    @Autowired
    QueryLimitSettings limits;

    private RawGraphQl raw;

    @BeforeEach
    void client() {
        raw = new RawGraphQl(http);
    }

    @Test
    void onePageOfFiveHundredActorsIsWithinTheDefaultCost() {
        Answer answer = raw.post(null, "{ " + PAGE.formatted("") + " }");

        assertThat(answer.errors()).isEmpty();
        assertThat(answer.responseExtensions()).containsEntry("cost",
                Map.of("depth", 5, "cost", (int) PAGE_COST, "fields", 13, "aliases", 0));
    }

    @Test
    void enoughSuchPagesAreRefusedAsTooCostlyWithTheFigures() {
        int pages = (int) (limits.maxCost() / PAGE_COST) + 1;
        long actual = pages * PAGE_COST;
        assertThat(actual).isGreaterThan(limits.maxCost());
        String document = IntStream.range(0, pages)
                .mapToObj(i -> "p" + i + ": " + PAGE.formatted(i == 0 ? "" : ", after: \"YWN0b3I6\""))
                .collect(Collectors.joining(" ", "{ ", " }"));

        Answer answer = raw.post(null, document);

        assertThat(answer.data()).isNull();
        assertThat(answer.errors()).hasSize(1);
        assertThat(answer.extensions(0)).containsEntry("code", "QUERY_TOO_COSTLY")
                .containsEntry("classification", "BAD_REQUEST")
                .containsEntry("limit", (int) limits.maxCost()).containsEntry("actual", (int) actual);
        assertThat(answer.errors().get(0).get("message")).isEqualTo("query cost " + actual + " exceeds the limit of "
                + limits.maxCost() + " by " + (actual - limits.maxCost()) + "; the operation was not run");
    }

    @Test
    void aliasFloodIsRefused() {
        int aliases = limits.maxAliases() + 1;
        String flood = IntStream.range(0, aliases).mapToObj(i -> "a" + i + ": actor(id: \"x" + i + "\") { id }")
                .collect(Collectors.joining(" "));

        Answer answer = raw.post(null, "{ " + flood + " }");

        assertThat(answer.errors()).hasSize(1);
        assertThat(answer.extensions(0)).containsEntry("code", "TOO_MANY_ALIASES")
                .containsEntry("limit", limits.maxAliases()).containsEntry("actual", aliases);
    }

    @Test
    void overWideSelectionIsRefused() {
        int fields = limits.maxFields() + 1;
        // one actor field and (fields - 1) repetitions of id: cost and depth stay small
        String ids = " id".repeat(fields - 1);

        Answer answer = raw.post(null, "{ actor(id: \"x\") {" + ids + " } }");

        assertThat(answer.errors()).hasSize(1);
        assertThat(answer.extensions(0)).containsEntry("code", "TOO_MANY_FIELDS")
                .containsEntry("limit", limits.maxFields()).containsEntry("actual", fields);
    }

    @Test
    void fragmentsCountWhereverTheyAreSpread() {
        Answer answer = raw.post(null, """
                { a: actor(id: "x") { ...A } b: actor(id: "y") { ...A } }
                fragment A on Actor { id name clusters { id } }""");

        // each actor: 1 + id 1 + name 1 + clusters (1 + 3 x 1) = 7
        assertThat(answer.errors()).isEmpty();
        assertThat(answer.responseExtensions()).containsEntry("cost",
                Map.of("depth", 3, "cost", 14, "fields", 10, "aliases", 2));
    }

    @Test
    void introspectionAsGraphiqlSendsItIsNotLimited() {
        Answer answer = raw.post(null, """
                { __schema { types { name fields { name args { name type { kind name ofType { kind name
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } } }""");

        assertThat(answer.errors()).isEmpty();
    }
}
