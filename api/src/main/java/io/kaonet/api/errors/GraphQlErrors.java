package io.kaonet.api.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.kaonet.queries.projection.UnknownScopeValueException;
import io.kaonet.core.analysis.AnalysisTerminatedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where exceptions of data fetchers become GraphQL errors. Every error carries a
 * {@link ErrorCode} in {@code extensions.code}; nothing returns a stack trace, an exception class or
 * Cypher to the client. An unexpected exception is logged with a fresh correlation id, and the
 * client gets only that id ({@code extensions.correlationId}) to quote.
 */
@ControllerAdvice
public class GraphQlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlErrors.class);

    @GraphQlExceptionHandler
    GraphQLError invalidArgument(InvalidArgumentException e, DataFetchingEnvironment env) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", e.field());
        details.put("value", e.value() == null ? null : scalar(e.value()));
        return error(ErrorCode.BAD_ARGUMENT, e.getMessage(), env, details);
    }

    /**
     * A scope names a cluster, region or country the store does not hold: an unknown cluster id is
     * {@code NOT_FOUND}, an unknown region or country (values, not ids) {@code BAD_ARGUMENT}; both name
     * the field, the value and the nearest known values.
     */
    @GraphQlExceptionHandler
    GraphQLError unknownScopeValue(UnknownScopeValueException e, DataFetchingEnvironment env) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", "scope." + e.field().inputName());
        details.put("value", e.value());
        details.put("nearest", e.nearest());
        ErrorCode code = e.field() == UnknownScopeValueException.Field.CLUSTER_IDS ? ErrorCode.NOT_FOUND
                : ErrorCode.BAD_ARGUMENT;
        return error(code, e.getMessage(), env, details);
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException e, DataFetchingEnvironment env) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", e.field());
        details.put("value", e.value());
        return error(ErrorCode.NOT_FOUND, e.getMessage(), env, details);
    }

    @GraphQlExceptionHandler
    GraphQLError badArgument(IllegalArgumentException e, DataFetchingEnvironment env) {
        return error(ErrorCode.BAD_ARGUMENT, e.getMessage(), env, Map.of());
    }

    /**
     * An input type's constructor refused the values (e.g. a Scope whose window ends before it
     * starts): Spring wraps the constructor's exception while binding the argument.
     */
    @GraphQlExceptionHandler
    GraphQLError refusedInput(BeanInstantiationException e, DataFetchingEnvironment env) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidArgumentException invalid) {
            return invalidArgument(invalid, env);
        }
        if (cause instanceof IllegalArgumentException illegal) {
            return badArgument(illegal, env);
        }
        return unexpected(e, env);
    }

    /** A value that could not be converted to an argument's Java type. */
    @GraphQlExceptionHandler
    GraphQLError unbindable(BindException e, DataFetchingEnvironment env) {
        FieldError field = e.getFieldError();
        if (field == null) {
            return error(ErrorCode.BAD_ARGUMENT, "an argument could not be read", env, Map.of());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field.getField());
        details.put("value", field.getRejectedValue() == null ? null : scalar(field.getRejectedValue()));
        return error(ErrorCode.BAD_ARGUMENT, "argument field '" + field.getField() + "' cannot take the value '"
                + field.getRejectedValue() + "'", env, details);
    }

    @GraphQlExceptionHandler
    GraphQLError unauthenticated(AuthenticationException e, DataFetchingEnvironment env) {
        return error(ErrorCode.UNAUTHENTICATED, "this field needs credentials: send Authorization: Bearer <token>",
                env, Map.of());
    }

    @GraphQlExceptionHandler
    GraphQLError forbidden(AccessDeniedException e, DataFetchingEnvironment env) {
        return error(ErrorCode.FORBIDDEN, "the caller's role does not allow this field", env, Map.of());
    }

    @GraphQlExceptionHandler
    GraphQLError cancelled(AnalysisTerminatedException e, DataFetchingEnvironment env) {
        return error(ErrorCode.CANCELLED, e.getMessage(), env, Map.of());
    }

    @GraphQlExceptionHandler
    GraphQLError unexpected(Exception e, DataFetchingEnvironment env) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Internal error {} in {} (execution {})", correlationId, env.getExecutionStepInfo().getPath(),
                env.getExecutionId(), e);
        return error(ErrorCode.INTERNAL, "internal error; quote correlation id " + correlationId
                + " to the operators, the server log has the details", env, Map.of("correlationId", correlationId));
    }

    private static GraphQLError error(ErrorCode code, String message, DataFetchingEnvironment env,
                                      Map<String, ?> details) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(code.classification())
                .message(message)
                .extensions(code.extensions(details))
                .build();
    }

    /** Values go out as JSON scalars where they are ones, otherwise as their text. */
    private static Object scalar(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof String ? value
                : String.valueOf(value);
    }
}
