package io.kaonet.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.api.support.RawGraphQl.Answer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What clients receive for bad requests of every kind: a classification and a code on each error,
 * the offending argument and value where there is one, and never a stack trace, an exception name
 * or Cypher.
 */
class ErrorResponsesIT extends ApiIntegrationTest {

    @Autowired
    WebTestClient http;

    private RawGraphQl raw;

    @BeforeEach
    void client() {
        raw = new RawGraphQl(http);
    }

    private static void leaksNothing(Answer answer) {
        assertThat(answer.body().toString()).doesNotContain("Exception", "\tat ", "io.kaonet", "MATCH", "RETURN",
                "org.neo4j", "graphql.execution");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "syntax error | { actors(first: 5 { totalCount } }                | GRAPHQL_PARSE_FAILED      | InvalidSyntax",
            "unknown field | { actors { colour } }                          | GRAPHQL_VALIDATION_FAILED | ValidationError",
            "wrong argument type | { actors(first: \"many\") { totalCount } } | GRAPHQL_VALIDATION_FAILED | ValidationError",
            "bad date | { network(scope: {asOf: \"2003-13-01\"}) { summary { actors } } } | GRAPHQL_VALIDATION_FAILED | ValidationError",
            "unknown enum | { actors(filter: {kinds: [BAKERY]}) { totalCount } } | GRAPHQL_VALIDATION_FAILED | ValidationError"})
    void documentErrorsHaveACode(String what, String document, String code, String classification) {
        Answer answer = raw.post(null, document);

        assertThat(answer.errors()).isNotEmpty().allSatisfy(e -> assertThat(e).containsKey("message"));
        assertThat(answer.extensions(0)).containsEntry("code", code).containsEntry("classification", classification);
        leaksNothing(answer);
    }

    @Test
    void variableOfTheWrongTypeHasACode() {
        Answer answer = raw.post(null, "query($n: Int) { actors(first: $n) { totalCount } }", Map.of("n", "many"));

        assertThat(answer.extensions(0)).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
        leaksNothing(answer);
    }

    @Test
    void pageSizeOutOfRangeNamesArgumentAndValue() {
        Answer answer = raw.post(null, "{ actors(first: 0) { totalCount } }");

        assertThat(answer.errors()).hasSize(1);
        assertThat(answer.errors().get(0)).containsEntry("message", "first must be within [1, 500], was 0");
        assertThat(answer.extensions(0)).containsEntry("code", "BAD_ARGUMENT").containsEntry("classification", "BAD_REQUEST")
                .containsEntry("field", "first").containsEntry("value", 0);
        leaksNothing(answer);
    }

    @Test
    void inputThatItsTypeRefusesIsABadArgumentNotAnInternalError() {
        Answer answer = raw.post(null, "{ network(scope: {from: \"2010-01-01\", to: \"2005-01-01\"}) { summary { actors } } }");

        assertThat(answer.errors()).hasSize(1);
        assertThat(answer.errors().get(0)).containsEntry("message", "window end 2005-01-01 must not be before its start 2010-01-01");
        assertThat(answer.extensions(0)).containsEntry("code", "BAD_ARGUMENT").containsEntry("classification", "BAD_REQUEST");
        leaksNothing(answer);
    }

    @Test
    void foreignCursorNamesArgumentAndValue() {
        Answer answer = raw.post(null, "{ actors(after: \"not a cursor\") { totalCount } }");

        assertThat(answer.extensions(0)).containsEntry("code", "BAD_ARGUMENT").containsEntry("field", "after")
                .containsEntry("value", "not a cursor");
    }

    @Test
    void missingServerFolderNamesArgumentAndValue() {
        Answer answer = raw.post("Bearer " + ADMIN_TOKEN, "mutation { importNetwork(directory: \"/no/such/folder\") { ok } }");

        assertThat(answer.extensions(0)).containsEntry("code", "BAD_ARGUMENT").containsEntry("field", "directory")
                .containsEntry("value", "/no/such/folder");
        leaksNothing(answer);
    }

    @Test
    void malformedJsonIsABadRequestWithoutDetails() {
        http.post().uri("/graphql").header("Content-Type", "application/json").bodyValue("{\"query\": ")
                .exchange().expectStatus().isBadRequest()
                .expectBody(String.class).value(body -> assertThat(String.valueOf(body)).doesNotContain("Exception", "\tat "));
    }
}
