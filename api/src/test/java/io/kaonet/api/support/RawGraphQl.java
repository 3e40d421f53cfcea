package io.kaonet.api.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GraphQL over plain HTTP, for tests that look at what a client really receives: the status, and
 * the whole JSON body with {@code errors[].extensions} and {@code extensions}.
 */
public final class RawGraphQl {

    private final WebTestClient http;

    public RawGraphQl(WebTestClient http) {
        this.http = http;
    }

    /** What came back. */
    public record Answer(int status, Map<String, Object> body) {

        /** The errors, each as its JSON object. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            Object errors = body.get("errors");
            return errors == null ? List.of() : (List<Map<String, Object>>) errors;
        }

        /** The extensions of error {@code i}. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> extensions(int i) {
            return (Map<String, Object>) errors().get(i).get("extensions");
        }

        /** The extensions of the response. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> responseExtensions() {
            Object extensions = body.get("extensions");
            return extensions == null ? Map.of() : (Map<String, Object>) extensions;
        }

        /** The data, or null. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> data() {
            return (Map<String, Object>) body.get("data");
        }
    }

    /** Posts a document with variables and, when not null, an Authorization header. */
    public Answer post(String authorization, String document, Map<String, Object> variables) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", document);
        request.put("variables", variables);
        WebTestClient.RequestBodySpec spec = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            spec.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        EntityExchangeResult<Map<String, Object>> result = spec.bodyValue(request).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult();
        return new Answer(result.getStatus().value(), result.getResponseBody());
    }

    /** Posts a document without variables. */
    public Answer post(String authorization, String document) {
        return post(authorization, document, Map.of());
    }
}
