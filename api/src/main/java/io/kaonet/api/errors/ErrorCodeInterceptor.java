package io.kaonet.api.errors;

import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every error of a response an {@code extensions.code}: errors that graphql-java or Spring
 * raise themselves (syntax, validation, argument binding) have only a classification, from which
 * the code follows. Errors that already have a code pass unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorCodeInterceptor.class);

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(ErrorCodeInterceptor::withCodes);
    }

    private static WebGraphQlResponse withCodes(WebGraphQlResponse response) {
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        if (errors.stream().allMatch(ErrorCodeInterceptor::hasCode)) {
            return response;
        }
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            coded.add(hasCode(error) ? error : withCode(error));
        }
        return response.transform(builder -> builder.errors(coded));
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().get("code") != null;
    }

    private static GraphQLError withCode(GraphQLError error) {
        ErrorCode code = error instanceof GoodFaithIntrospection.BadFaithIntrospectionError
                || error instanceof IntrospectionDisabledError ? ErrorCode.INTROSPECTION_REFUSED
                : codeOf(error.getErrorType());
        Map<String, Object> details = new LinkedHashMap<>();
        String message = error.getMessage();
        if (code == ErrorCode.INTERNAL) {
            String correlationId = UUID.randomUUID().toString();
            LOG.error("Internal error {} at {}: {}", correlationId, error.getPath(), error.getMessage());
            details.put("correlationId", correlationId);
            message = "internal error; quote correlation id " + correlationId
                    + " to the operators, the server log has the details";
        }
        if (error.getExtensions() != null) {
            details.putAll(error.getExtensions());
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(code.extensions(details))
                .build();
    }

    static ErrorCode codeOf(ErrorClassification classification) {
        if (classification instanceof graphql.ErrorType type) {
            return switch (type) {
                case InvalidSyntax -> ErrorCode.GRAPHQL_PARSE_FAILED;
                case ValidationError, OperationNotSupported -> ErrorCode.GRAPHQL_VALIDATION_FAILED;
                case ExecutionAborted -> ErrorCode.EXECUTION_ABORTED;
                case DataFetchingException, NullValueInNonNullableField -> ErrorCode.INTERNAL;
            };
        }
        if (classification instanceof ErrorType type) {
            return switch (type) {
                case BAD_REQUEST -> ErrorCode.BAD_ARGUMENT;
                case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
                case FORBIDDEN -> ErrorCode.FORBIDDEN;
                case NOT_FOUND -> ErrorCode.NOT_FOUND;
                case INTERNAL_ERROR -> ErrorCode.INTERNAL;
            };
        }
        return ErrorCode.INTERNAL;
    }
}
