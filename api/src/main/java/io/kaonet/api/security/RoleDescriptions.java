package io.kaonet.api.security;

import graphql.language.OperationTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Makes the role each field needs visible where front-end developers look: a field that needs more
 * than VIEWER gets "Requires role X." appended to its description (GraphiQL's documentation shows
 * it). Warns at start about mutations that do not state their role, which then need ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class RoleDescriptions implements SchemaDirectiveWiring {

    private static final Logger LOG = LoggerFactory.getLogger(RoleDescriptions.class);

    @Bean
    RuntimeWiringConfigurer roleDescriptionsWiring() {
        return wiring -> wiring.directiveWiring(this);
    }

    @Override
    public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
        GraphQLFieldDefinition field = env.getElement();
        String parent = env.getFieldsContainer().getName();
        GraphQLAppliedDirective auth = field.getAppliedDirective(FieldAuthorization.DIRECTIVE);
        Role required;
        if (auth != null) {
            Object role = auth.getArgument("role").getValue();
            required = Role.valueOf(String.valueOf(role));
        } else if (parent.equals(mutationTypeName(env))) {
            LOG.warn("{}.{} states no @auth(role: …); it needs ADMIN. Mark it in the schema (docs/graphql.md#authentication)",
                    parent, field.getName());
            required = Role.ADMIN;
        } else {
            return field;
        }
        if (required == Role.VIEWER) {
            return field;
        }
        String description = field.getDescription() == null ? "" : field.getDescription().strip() + "\n\n";
        return field.transform(b -> b.description(description + "Requires role " + required + "."));
    }

    private static String mutationTypeName(SchemaDirectiveWiringEnvironment<?> env) {
        return env.getRegistry().schemaDefinition()
                .map(SchemaDefinition::getOperationTypeDefinitions).orElse(List.of()).stream()
                .filter(o -> o.getName().equals("mutation"))
                .map(OperationTypeDefinition::getTypeName)
                .map(t -> t.getName())
                .findFirst().orElse("Mutation");
    }
}
