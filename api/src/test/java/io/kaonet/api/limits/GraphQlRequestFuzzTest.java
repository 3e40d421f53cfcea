package io.kaonet.api.limits;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzz target of the GraphQL request path before any data is fetched: Kaonet's own
 * schema (every {@code graphql/*.graphqls} file), graphql-java's parser and validation, and Kaonet's
 * {@link QueryLimits} (depth, cost, fields, aliases). Whatever the document and variables, the
 * request ends with a result (data or errors); an exception out of {@code execute}, a hang or a
 * crash is a finding. Fetchers are graphql-java's defaults over no data, so only the checks run.
 *
 * <p>Regression mode on the inputs under {@code src/test/resources/io/kaonet/api/limits/
 * GraphQlRequestFuzzTestInputs/request/} in every test run; fuzzing with {@code JAZZER_FUZZ=1}
 * (see {@code docs/data-formats.md}, "Fuzzing").
 */
class GraphQlRequestFuzzTest {

    private static final GraphQL GRAPHQL = GraphQL.newGraphQL(schema())
            .instrumentation(new QueryLimits(new QueryLimitSettings(12, 50_000, 500, 50, 20, 500, Duration.ofSeconds(5)), System::nanoTime))
            .build();

    @FuzzTest(maxDuration = "5s")
    void request(FuzzedDataProvider data) {
        String variableName = data.consumeString(20);
        Object variableValue = switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeInt();
            case 1 -> data.consumeString(50);
            case 2 -> Map.of(data.consumeString(10), data.consumeString(10));
            default -> null;
        };
        String document = data.consumeRemainingAsString();
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put(variableName, variableValue);
        ExecutionResult result = GRAPHQL.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
        if (result.getErrors() == null) {
            throw new IllegalStateException("a result without an error list");
        }
    }

    private static GraphQLSchema schema() {
        try {
            Path folder = Path.of(GraphQlRequestFuzzTest.class.getResource("/graphql/schema.graphqls").toURI()).getParent();
            TypeDefinitionRegistry types = new TypeDefinitionRegistry();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                    types.merge(new SchemaParser().parse(Files.readString(file)));
                }
            }
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
