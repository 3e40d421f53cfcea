package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The member list page in Chromium: only coordinators and administrators see the form (a viewer's
 * import is refused by the API); a workbook with a mistake is refused with its sheet, row, column and
 * value listed, and nothing is written; correct CSV files sent by a coordinator are imported.
 */
class UploadPageIT extends BrowserPageTest {

    private static final List<String> OWN = List.of("up-it-firm", "up-it-lab");

    @Autowired
    StoreQueries store;
    @Autowired
    NetworkWriter writer;
    @TempDir
    Path folder;

    @AfterEach
    void removeOwnActors() {
        writer.deleteActors(OWN);
    }

    @Test
    void onlyCoordinatorsAndAdministratorsSeeTheFormAndAViewerCannotImport() {
        open("/workspace/upload.html");
        waitFor("the page", "return document.getElementById('who').dataset.role === 'ANONYMOUS'");
        assertThat(browser().findElement(By.id("upload")).isDisplayed()).isFalse();
        assertThat(browser().findElement(By.id("needs-role")).isDisplayed()).isTrue();
        logFirstPaint("the member list page");
        assertEverythingCameFromThisServer();
        signIn(Role.VIEWER);
        assertThat(browser().findElement(By.id("upload")).isDisplayed()).isFalse();
        // Sent anyway from the viewer's page: refused by the API, nothing written.
        long version = store.dataVersion();
        Object code = ((org.openqa.selenium.JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/common/api.js').then(({ graphql }) => graphql(
                  'mutation($f: [FileInput!]!) { importFiles(files: $f) { ok } }',
                  { f: [{ name: 'actors.csv', content: 'id,name,kind\\nup-it-firm,Upload Works,COMPANY\\n' }] }))
                  .then(() => done('written'), (e) => done(e.codes[0] ?? e.message));""");
        assertThat(code).isEqualTo("FORBIDDEN");
        assertThat(store.dataVersion()).isEqualTo(version);
        browser().findElement(By.id("sign-out")).click();
        waitFor("signed out", "return document.getElementById('who').dataset.role === 'ANONYMOUS'");
        signIn(Role.COORDINATOR);
        assertThat(browser().findElement(By.id("upload")).isDisplayed()).isTrue();
        assertThat(browser().findElement(By.id("needs-role")).isDisplayed()).isFalse();
    }

    @Test
    void aCoordinatorBringsAListWithTheKeyboard() throws IOException {
        Path actors = folder.resolve("actors.csv");
        Files.writeString(actors, "id,name,kind\nup-it-firm,Upload Works,COMPANY\nup-it-lab,Upload Lab,RESEARCH_INSTITUTE\n");
        open("/workspace/upload.html");
        signInWithKeyboard(Role.COORDINATOR);
        tabTo("#files", 30);
        // A file chooser cannot be driven by keys in a headless browser: Selenium types the path into it.
        browser().switchTo().activeElement().sendKeys(actors.toString());
        tabTo("#upload button[type=submit]", 5);
        press(Keys.ENTER);
        waitFor("the import", "return window.kaonetUpload.done > 0");
        assertThat(browser().findElement(By.id("result")).getText()).startsWith("Imported: 2 actors");
        graphQl.document("{ actors(filter: {nameContains: \"up-it-\"}) { totalCount } }").execute()
                .path("actors.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void aWorkbookWithAMistakeIsRefusedWithEveryProblemAndWritesNothing() throws IOException {
        Path book = folder.resolve("members.xlsx");
        try (OutputStream out = Files.newOutputStream(book)) {
            Workbook workbook = new Workbook(out, "KaonetTest", "1.0");
            Worksheet ws = workbook.newWorksheet("actors");
            List<List<String>> rows = List.of(List.of("id", "name", "kind"), List.of("up-it-firm", "Upload Works", "COMPANY"),
                    List.of("up-it-lab", "Upload Lab", "LABORATORY"));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    ws.value(r, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        }
        Map<String, Long> before = store.counts();
        long version = store.dataVersion();
        open("/workspace/upload.html");
        signIn(Role.COORDINATOR);
        browser().findElement(By.id("files")).sendKeys(book.toString());
        browser().findElement(By.cssSelector("#upload button[type=submit]")).click();
        waitFor("the answer", "return window.kaonetUpload.done > 0");
        assertThat(browser().findElement(By.id("result")).getText()).isEqualTo("Nothing was written. Problems to fix: 1.");
        assertThat(texts("#problems .tabulator-row .tabulator-cell")).containsSubsequence(
                "members.xlsx › actors", "3", "kind (column C)", "LABORATORY");
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.dataVersion()).isEqualTo(version);
        assertThat(cutHeaderTitles()).as("cut header titles").isEmpty();
        guideScreenshot("coordinator-upload-refused.png");

        Path actors = folder.resolve("actors.csv");
        Files.writeString(actors, "id,name,kind\nup-it-firm,Upload Works,COMPANY\nup-it-lab,Upload Lab,RESEARCH_INSTITUTE\n");
        browser().findElement(By.id("files")).clear();
        browser().findElement(By.id("files")).sendKeys(actors.toString());
        browser().findElement(By.cssSelector("#upload button[type=submit]")).click();
        waitFor("the import", "return window.kaonetUpload.done > 1");
        assertThat(browser().findElement(By.id("result")).getText()).startsWith("Imported: 2 actors");
        graphQl.document("{ actors(filter: {nameContains: \"up-it-\"}) { totalCount } }").execute()
                .path("actors.totalCount").entity(Integer.class).isEqualTo(2);
    }
}
