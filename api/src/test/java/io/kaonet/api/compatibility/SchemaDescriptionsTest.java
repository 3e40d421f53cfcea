package io.kaonet.api.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every type, field, argument, input field, enum value and directive of the schema files has a
 * description (docs/graphql/design.md §9), so GraphiQL's documentation pane explains all of it. Read
 * from the schema files themselves, without starting the application.
 */
class SchemaDescriptionsTest {

    static GraphQLSchema schemaFiles() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @Test
    void everyPartOfTheSchemaHasADescription() throws IOException {
        List<String> missing = new ArrayList<>();
        GraphQLSchema schema = schemaFiles();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            String name = type.getName();
            if (name.startsWith("__") || (type instanceof GraphQLScalarType && ScalarInfo.isGraphqlSpecifiedScalar(name))) {
                continue;
            }
            check(missing, name, type.getDescription());
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    check(missing, name + "." + field.getName(), field.getDescription());
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(missing, name + "." + field.getName() + "(" + argument.getName() + ")", argument.getDescription());
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(missing, name + "." + field.getName(), field.getDescription());
                }
            }
            if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    check(missing, name + "." + value.getName(), value.getDescription());
                }
            }
        }
        for (GraphQLDirective directive : schema.getDirectives()) {
            if (DirectiveInfo.isGraphqlSpecifiedDirective(directive.getName())) {
                continue;
            }
            check(missing, "@" + directive.getName(), directive.getDescription());
            for (GraphQLArgument argument : directive.getArguments()) {
                check(missing, "@" + directive.getName() + "(" + argument.getName() + ")", argument.getDescription());
            }
        }
        assertThat(missing).as("schema elements without a description").isEmpty();
    }

    private static void check(List<String> missing, String what, String description) {
        if (description == null || description.isBlank()) {
            missing.add(what);
        }
    }
}
