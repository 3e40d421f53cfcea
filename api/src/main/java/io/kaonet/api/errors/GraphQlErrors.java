package io.kaonet.api.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where exceptions become GraphQL errors. Every error carries a {@code code} in its
 * extensions; nothing returns a stack trace or Cypher to the client.
 */
@ControllerAdvice
public class GraphQlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlErrors.class);

    @GraphQlExceptionHandler
    GraphQLError badArgument(IllegalArgumentException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .extensions(Map.of("code", "BAD_ARGUMENT"))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError unexpected(RuntimeException e, DataFetchingEnvironment env) {
        LOG.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), e);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("internal error; the server log has the details")
                .extensions(Map.of("code", "INTERNAL"))
                .build();
    }
}
