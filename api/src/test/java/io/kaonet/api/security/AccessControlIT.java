package io.kaonet.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.api.support.RawGraphQl.Answer;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Access control over HTTP: writes need a token with the right role and a refused write changes
 * nothing; bad tokens are refused outright; reads are open to anonymous callers (as configured for
 * the tests); CORS and the actuator follow the settings.
 */
class AccessControlIT extends ApiIntegrationTest {

    private static final String ACTOR_ID = "it-access-firm";
    private static final String IMPORT = """
            mutation($files: [FileInput!]!) { importFiles(files: $files) { ok summary { actors } } }""";
    private static final Map<String, Object> FILES = Map.of("files", List.of(Map.of("name", "actors.csv",
            "content", "id,name,kind\n" + ACTOR_ID + ",Access Works,COMPANY\n")));

    @Autowired
    WebTestClient http;
    @Autowired
    StoreQueries store;
    @Autowired
    NetworkWriter writer;
    @Autowired
    GraphQlSource graphQlSource;

    private RawGraphQl raw;
    private Map<String, Long> countsBefore;
    private long versionBefore;

    @BeforeEach
    void remember() {
        raw = new RawGraphQl(http);
        countsBefore = store.counts();
        versionBefore = store.dataVersion();
    }

    @AfterEach
    void removeTestActor() {
        writer.deleteActors(List.of(ACTOR_ID));
    }

    private void assertNothingChanged() {
        assertThat(store.counts()).isEqualTo(countsBefore);
        assertThat(store.dataVersion()).isEqualTo(versionBefore);
        assertThat(store.existing(StoreQueries.Label.Actor, List.of(ACTOR_ID))).isEmpty();
    }

    @Nested
    class Writes {

        @Test
        void anonymousImportIsRefusedAsUnauthenticatedAndChangesNothing() {
            Answer answer = raw.post(null, IMPORT, FILES);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.data()).isNull();
            assertThat(answer.errors()).hasSize(1);
            assertThat(answer.extensions(0)).containsEntry("code", "UNAUTHENTICATED")
                    .containsEntry("classification", "UNAUTHORIZED").containsEntry("field", "Mutation.importFiles")
                    .containsEntry("requiredRole", "COORDINATOR");
            assertNothingChanged();
        }

        @Test
        void memberListImportByAViewerIsForbiddenAndChangesNothing() {
            Answer answer = raw.post("Bearer " + VIEWER_TOKEN, IMPORT, FILES);

            assertThat(answer.errors()).hasSize(1);
            assertThat(answer.extensions(0)).containsEntry("code", "FORBIDDEN").containsEntry("classification", "FORBIDDEN")
                    .containsEntry("field", "Mutation.importFiles").containsEntry("requiredRole", "COORDINATOR")
                    .containsEntry("role", "VIEWER");
            assertNothingChanged();
        }

        @Test
        void folderImportByACoordinatorIsForbidden() {
            Answer answer = raw.post("Bearer " + COORDINATOR_TOKEN, "mutation { importNetwork(directory: \"/no/such/folder\") { ok } }");

            assertThat(answer.extensions(0)).containsEntry("code", "FORBIDDEN").containsEntry("requiredRole", "ADMIN");
            assertNothingChanged();
        }

        @Test
        void folderImportIsRefusedBeforeItsArgumentIsEvenLookedAt() {
            Answer answer = raw.post("Bearer " + VIEWER_TOKEN,
                    "mutation { importNetwork(directory: \"/no/such/folder\") { ok } }");

            assertThat(answer.errors()).singleElement()
                    .satisfies(e -> assertThat(e.get("message")).asString().doesNotContain("/no/such/folder"));
            assertThat(answer.extensions(0)).containsEntry("code", "FORBIDDEN");
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"COORDINATOR", "ADMIN"})
        void coordinatorsAndAdministratorsImportMemberLists(Role role) {
            as(role).document(IMPORT).variable("files", FILES.get("files")).execute()
                    .path("importFiles.ok").entity(Boolean.class).isEqualTo(true)
                    .path("importFiles.summary.actors").entity(Integer.class).isEqualTo(1);

            assertThat(store.existing(StoreQueries.Label.Actor, List.of(ACTOR_ID))).containsExactly(ACTOR_ID);
        }

        @Test
        void operationMixingAReadAndARefusedWriteRunsNeitherAndNamesOnlyTheWrite() {
            Answer answer = raw.post("Bearer " + VIEWER_TOKEN,
                    "mutation($files: [FileInput!]!) { a: importFiles(files: $files) { ok } b: importFiles(files: $files) { ok } }",
                    FILES);

            assertThat(answer.errors()).hasSize(1);
            assertThat(answer.data()).isNull();
            assertNothingChanged();
        }
    }

    @Nested
    class Tokens {

        @ParameterizedTest
        @ValueSource(strings = {"Bearer not-a-configured-token", "Bearer " + "e2c3f53d73b709d5da351da7676e2eaac8b19759acb0ab13cb75f9bbc08e000c",
                "Basic dXNlcjpwYXNz", "Bearer ", "bearer"})
        void badAuthorizationIsRefusedWith401EvenForReads(String authorization) {
            Answer answer = raw.post(authorization, "{ clusters { id } }");

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.extensions(0)).containsEntry("code", "INVALID_TOKEN")
                    .containsEntry("classification", "UNAUTHORIZED");
        }

        @Test
        void badTokenOnAWriteChangesNothing() {
            assertThat(raw.post("Bearer wrong", IMPORT, FILES).status()).isEqualTo(401);
            assertNothingChanged();
        }

        @Test
        void schemeIsCaseInsensitive() {
            assertThat(raw.post("bearer " + VIEWER_TOKEN, "{ clusters { id } }").errors()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void everyRoleReads(Role role) {
            Answer answer = raw.post("Bearer " + token(role), "{ network { summary { actors } } }");

            assertThat(answer.errors()).isEmpty();
            assertThat(answer.data()).isNotNull();
        }

        @Test
        void anonymousReads() {
            assertThat(raw.post(null, "{ network { summary { actors } } }").errors()).isEmpty();
        }
    }

    @Nested
    class Schema {

        @Test
        void everyMutationStatesItsRoleInTheSchema() {
            GraphQLObjectType mutation = graphQlSource.schema().getMutationType();

            assertThat(mutation.getFieldDefinitions()).allSatisfy(f -> assertThat(f.getAppliedDirective("auth"))
                    .as("@auth(role: …) on Mutation.%s (see docs/graphql.md#authentication)", f.getName()).isNotNull());
        }

        @Test
        void folderImportsNeedAdminAndMemberListsACoordinator() {
            GraphQLObjectType mutation = graphQlSource.schema().getMutationType();
            Map<String, Role> needs = Map.of("importNetwork", Role.ADMIN, "importFiles", Role.COORDINATOR,
                    "importWorkbook", Role.COORDINATOR);
            needs.forEach((name, role) -> assertThat(FieldAuthorization.requiredRole(mutation.getFieldDefinition(name), mutation,
                    graphQlSource.schema())).as(name).isEqualTo(role));
        }

        @Test
        void roleIsShownInTheFieldDescription() {
            graphQl.document("{ __type(name: \"Mutation\") { fields { name description } } }").execute()
                    .path("__type.fields[?(@.name == 'importNetwork')].description").entityList(String.class)
                    .satisfies(d -> assertThat(d).singleElement().asString().endsWith("Requires role ADMIN."));
        }
    }

    @Nested
    class Http {

        @Test
        void preflightFromAnAllowedOriginIsAnswered() {
            http.method(HttpMethod.OPTIONS).uri("/graphql")
                    .header(HttpHeaders.ORIGIN, "https://front.example.org")
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://front.example.org");
        }

        @Test
        void preflightFromAnotherOriginIsRefused() {
            http.method(HttpMethod.OPTIONS).uri("/graphql")
                    .header(HttpHeaders.ORIGIN, "https://evil.example.com")
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        }

        @Test
        void healthIsOpenAndMetricsNeedAdmin() {
            // health answers anonymously (UP 200 or DOWN 503, depending on the machine's disk), never 401/403
            http.get().uri("/actuator/health").exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(200, 503))
                    .expectBody().jsonPath("$.status").exists();
            http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
            http.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, "Bearer " + VIEWER_TOKEN).exchange()
                    .expectStatus().isForbidden();
            http.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).exchange()
                    .expectStatus().isOk();
        }

        @Test
        void graphiqlPageIsOpen() {
            http.get().uri("/graphiql").exchange().expectStatus().isOk();
        }
    }
}
