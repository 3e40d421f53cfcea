package io.kaonet.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.support.ApiIntegrationTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /graphql/schema} follows {@code kaonet.security.anonymous-read}: with it false, no token
 * answers 401 and a token 200. The shared context runs with anonymous reads allowed (the other tests
 * read anonymously), so this test builds a second security filter chain with the application's own
 * {@link SecurityConfiguration#apiSecurity} and the setting false, and sends requests through it to the
 * running application's handlers (the same context, its schema and Neo4j; no second context and
 * nothing in the application that a request could use to change the setting).
 */
class SchemaEndpointAccessIT extends ApiIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenAuthenticationProvider provider;
    @Autowired
    CorsSettings cors;
    @Autowired
    SecuritySettings running;
    @Autowired
    ObjectMapper json;

    private MockMvc readsNeedAToken;

    @BeforeEach
    void chainWithoutAnonymousReads() throws Exception {
        SecuritySettings closed = new SecuritySettings(false, running.generateAdminToken(), running.tokens());
        HttpSecurity http = context.getBean(HttpSecurity.class);
        FilterChainProxy chain = new FilterChainProxy(
                new SecurityConfiguration().apiSecurity(http, provider, cors, closed, json));
        readsNeedAToken = MockMvcBuilders.webAppContextSetup(context).addFilters(chain).build();
    }

    @Test
    void withoutATokenTheSchemaIsRefusedWith401AndATypedBody() throws Exception {
        MockHttpServletResponse response = readsNeedAToken.perform(get("/graphql/schema")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.getContentAsString()).doesNotContain("type Query");
    }

    @Test
    void withAViewerTokenTheSchemaIsPrinted() throws Exception {
        MockHttpServletResponse response = readsNeedAToken.perform(get("/graphql/schema")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VIEWER_TOKEN)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("type Query", "enum ImportFormat");
    }

    @Test
    void anUnknownTokenIsRefusedAsInvalid() throws Exception {
        MockHttpServletResponse response = readsNeedAToken.perform(get("/graphql/schema")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token-of-this-server")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(json.readTree(response.getContentAsString()).at("/errors/0/extensions/code").asText())
                .isEqualTo("INVALID_TOKEN");
    }

    @Test
    void theRunningServerAllowsAnonymousReadsSoTheSettingIsWhatRefuses() throws Exception {
        assertThat(running.anonymousRead()).isTrue();
        MockHttpServletResponse open = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build()
                .perform(get("/graphql/schema")).andReturn().getResponse();
        assertThat(open.getStatus()).isEqualTo(200);
        assertThat(open.getContentAsString()).contains("type Query");
    }
}
