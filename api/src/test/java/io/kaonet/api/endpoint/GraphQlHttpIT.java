package io.kaonet.api.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.support.ApiIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /graphql} over HTTP: GET runs queries, bodies that are not GraphQL requests get a coded error. */
class GraphQlHttpIT extends ApiIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private HttpResponse<String> get(String query, String variables) throws IOException, InterruptedException {
        String uri = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (variables == null ? "" : "&variables=" + URLEncoder.encode(variables, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void getRunsAQueryWithVariablesAndAnswersWhatPostAnswers() throws Exception {
        String query = "query($id: ID!) { actor(id: $id) { id name } }";
        String id = graphQl.document("{ actors(first: 1) { edges { node { id } } } }").execute()
                .path("actors.edges[0].node.id").entity(String.class).get();
        HttpResponse<String> viaGet = get(query, "{\"id\": \"" + id + "\"}");
        HttpResponse<String> viaPost = post(json.writeValueAsString(java.util.Map.of("query", query,
                "variables", java.util.Map.of("id", id))));

        assertThat(viaGet.statusCode()).isEqualTo(200);
        assertThat(viaGet.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(json.readTree(viaGet.body()).get("data")).isEqualTo(json.readTree(viaPost.body()).get("data"));
        assertThat(json.readTree(viaGet.body()).at("/data/actor/id").asText()).isEqualTo(id);
    }

    @Test
    void aMutationSentWithGetIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> response = get("mutation { importFiles(files: []) { ok } }", null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(json.readTree(response.body()).at("/errors/0/extensions/code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void aBodyThatIsNotJsonGetsAGraphQlShapedErrorWithACode() throws Exception {
        for (String body : new String[] {"{\"query\": \"{ actors { totalCount } }\"", "[1, 2]", "{\"variables\": {}}"}) {
            HttpResponse<String> response = post(body);
            JsonNode answer = json.readTree(response.body());
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.at("/errors/0/extensions/code").asText()).as(body).isEqualTo("BAD_REQUEST_BODY");
            assertThat(answer.at("/errors/0/message").asText()).as(body).isNotBlank();
        }
    }

    @Test
    void aDeeplyNestedIntrospectionIsRefusedWithItsOwnCodeNotAsInternal() throws Exception {
        String deep = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }";
        JsonNode answer = json.readTree(post(json.writeValueAsString(java.util.Map.of("query", deep))).body());

        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("INTROSPECTION_REFUSED");
        assertThat(answer.at("/errors/0/extensions/correlationId").isMissingNode()).isTrue();
    }

    @Test
    void theSchemaIsPrintedForAnonymousReadersWhenAnonymousReadsAreAllowed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/graphql/schema")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("type Query", "enum ActorOrder");
    }
}
