package io.kaonet.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

/** Exceptions of data fetchers become typed errors that leak nothing. */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlErrorsTest {

    private final GraphQlErrors errors = new GraphQlErrors();

    private static DataFetchingEnvironment env() {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .executionId(ExecutionId.from("exec-1"))
                .mergedField(MergedField.newMergedField(
                        Field.newField("actors").sourceLocation(new SourceLocation(1, 3)).build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.parse("/actors")).build())
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(GraphQLError error) {
        return (Map<String, Object>) error.toSpecification().get("extensions");
    }

    @Test
    void unexpectedExceptionGivesOnlyACorrelationIdThatIsInTheLog(CapturedOutput log) {
        RuntimeException cause = new IllegalStateException(
                "Neo.ClientError.Statement.SyntaxError: MATCH (a:Actor) WHERE a.id = $id RETURN a");

        GraphQLError error = errors.unexpected(cause, env());

        Map<String, Object> extensions = extensions(error);
        assertThat(extensions).containsEntry("code", "INTERNAL").containsEntry("classification", "INTERNAL_ERROR");
        String id = (String) extensions.get("correlationId");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(error.getMessage()).contains(id).doesNotContain("MATCH", "Neo", "Exception");
        assertThat(error.toSpecification().toString()).doesNotContain("MATCH", "IllegalState", "at io.kaonet");
        assertThat(log.getOut() + log.getErr()).contains(id).contains("MATCH (a:Actor)").contains("/actors");
    }

    @Test
    void invalidArgumentNamesFieldAndValue() {
        GraphQLError error = errors.invalidArgument(
                new InvalidArgumentException("first", 100000, "first must be within [1, 500], was 100000"), env());

        assertThat(extensions(error)).containsEntry("code", "BAD_ARGUMENT").containsEntry("classification", "BAD_REQUEST")
                .containsEntry("field", "first").containsEntry("value", 100000);
        assertThat(error.getPath()).containsExactly("actors");
    }

    @Test
    void illegalArgumentIsABadArgumentWithItsMessage() {
        GraphQLError error = errors.badArgument(new IllegalArgumentException("scope: from after to"), env());

        assertThat(error.getMessage()).isEqualTo("scope: from after to");
        assertThat(extensions(error)).containsEntry("code", "BAD_ARGUMENT");
    }

    @Test
    void inputConstructorRefusalIsABadArgument() {
        var wrapped = new org.springframework.beans.BeanInstantiationException(Object.class, "Constructor threw exception",
                new IllegalArgumentException("window end 2005-01-01 must not be before its start 2010-01-01"));

        GraphQLError error = errors.refusedInput(wrapped, env());

        assertThat(error.getMessage()).isEqualTo("window end 2005-01-01 must not be before its start 2010-01-01");
        assertThat(extensions(error)).containsEntry("code", "BAD_ARGUMENT");
    }

    @Test
    void otherInstantiationFailureIsInternal() {
        var wrapped = new org.springframework.beans.BeanInstantiationException(Object.class, "boom",
                new IllegalStateException("secret detail"));

        GraphQLError error = errors.refusedInput(wrapped, env());

        assertThat(extensions(error)).containsEntry("code", "INTERNAL");
        assertThat(error.getMessage()).doesNotContain("secret detail");
    }

    @Test
    void accessDeniedIsForbidden() {
        assertThat(extensions(errors.forbidden(new AccessDeniedException("no"), env())))
                .containsEntry("code", "FORBIDDEN").containsEntry("classification", "FORBIDDEN");
    }

    @Test
    void everyClassificationOfGraphQlJavaAndSpringHasACode() {
        for (graphql.ErrorType type : graphql.ErrorType.values()) {
            assertThat(ErrorCodeInterceptor.codeOf(type)).isNotNull();
        }
        for (org.springframework.graphql.execution.ErrorType type
                : org.springframework.graphql.execution.ErrorType.values()) {
            assertThat(ErrorCodeInterceptor.codeOf(type)).isNotNull();
        }
        assertThat(ErrorCodeInterceptor.codeOf(graphql.ErrorType.InvalidSyntax)).isEqualTo(ErrorCode.GRAPHQL_PARSE_FAILED);
        assertThat(ErrorCodeInterceptor.codeOf(graphql.ErrorType.ValidationError))
                .isEqualTo(ErrorCode.GRAPHQL_VALIDATION_FAILED);
    }
}
