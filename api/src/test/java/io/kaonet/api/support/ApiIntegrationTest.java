package io.kaonet.api.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every API integration test: one Spring context, one real HTTP server on a random port and
 * one Neo4j (see {@link TestNeo4j}) with the demo network loaded, shared by all subclasses. Tests
 * that write must leave the demo network as they found it, or write records of their own only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
public abstract class ApiIntegrationTest {

    @Autowired
    protected HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestNeo4j.configure(registry);
    }
}
