package io.kaonet.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.BrowserPageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * GraphiQL at {@code /graphiql} in a Chromium that reaches no address but this machine: it loads
 * (every asset from the application), shows the schema and runs a query whose answer is the API's.
 */
class GraphiqlPageIT extends BrowserPageTest {

    @Test
    void graphiqlLoadsWithoutInternetAndRunsAQuery() {
        open("/graphiql");

        waitFor("GraphiQL and the schema", "return window.kaonetGraphiql && (window.kaonetGraphiql.error "
                + "|| (window.kaonetGraphiql.ready && document.querySelector('.graphiql-query-editor .CodeMirror')))");
        assertThat(js("return window.kaonetGraphiql.error")).as("error on the page").isNull();
        assertEverythingCameFromThisServer();

        String query = "{ actors(first: 1, filter: {clusterIds: [\"BERLIN\"]}) { totalCount } }";
        js("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0])", query);
        browser().findElement(By.cssSelector(".graphiql-execute-button")).click();
        String answer = (String) waitFor("the answer", "const r = document.querySelector('.graphiql-response .CodeMirror');"
                + " const text = r && r.CodeMirror.getValue(); return text && text.includes('totalCount') ? text : null");

        int expected = graphQl.document(query).execute().path("actors.totalCount").entity(Integer.class).get();
        assertThat(expected).isPositive();
        assertThat(answer.replaceAll("\\s", "")).contains("\"totalCount\":" + expected);
    }
}
