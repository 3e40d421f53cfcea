package io.kaonet.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Field authorisation on a literal schema: the {@code @auth} directive and the defaults decide, the
 * whole operation is refused before any field runs, and each refusal names field, needed role and
 * the caller's role.
 */
class FieldAuthorizationTest {

    private static final String SDL = """
            directive @auth(role: AccessRole!) on FIELD_DEFINITION
            enum AccessRole { VIEWER COORDINATOR ADMIN }
            type Query {
              open: Int
              secret: Secret
            }
            type Secret { visible: Int hidden: Int @auth(role: ADMIN) }
            type Mutation {
              record: Int @auth(role: COORDINATOR)
              wipe: Int
              note: Int @auth(role: VIEWER)
            }
            """;

    private static final Caller VIEWER = new Caller("v", Role.VIEWER, true);
    private static final Caller COORDINATOR = new Caller("c", Role.COORDINATOR, true);
    private static final Caller ADMIN = new Caller("a", Role.ADMIN, true);

    private final List<String> ran = new ArrayList<>();

    private ExecutionResult run(boolean anonymousRead, Caller caller, String document) {
        DataFetcher<Object> record = env -> {
            ran.add(env.getField().getName());
            return 1;
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("open", record).dataFetcher("secret", env -> Map.of()))
                .type("Secret", t -> t.dataFetcher("visible", record).dataFetcher("hidden", record))
                .type("Mutation", t -> t.dataFetcher("record", record).dataFetcher("wipe", record)
                        .dataFetcher("note", record))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        GraphQL graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(new FieldAuthorization(new SecuritySettings(anonymousRead, false, List.of())))
                .build();
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput(document);
        if (caller != null) {
            input.graphQLContext(Map.of(Caller.class, caller));
        }
        return graphQl.execute(input.build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(GraphQLError error) {
        return (Map<String, Object>) error.toSpecification().get("extensions");
    }

    @Nested
    class Reads {

        @Test
        void anonymousReadsWhenAnonymousReadIsOn() {
            ExecutionResult result = run(true, Caller.anonymous(true), "{ open secret { visible } }");

            assertThat(result.getErrors()).isEmpty();
            assertThat(ran).containsExactly("open", "visible");
        }

        @Test
        void anonymousReadIsRefusedWhenTurnedOff() {
            ExecutionResult result = run(false, Caller.anonymous(false), "{ open }");

            assertThat(result.getErrors()).singleElement().satisfies(e -> {
                assertThat(extensions(e)).containsEntry("code", "UNAUTHENTICATED")
                        .containsEntry("classification", "UNAUTHORIZED")
                        .containsEntry("field", "Query.open").containsEntry("requiredRole", "VIEWER")
                        .doesNotContainKey("role");
                assertThat(e.getLocations()).isNotEmpty();
            });
            assertThat(ran).isEmpty();
        }

        @Test
        void viewerTokenReadsWhenAnonymousReadIsOff() {
            assertThat(run(false, VIEWER, "{ open }").getErrors()).isEmpty();
        }

        @Test
        void nestedFieldWithAHigherRoleRefusesTheWholeQuery() {
            ExecutionResult result = run(true, VIEWER, "{ open secret { visible hidden } }");

            assertThat(result.getErrors()).singleElement().satisfies(e -> assertThat(extensions(e))
                    .containsEntry("code", "FORBIDDEN").containsEntry("classification", "FORBIDDEN")
                    .containsEntry("field", "Secret.hidden").containsEntry("requiredRole", "ADMIN")
                    .containsEntry("role", "VIEWER"));
            assertThat(ran).isEmpty();
            assertThat(result.<Object>getData()).isNull();
        }

        @Test
        void fieldReachedThroughAFragmentIsChecked() {
            ExecutionResult result = run(true, VIEWER, "{ secret { ...S } } fragment S on Secret { hidden }");

            assertThat(result.getErrors()).singleElement()
                    .satisfies(e -> assertThat(extensions(e)).containsEntry("field", "Secret.hidden"));
        }

        @Test
        void adminReadsEverything() {
            assertThat(run(false, ADMIN, "{ secret { visible hidden } }").getErrors()).isEmpty();
            assertThat(ran).containsExactly("visible", "hidden");
        }
    }

    @Nested
    class Writes {

        @Test
        void anonymousNeverWritesEvenAMutationMarkedViewer() {
            ExecutionResult result = run(true, Caller.anonymous(true), "mutation { note }");

            assertThat(result.getErrors()).singleElement().satisfies(e -> {
                assertThat(extensions(e)).containsEntry("code", "UNAUTHENTICATED").containsEntry("field", "Mutation.note");
                assertThat(e.getMessage()).isEqualTo(
                        "Mutation.note needs a token with role VIEWER; send Authorization: Bearer <token>");
            });
            assertThat(ran).isEmpty();
        }

        @Test
        void requestWithoutACallerInTheContextIsAnonymous() {
            ExecutionResult result = run(true, null, "mutation { record }");

            assertThat(extensions(result.getErrors().get(0))).containsEntry("code", "UNAUTHENTICATED");
            assertThat(ran).isEmpty();
        }

        @Test
        void viewerCannotRecordAndNothingOfTheOperationRuns() {
            ExecutionResult result = run(true, VIEWER, "mutation { note record }");

            assertThat(result.getErrors()).singleElement().satisfies(e -> {
                assertThat(extensions(e)).containsEntry("code", "FORBIDDEN").containsEntry("field", "Mutation.record")
                        .containsEntry("requiredRole", "COORDINATOR").containsEntry("role", "VIEWER");
                assertThat(e.getMessage()).isEqualTo("token 'v' has role VIEWER; Mutation.record needs role COORDINATOR");
            });
            assertThat(ran).isEmpty();
        }

        @Test
        void coordinatorRecordsButAMutationWithoutAuthNeedsAdmin() {
            assertThat(run(true, COORDINATOR, "mutation { record note }").getErrors()).isEmpty();

            ExecutionResult wipe = run(true, COORDINATOR, "mutation { wipe }");

            assertThat(extensions(wipe.getErrors().get(0))).containsEntry("code", "FORBIDDEN")
                    .containsEntry("requiredRole", "ADMIN");
            assertThat(ran).containsExactly("record", "note");
        }

        @Test
        void adminDoesEverything() {
            assertThat(run(true, ADMIN, "mutation { record wipe note }").getErrors()).isEmpty();
            assertThat(ran).containsExactly("record", "wipe", "note");
        }

        @Test
        void eachRefusedFieldIsReportedOnce() {
            ExecutionResult result = run(true, VIEWER, "mutation { a: wipe b: wipe record }");

            assertThat(result.getErrors()).extracting(e -> extensions(e).get("field"))
                    .containsExactly("Mutation.wipe", "Mutation.record");
        }
    }
}
