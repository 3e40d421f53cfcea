package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.BrowserPageTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The isolated firms page, the introduction log and the map worked with the keyboard alone (TAB,
 * ENTER, SPACE and typing), each control showing its focus, against the API's answers. The actor
 * page's and the upload page's keyboard tests are beside their other tests.
 */
class KeyboardPageIT extends BrowserPageTest {

    private static final String CLUSTER = "HAMAMATSU";

    @Test
    void isolatedFirmsAreFilteredAndOpenedWithTheKeyboard() {
        open("/workspace/isolated.html?cluster=" + CLUSTER);
        waitFor("the table", "return window.kaonetIsolated.rows > 0");
        String name = (String) js("return window.kaonetIsolated.table.getData()[0].name");
        String id = (String) js("return window.kaonetIsolated.table.getData()[0].id");
        tabTo("#filter", 40);
        press(name);
        String filtered = "const t = window.kaonetIsolated.table; return window.kaonetIsolated.rows !== null && "
                + "t.getData('active').some((r) => r.id === '" + id + "') && (t.getDataCount('active') < t.getDataCount() || t.getDataCount() === 1)";
        waitFor("the filtered rows", filtered);
        long loads = ((Number) js("return window.kaonetIsolated.loads")).longValue();
        tabTo("#reasons input[value=NO_FINANCIER]", 40);
        press(Keys.SPACE);
        waitFor("the firms without a financier too", "return window.kaonetIsolated.loads > " + loads
                + " && document.querySelector('#reasons input[value=NO_FINANCIER]').checked");
        waitFor("the filtered rows again", filtered);
        tabTo("#table .tabulator-row a[href*='id=" + id + "']", 60);
        press(Keys.ENTER);
        waitFor("the actor page", "return location.pathname.endsWith('/workspace/actor.html') && location.search.includes('" + id + "')");
    }

    @Test
    void theLogIsFilteredAndDownloadedWithTheKeyboard() throws IOException {
        String clusterName = graphQl.document("{ clusters { id name } }").execute()
                .path("clusters[?(@.id == '" + CLUSTER + "')].name").entityList(String.class).get().get(0);
        int total = graphQl.document("query($c: ID) { introductions(clusterId: $c) { totalCount } }").variable("c", CLUSTER)
                .execute().path("introductions.totalCount").entity(Integer.class).get();
        open("/workspace/introductions.html");
        waitFor("the log", "return window.kaonetLog.rows !== null");
        long loads = ((Number) js("return window.kaonetLog.loads")).longValue();
        tabTo("#cluster", 40);
        press(clusterName);
        assertThat(js("return document.getElementById('cluster').value")).isEqualTo(CLUSTER);
        tabTo("#filters button[type=submit]", 10);
        press(Keys.ENTER);
        waitFor("the cluster's log", "return window.kaonetLog.loads > " + loads + " && window.kaonetLog.rows === " + total);
        forgetDownload("introductions-" + CLUSTER + ".csv");
        tabTo("#log-downloads [data-download=csv]", 40);
        press(Keys.ENTER);
        List<List<String>> csv = IsolatedFirmsPageIT.csv(downloaded("introductions-" + CLUSTER + ".csv"));
        assertThat(csv).hasSize(total + 1);
    }

    @Test
    void theMapFindsAnActorAndHighlightsWithTheKeyboard() {
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = graphQl.document("{ actor(id: \"tama-co-010\") { id name } }").execute().path("actor")
                .entity(Map.class).get();
        open("/map/");
        waitFor("the map", "return window.kaonetMap.draws > 0 && document.querySelectorAll('#highlights input').length > 0");
        tabTo("#search", 40);
        press(((String) actor.get("name")).replaceAll("\\s*\\(synthetic\\)$", ""));
        waitFor("suggestions", "return !document.getElementById('suggestions').hidden");
        press(Keys.ENTER);
        waitFor("the side panel", "return document.getElementById('panel').dataset.actor === 'tama-co-010' "
                + "&& !document.getElementById('panel').hidden");
        tabTo("#highlights input[value=isolated]", 40);
        press(Keys.SPACE);
        waitFor("isolated firms counted", "return /\\(\\d+\\)/.test(document.querySelector('[data-highlight=isolated]').textContent)");
        assertThat(js("return document.querySelector('#highlights input[value=isolated]').checked")).isEqualTo(true);
        tabTo("#panel .more", 250);
        press(Keys.ENTER);
        waitFor("the actor page", "return location.pathname.endsWith('/workspace/actor.html') && location.search.includes('tama-co-010')");
    }
}
