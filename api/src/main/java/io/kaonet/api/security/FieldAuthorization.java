package io.kaonet.api.security;

import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.kaonet.api.errors.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses an operation before it runs when it selects any field the caller's role does not allow,
 * so a refused write changes nothing. The role a field needs is its {@code @auth(role: …)}
 * directive; without one, a root field of {@code Mutation} needs {@link Role#ADMIN} and every other
 * field {@link Role#VIEWER}. Anonymous callers hold VIEWER when anonymous reads are on and never
 * write, whatever role a mutation states. Each refused field gives one error: {@code UNAUTHENTICATED} (classification UNAUTHORIZED)
 * without credentials, {@code FORBIDDEN} with a role too low; extensions name the field, the role it
 * needs and the caller's role.
 */
@Component
@Order(1)
public class FieldAuthorization implements Instrumentation {

    /** Name of the schema directive that states the role a field needs. */
    public static final String DIRECTIVE = "auth";

    private final boolean anonymousRead;

    public FieldAuthorization(SecuritySettings settings) {
        this.anonymousRead = settings.anonymousRead();
    }

    /** The role a field needs: its {@code @auth} directive, else ADMIN for mutations and VIEWER otherwise. */
    public static Role requiredRole(GraphQLFieldDefinition field, GraphQLFieldsContainer parent, GraphQLSchema schema) {
        GraphQLAppliedDirective auth = field.getAppliedDirective(DIRECTIVE);
        if (auth != null) {
            Object role = auth.getArgument("role").getValue();
            return Role.valueOf(String.valueOf(role));
        }
        return isMutation(parent, schema) ? Role.ADMIN : Role.VIEWER;
    }

    private static boolean isMutation(GraphQLFieldsContainer type, GraphQLSchema schema) {
        GraphQLObjectType mutation = schema.getMutationType();
        return mutation != null && mutation.getName().equals(type.getName());
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Caller caller = execution.getGraphQLContext().getOrDefault(Caller.class, Caller.anonymous(anonymousRead));
        GraphQLSchema schema = execution.getGraphQLSchema();
        Map<String, GraphQLError> refusals = new LinkedHashMap<>();
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        Role required = requiredRole(env.getFieldDefinition(), env.getFieldsContainer(), schema);
                        if (!caller.may(required, isMutation(env.getFieldsContainer(), schema))) {
                            String coordinate = env.getFieldsContainer().getName() + "." + env.getFieldDefinition().getName();
                            refusals.computeIfAbsent(coordinate, c -> refusal(caller, c, required, env));
                        }
                    }
                });
        if (!refusals.isEmpty()) {
            throw new AbortExecutionException(new ArrayList<>(refusals.values()));
        }
        return null;
    }

    private static GraphQLError refusal(Caller caller, String coordinate, Role required,
                                        QueryVisitorFieldEnvironment env) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", coordinate);
        details.put("requiredRole", required.name());
        details.put("role", caller.authenticated() ? caller.role().name() : null);
        List<graphql.language.SourceLocation> where = env.getField().getSourceLocation() == null ? List.of()
                : List.of(env.getField().getSourceLocation());
        if (!caller.authenticated()) {
            return ErrorCode.UNAUTHENTICATED.error(coordinate + " needs a token with role " + required
                    + "; send Authorization: Bearer <token>", details, where);
        }
        return ErrorCode.FORBIDDEN.error("token '" + caller.name() + "' has role " + caller.role() + "; "
                + coordinate + " needs role " + required, details, where);
    }
}
