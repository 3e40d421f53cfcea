package io.kaonet.api.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.Directives;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.SchemaPrinter;
import io.kaonet.api.compatibility.SchemaComparison.Change;
import io.kaonet.api.support.ApiIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The running schema keeps every promise of the committed snapshot
 * ({@code api/src/test/resources/schema-snapshot.graphqls}): a breaking change fails this test
 * unless the snapshot is deliberately updated with
 * {@code ./mvnw -pl api -am verify -Dtest=SchemaSnapshotIT -Dsurefire.failIfNoSpecifiedTests=false -Dkaonet.updateSchemaSnapshot=true}.
 * Additions (new types, fields, optional arguments, enum values) pass and are listed in the log, so
 * branches that add fields merge without touching the snapshot.
 */
class SchemaSnapshotIT extends ApiIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSnapshotIT.class);
    static final Path SNAPSHOT = Path.of("src/test/resources/schema-snapshot.graphqls");

    @Autowired
    GraphQlSource graphQlSource;

    /** The schema as SDL, sorted by name, without the directives every GraphQL server defines. */
    static String print(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeDirectiveDefinition(name -> !DirectiveInfo.isGraphqlSpecifiedDirective(name)
                        && !name.equals(Directives.DeferDirective.getName())
                        && !name.equals(Directives.ExperimentalDisableErrorPropagationDirective.getName()))
                .includeSchemaDefinition(true)
                .includeScalarTypes(true))
                .print(schema);
    }

    @Test
    void runningSchemaHasNoBreakingChangeAgainstTheSnapshot() throws IOException {
        String current = print(graphQlSource.schema());
        if (Boolean.getBoolean("kaonet.updateSchemaSnapshot")) {
            Files.writeString(SNAPSHOT, current, StandardCharsets.UTF_8);
            LOG.warn("Schema snapshot {} rewritten from the running schema", SNAPSHOT.toAbsolutePath());
        }
        assertThat(SNAPSHOT).as("schema snapshot; create it with -Dkaonet.updateSchemaSnapshot=true").exists();

        List<Change> changes = SchemaComparison.compare(
                SchemaComparison.parse(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)),
                SchemaComparison.parse(current));

        List<Change> additions = changes.stream().filter(c -> !c.breaking()).toList();
        if (!additions.isEmpty()) {
            LOG.info("Schema additions since the snapshot (allowed):\n  {}",
                    additions.stream().map(Change::what).collect(Collectors.joining("\n  ")));
        }
        assertThat(changes.stream().filter(Change::breaking).map(Change::what).toList())
                .as("""
                        breaking schema changes against %s. Clients built on the snapshot would fail. If the \
                        change is deliberate (and announced to front-end teams), update the snapshot with \
                        -Dkaonet.updateSchemaSnapshot=true and commit it""", SNAPSHOT)
                .isEmpty();
    }

    @Test
    void printedSchemaParsesBackToTheSameSchema() {
        GraphQLSchema reparsed = SchemaComparison.parse(print(graphQlSource.schema()));

        assertThat(SchemaComparison.compare(graphQlSource.schema(), reparsed)).isEmpty();
    }
}
