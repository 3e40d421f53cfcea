package io.kaonet.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.OfflineChromium;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphiQL at {@code /graphiql} in a Chromium that reaches no address but this machine: it loads
 * (every asset from the application), shows the schema and runs a query whose answer is the API's.
 */
class GraphiqlPageIT extends ApiIntegrationTest {

    private static OfflineChromium browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() {
        Optional<OfflineChromium> started = OfflineChromium.start();
        if (started.isEmpty() && Boolean.parseBoolean(System.getenv(OfflineChromium.REQUIRE_BROWSER))) {
            fail("no chromium or chromedriver found (" + OfflineChromium.REQUIRE_BROWSER + " is set)");
        }
        browser = started.orElse(null);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void graphiqlLoadsWithoutInternetAndRunsAQuery() {
        Assumptions.assumeTrue(browser != null, "no chromium or chromedriver binary installed");
        String base = "http://localhost:" + port;
        browser.driver().get(base + "/graphiql");

        browser.waitFor("GraphiQL and the schema", "return window.kaonetGraphiql && (window.kaonetGraphiql.error "
                + "|| (window.kaonetGraphiql.ready && document.querySelector('.graphiql-query-editor .CodeMirror')))");
        assertThat(browser.js("return window.kaonetGraphiql.error")).as("error on the page").isNull();
        List<?> resources = (List<?>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat((String) url).startsWith(base + "/"));

        String query = "{ actors(first: 1, filter: {clusterIds: [\"BERLIN\"]}) { totalCount } }";
        browser.js("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0])", query);
        browser.driver().findElement(By.cssSelector(".graphiql-execute-button")).click();
        String answer = (String) browser.waitFor("the answer", "const r = document.querySelector('.graphiql-response .CodeMirror');"
                + " const text = r && r.CodeMirror.getValue(); return text && text.includes('totalCount') ? text : null");

        int expected = graphQl.document(query).execute().path("actors.totalCount").entity(Integer.class).get();
        assertThat(expected).isPositive();
        assertThat(answer.replaceAll("\\s", "")).contains("\"totalCount\":" + expected);
    }
}
