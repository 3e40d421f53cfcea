package io.kaonet.api.support;

import io.kaonet.api.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every API integration test: one Spring context, one real HTTP server on a random port and
 * one embedded Neo4j (see {@link TestNeo4j}) with the demo network loaded, shared by all subclasses. Tests
 * that write must leave the demo network as they found it, or write records of their own only.
 *
 * <p>{@link #graphQl} sends no credentials (an anonymous caller, who may read); {@link #as(Role)}
 * sends the test token of a role. The context's settings live in {@code application-test.yml}
 * (profile {@code test}), the only place for test properties, so that the context stays shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
public abstract class ApiIntegrationTest {

    /** The test tokens; application-test.yml holds their SHA-256. */
    protected static final String VIEWER_TOKEN = "test-viewer-token-not-secret";
    protected static final String COORDINATOR_TOKEN = "test-coordinator-token-not-secret";
    protected static final String ADMIN_TOKEN = "test-admin-token-not-secret";

    @Autowired
    protected HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestNeo4j.configure(registry);
    }

    /** A tester that sends the test token of a role. */
    protected HttpGraphQlTester as(Role role) {
        return graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + token(role)).build();
    }

    /** The plain test token of a role. */
    protected static String token(Role role) {
        return switch (role) {
            case VIEWER -> VIEWER_TOKEN;
            case COORDINATOR -> COORDINATOR_TOKEN;
            case ADMIN -> ADMIN_TOKEN;
        };
    }
}
