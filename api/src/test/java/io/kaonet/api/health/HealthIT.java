package io.kaonet.api.health;

import io.kaonet.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The health endpoint reports on Kaonet's own database, reachable without credentials. */
class HealthIT extends ApiIntegrationTest {

    @Autowired
    WebTestClient http;

    @Test
    void healthIsUpIncludingTheDatabase() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
