package io.kaonet.api.downloads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.security.Caller;
import java.time.Instant;
import java.util.Map;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs a document of the public GraphQL API in-process, with a caller's rights, so that a download
 * holds exactly what the API answers that caller (and is refused where the API refuses).
 */
@Component
class InProcessGraphQl {

    private final ExecutionGraphQlService graphQl;
    private final ObjectMapper json;

    InProcessGraphQl(ExecutionGraphQlService graphQl, ObjectMapper json) {
        this.graphQl = graphQl;
        this.json = json;
    }

    /**
     * The answer's data.
     *
     * @throws AccessRefusedException   when the API refuses the caller (UNAUTHENTICATED or FORBIDDEN)
     * @throws InvalidArgumentException naming the API's field and value for any other error
     */
    JsonNode run(String document, Map<String, Object> variables, Caller caller) {
        ExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(),
                "download-" + Instant.now().toEpochMilli(), null);
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Caller.class, caller)).build());
        ExecutionGraphQlResponse response = graphQl.execute(request).block();
        if (response == null) {
            throw new IllegalStateException("the GraphQL service gave no answer");
        }
        if (!response.getErrors().isEmpty()) {
            ResponseError error = response.getErrors().get(0);
            Map<String, Object> extensions = error.getExtensions() == null ? Map.of() : error.getExtensions();
            Object code = extensions.get("code");
            if ("UNAUTHENTICATED".equals(code) || "FORBIDDEN".equals(code)) {
                throw new AccessRefusedException("UNAUTHENTICATED".equals(code), error.getMessage());
            }
            Object field = extensions.get("field");
            throw new InvalidArgumentException(field == null ? "download" : field.toString(), extensions.get("value"),
                    error.getMessage());
        }
        return json.valueToTree(response.getData());
    }

    /** The API refused the caller: without a token (unauthenticated) or with too low a role. */
    static final class AccessRefusedException extends RuntimeException {

        private final boolean unauthenticated;

        AccessRefusedException(boolean unauthenticated, String message) {
            super(message);
            this.unauthenticated = unauthenticated;
        }

        boolean unauthenticated() {
            return unauthenticated;
        }
    }
}
