package io.kaonet.api.errors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * The catalogue of error codes Kaonet puts into {@code extensions.code} of every GraphQL error, each
 * with its classification ({@code extensions.classification}). Clients branch on the code; the
 * message is for people. docs/graphql.md lists them.
 */
public enum ErrorCode {

    /** An argument is malformed or out of range; {@code field} and {@code value} name it when known. */
    BAD_ARGUMENT(ErrorType.BAD_REQUEST),
    /** The document is not valid GraphQL (graphql-java's {@code InvalidSyntax}). */
    GRAPHQL_PARSE_FAILED(ErrorType.BAD_REQUEST),
    /** The document does not fit the schema (graphql-java's {@code ValidationError}). */
    GRAPHQL_VALIDATION_FAILED(ErrorType.BAD_REQUEST),
    /** A field needs a role and the request carries no credentials. */
    UNAUTHENTICATED(ErrorType.UNAUTHORIZED),
    /** The request carries a bearer token that is not a configured token. */
    INVALID_TOKEN(ErrorType.UNAUTHORIZED),
    /** The caller's role is below the role a field requires. */
    FORBIDDEN(ErrorType.FORBIDDEN),
    /** The operation nests deeper than {@code kaonet.graphql.max-depth}. */
    QUERY_TOO_DEEP(ErrorType.BAD_REQUEST),
    /** The operation's estimated cost is above {@code kaonet.graphql.max-cost}. */
    QUERY_TOO_COSTLY(ErrorType.BAD_REQUEST),
    /** The operation selects more fields than {@code kaonet.graphql.max-fields}. */
    TOO_MANY_FIELDS(ErrorType.BAD_REQUEST),
    /** The operation uses more aliases than {@code kaonet.graphql.max-aliases}. */
    TOO_MANY_ALIASES(ErrorType.BAD_REQUEST),
    /** graphql-java stopped the operation before it ran. */
    EXECUTION_ABORTED(ErrorType.BAD_REQUEST),
    /** Introspection refused: asked in bad faith (too deep or too large), or turned off for this server. */
    INTROSPECTION_REFUSED(ErrorType.BAD_REQUEST),
    /** HTTP 400: the request body is not a JSON object, or its query is missing or not a string. */
    BAD_REQUEST_BODY(ErrorType.BAD_REQUEST),
    /** HTTP 405: a mutation sent with GET (GET answers queries only). */
    METHOD_NOT_ALLOWED(ErrorType.BAD_REQUEST),
    /** Something asked for does not exist. */
    NOT_FOUND(ErrorType.NOT_FOUND),
    /** The request ran longer than {@code kaonet.graphql.timeout}. */
    TIMEOUT(ErrorClassification.errorClassification("TIMEOUT")),
    /** The analysis the field needs was cancelled by a user ({@code cancelJob}) before it finished. */
    CANCELLED(ErrorClassification.errorClassification("CANCELLED")),
    /** Anything unexpected; {@code correlationId} finds the details in the server log. */
    INTERNAL(ErrorType.INTERNAL_ERROR);

    private final ErrorClassification classification;

    ErrorCode(ErrorClassification classification) {
        this.classification = classification;
    }

    /** The classification errors of this code carry. */
    public ErrorClassification classification() {
        return classification;
    }

    /**
     * An error of this code that is not bound to a field (e.g. a refused operation).
     *
     * @param message   for people
     * @param details   further extensions, in order (e.g. {@code limit}, {@code actual}); null values are left out
     * @param locations where in the document, may be empty
     */
    public GraphQLError error(String message, Map<String, ?> details, List<SourceLocation> locations) {
        return GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(classification)
                .locations(locations)
                .extensions(extensions(details))
                .build();
    }

    /** The extensions of an error of this code: {@code code} first, then the details that are not null. */
    public Map<String, Object> extensions(Map<String, ?> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", name());
        details.forEach((key, value) -> {
            if (value != null) {
                extensions.put(key, value);
            }
        });
        return extensions;
    }
}
